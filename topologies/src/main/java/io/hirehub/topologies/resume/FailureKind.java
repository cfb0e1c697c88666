package io.hirehub.topologies.resume;

/** Why a resume could not be analysed; stable codes for {@code ai_tasks.error_message} prefixes and metrics. */
public enum FailureKind {
    UNSUPPORTED_TYPE,
    CORRUPT_FILE,
    ENCRYPTED_PDF,
    EMPTY_TEXT,
    FILE_TOO_LARGE,
    PROVIDER_FAILED,
    INTERNAL
}
