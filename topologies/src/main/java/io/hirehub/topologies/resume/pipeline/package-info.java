/**
 * The resume pipeline as a Kafka Streams topology: {@link io.hirehub.topologies.resume.pipeline.ResumePipelineTopology#build}
 * is a pure function of settings and ports (analyzer, {@link io.hirehub.topologies.resume.pipeline.ObjectStore},
 * registry, clock); the launcher runs it with exactly_once_v2 beside the PostgreSQL write-back
 * ({@code io.hirehub.connectors.writeback.resume}). Names of every processor, store and repartition
 * topic are in {@link io.hirehub.topologies.resume.pipeline.ResumePipelineNames}; a golden test pins
 * {@code describe()}.
 *
 * <p>Known limits: the event-id store keeps every answered id (no retention yet); a transient S3
 * failure is reported as a resume error rather than retried.
 */
package io.hirehub.topologies.resume.pipeline;
