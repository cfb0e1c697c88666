package io.hirehub.registry;

import io.hirehub.schemas.registry.ErrorCodes;

/**
 * An error the registry answers with Confluent's documented body {@code {"error_code":…,"message":…}}.
 * Thrown by the service, mapped to the HTTP answer in one place ({@link RegistryRoutes}).
 */
final class RegistryHttpException extends RuntimeException {

    private final int status;
    private final int errorCode;

    RegistryHttpException(final int status, final int errorCode, final String message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }

    int status() {
        return status;
    }

    int errorCode() {
        return errorCode;
    }

    static RegistryHttpException subjectNotFound(final String subject) {
        return new RegistryHttpException(404, ErrorCodes.SUBJECT_NOT_FOUND, "Subject '" + subject + "' not found.");
    }

    static RegistryHttpException versionNotFound(final int version) {
        return new RegistryHttpException(404, ErrorCodes.VERSION_NOT_FOUND, "Version " + version + " not found.");
    }

    static RegistryHttpException schemaNotFound(final String what) {
        return new RegistryHttpException(404, ErrorCodes.SCHEMA_NOT_FOUND, what);
    }

    static RegistryHttpException invalidSchema(final String message) {
        return new RegistryHttpException(422, ErrorCodes.INVALID_SCHEMA, message);
    }

    static RegistryHttpException invalidVersion(final String version) {
        return new RegistryHttpException(
                422,
                ErrorCodes.INVALID_VERSION,
                "The specified version '" + version
                        + "' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    static RegistryHttpException invalidLevel(final String level) {
        return new RegistryHttpException(
                422,
                ErrorCodes.INVALID_COMPATIBILITY_LEVEL,
                "Invalid compatibility level '"
                        + level + "'. Valid values are none, backward, forward, full, backward_transitive,"
                        + " forward_transitive, and full_transitive");
    }

    static RegistryHttpException incompatible(final String message) {
        return new RegistryHttpException(409, ErrorCodes.INCOMPATIBLE_SCHEMA, message);
    }

    static RegistryHttpException storeError(final String message) {
        return new RegistryHttpException(500, ErrorCodes.BACKEND_STORE_ERROR, message);
    }

    static RegistryHttpException timeout(final String message) {
        return new RegistryHttpException(500, ErrorCodes.OPERATION_TIMEOUT, message);
    }
}
