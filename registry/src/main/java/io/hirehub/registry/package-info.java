/**
 * The project's schema registry server: the Confluent REST API (subjects, versions, ids,
 * compatibility) on Javalin ({@link io.hirehub.registry.SchemaRegistryServer},
 * {@link io.hirehub.registry.RegistryRoutes}), its state kept in the compacted {@code _schemas} topic
 * ({@link io.hirehub.registry.KafkaRegistryStore}) so ids survive restarts, BACKWARD compatibility by
 * default ({@link io.hirehub.registry.CompatibilityChecker}). {@code hirehub dev} runs it when no
 * {@code registry.url} is configured; the client every module uses is {@code schemas}'
 * {@code HttpSchemaRegistryClient}.
 */
package io.hirehub.registry;
