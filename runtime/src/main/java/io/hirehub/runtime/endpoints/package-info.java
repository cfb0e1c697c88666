/**
 * Where the infrastructure answers ({@link io.hirehub.runtime.endpoints.Endpoints}: Kafka, JDBC, S3,
 * the registry, also the JSON of {@code endpoints.json}) and the one way to build an S3 client for it
 * ({@link io.hirehub.runtime.endpoints.S3Clients}).
 */
package io.hirehub.runtime.endpoints;
