package io.hirehub.edge.write;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An uploaded resume file for a user. The file goes to
 * {@code s3://<bucket>/original/{user_id}/{resume_id}/{file_name}}.
 *
 * @param id       {@code resumes.id}, or null for a random one
 * @param userId   {@code user_id}, required
 * @param title    {@code title}
 * @param fileName {@code original_file_name}: a plain file name ending in .pdf, .docx or .txt
 * @param content  the file's bytes, not empty
 * @param primary  {@code is_primary}
 */
public record NewResume(UUID id, UUID userId, String title, String fileName, byte[] content, boolean primary) {

    /** Largest accepted file, as the upload edge will accept it. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** {@code file_type} by extension, with the bare media type S3 gets (S3Proxy refuses parameters). */
    static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "txt", "text/plain");

    /** A copy with the id filled in; throws {@link InvalidFieldException}. */
    public NewResume validated() {
        if (userId == null) {
            throw new InvalidFieldException("user_id", "is required");
        }
        final String name = Fields.required("original_file_name", fileName, 255);
        if (name.contains("/")
                || name.contains("\\")
                || name.chars().anyMatch(Character::isISOControl)
                || name.startsWith(".")) {
            throw new InvalidFieldException(
                    "original_file_name", "must be a plain file name (no path, no control characters)");
        }
        fileType(name);
        if (content == null || content.length == 0) {
            throw new InvalidFieldException("file", "is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidFieldException("file", "is larger than " + MAX_BYTES + " bytes (" + content.length + ")");
        }
        return new NewResume(
                id == null ? UUID.randomUUID() : id,
                userId,
                Fields.optional("title", title, 200),
                name,
                content,
                primary);
    }

    /** {@code pdf}, {@code docx} or {@code txt}, from the file name. */
    public static String fileType(final String fileName) {
        final int dot = Objects.requireNonNull(fileName, "fileName").lastIndexOf('.');
        final String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPES.containsKey(extension)) {
            throw new InvalidFieldException(
                    "original_file_name", "must end in .pdf, .docx or .txt, was '" + fileName + "'");
        }
        return extension;
    }

    /** The object key: {@code original/{user_id}/{resume_id}/{file_name}}. */
    public String objectKey() {
        return "original/" + userId + "/" + id + "/" + fileName;
    }
}
