package io.hirehub.topologies.resume.pipeline;

import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.topologies.resume.ResumeAnalyzer;
import java.time.Clock;
import java.util.Objects;

/**
 * What the resume topology talks to: the analyzer (providers inside), the object store, the schema
 * registry for the Confluent-wire-format serdes, and a clock.
 */
public record ResumePipelinePorts(
        ResumeAnalyzer analyzer, ObjectStore objects, SchemaRegistryClient registry, Clock clock) {

    public ResumePipelinePorts {
        Objects.requireNonNull(analyzer, "analyzer");
        Objects.requireNonNull(objects, "objects");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(clock, "clock");
    }
}
