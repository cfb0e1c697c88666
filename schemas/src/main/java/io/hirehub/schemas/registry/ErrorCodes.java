package io.hirehub.schemas.registry;

/**
 * The {@code error_code} values documented for the Confluent Schema Registry REST API v1, shared by
 * our client and our embedded server so both speak exactly the same numbers.
 */
public final class ErrorCodes {

    /** Subject not found (HTTP 404). */
    public static final int SUBJECT_NOT_FOUND = 40401;
    /** Version not found (HTTP 404). */
    public static final int VERSION_NOT_FOUND = 40402;
    /** Schema not found (HTTP 404). */
    public static final int SCHEMA_NOT_FOUND = 40403;
    /** Subject has no subject-level compatibility configured (HTTP 404). */
    public static final int SUBJECT_LEVEL_COMPATIBILITY_NOT_CONFIGURED = 40408;
    /** Incompatible schema (HTTP 409). */
    public static final int INCOMPATIBLE_SCHEMA = 409;
    /** Invalid schema (HTTP 422). */
    public static final int INVALID_SCHEMA = 42201;
    /** Invalid version (HTTP 422). */
    public static final int INVALID_VERSION = 42202;
    /** Invalid compatibility level (HTTP 422). */
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    /** Error in the backend data store (HTTP 500). */
    public static final int BACKEND_STORE_ERROR = 50001;
    /** Operation timed out (HTTP 500). */
    public static final int OPERATION_TIMEOUT = 50002;

    /** The media type of every request and answer body. */
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";

    private ErrorCodes() {}
}
