package io.hirehub.topologies.resume.pipeline;

import java.util.Objects;

/**
 * What shapes the resume topology itself (runtime settings such as bootstrap servers and the state
 * directory belong to whoever runs it).
 *
 * @param applicationId Kafka Streams application id (prefix of internal topics and the state dir)
 */
public record ResumePipelineSettings(String applicationId) {

    public static final String DEFAULT_APPLICATION_ID = "hirehub-resume-pipeline";
    public static final ResumePipelineSettings DEFAULT = new ResumePipelineSettings(DEFAULT_APPLICATION_ID);

    public ResumePipelineSettings {
        Objects.requireNonNull(applicationId, "applicationId");
        if (applicationId.isBlank()) {
            throw new IllegalArgumentException("resume pipeline application id must not be blank");
        }
    }
}
