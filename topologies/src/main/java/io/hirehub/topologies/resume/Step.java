package io.hirehub.topologies.resume;

/** The analysis steps whose wall time {@link ResumeAnalysis#timings()} reports. */
public enum Step {
    EXTRACTION,
    PII_MASKING,
    PARSING,
    EMBEDDING,
    SUMMARY
}
