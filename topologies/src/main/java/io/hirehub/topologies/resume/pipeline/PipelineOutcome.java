package io.hirehub.topologies.resume.pipeline;

import io.hirehub.avro.derived.ResumeAnalysisResult;
import io.hirehub.avro.derived.ResumeProfile;
import java.util.Objects;

/** What one resume.uploaded produced: always a write-back result, a profile only on success. */
record PipelineOutcome(ResumeAnalysisResult result, ResumeProfile profile) {

    PipelineOutcome {
        Objects.requireNonNull(result, "result");
    }
}
