package io.hirehub.schemas.registry;

/**
 * A failure reported by (or while talking to) a Confluent-compatible schema registry.
 *
 * <p>Carries the HTTP status and the registry's own {@code error_code} (e.g. 40401) so callers can
 * branch on the documented codes; {@link #of} picks the most specific subclass for a code.
 */
public class SchemaRegistryException extends RuntimeException {

    /** Error code used when there was no HTTP answer at all (connect failure, timeout). */
    public static final int NO_RESPONSE = -1;

    private final int httpStatus;
    private final int errorCode;

    public SchemaRegistryException(final int httpStatus, final int errorCode, final String message) {
        this(httpStatus, errorCode, message, null);
    }

    public SchemaRegistryException(
            final int httpStatus, final int errorCode, final String message, final Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** The HTTP status of the registry's answer, or {@link #NO_RESPONSE}. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The registry's {@code error_code} (40401, 409, 42201…), or {@link #NO_RESPONSE}. */
    public int errorCode() {
        return errorCode;
    }

    /** The most specific exception for a registry error answer. */
    public static SchemaRegistryException of(final int httpStatus, final int errorCode, final String message) {
        return switch (errorCode) {
            case ErrorCodes.SUBJECT_NOT_FOUND -> new SubjectNotFoundException(httpStatus, errorCode, message);
            case ErrorCodes.VERSION_NOT_FOUND -> new VersionNotFoundException(httpStatus, errorCode, message);
            case ErrorCodes.SCHEMA_NOT_FOUND -> new SchemaNotFoundException(httpStatus, errorCode, message);
            case ErrorCodes.INCOMPATIBLE_SCHEMA -> new IncompatibleSchemaException(httpStatus, errorCode, message);
            case ErrorCodes.INVALID_SCHEMA -> new InvalidSchemaException(httpStatus, errorCode, message);
            default -> new SchemaRegistryException(httpStatus, errorCode, message);
        };
    }

    /** Subject unknown to the registry (40401). */
    public static final class SubjectNotFoundException extends SchemaRegistryException {
        public SubjectNotFoundException(final int httpStatus, final int errorCode, final String message) {
            super(httpStatus, errorCode, message);
        }
    }

    /** Version unknown under an existing subject (40402). */
    public static final class VersionNotFoundException extends SchemaRegistryException {
        public VersionNotFoundException(final int httpStatus, final int errorCode, final String message) {
            super(httpStatus, errorCode, message);
        }
    }

    /** Schema id (or schema under a subject) unknown to the registry (40403). */
    public static final class SchemaNotFoundException extends SchemaRegistryException {
        public SchemaNotFoundException(final int httpStatus, final int errorCode, final String message) {
            super(httpStatus, errorCode, message);
        }
    }

    /** The schema breaks the subject's compatibility level (HTTP 409, error_code 409). */
    public static final class IncompatibleSchemaException extends SchemaRegistryException {
        public IncompatibleSchemaException(final int httpStatus, final int errorCode, final String message) {
            super(httpStatus, errorCode, message);
        }
    }

    /** The schema text is not a valid Avro schema (HTTP 422, error_code 42201). */
    public static final class InvalidSchemaException extends SchemaRegistryException {
        public InvalidSchemaException(final int httpStatus, final int errorCode, final String message) {
            super(httpStatus, errorCode, message);
        }
    }
}
