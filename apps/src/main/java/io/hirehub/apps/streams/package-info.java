/**
 * The one shape every Kafka Streams application runs in: {@link io.hirehub.apps.streams.StreamsApp}
 * (describe() logged, state listener and uncaught-exception policy feeding the part's health,
 * write-backs started after and stopped before it, resources closed last) configured only by
 * {@link io.hirehub.apps.streams.StreamsAppSettings}; {@link io.hirehub.apps.streams.LocalStores}
 * reads local stores and key owners for the query ports.
 */
package io.hirehub.apps.streams;
