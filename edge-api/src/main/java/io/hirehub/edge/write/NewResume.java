package io.hirehub.edge.write;

import io.hirehub.topologies.resume.text.DocumentType;
import io.hirehub.topologies.resume.text.DocumentTypeDetector;
import io.hirehub.topologies.resume.text.ExtractionException;
import java.text.Normalizer;
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

    /** Characters refused in file names: path separators and what Windows or shells treat specially. */
    private static final String UNSAFE = "/\\:*?\"<>|";

    /** {@code file_type} by extension, with the bare media type S3 gets (S3Proxy refuses parameters). */
    static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "txt", "text/plain");

    /**
     * A copy with the id filled in and the file name in NFC; throws {@link InvalidFieldException} for
     * a bad field, {@link FileTooLargeException} over {@link #MAX_BYTES}, and
     * {@link UnsupportedFileException} when the content is not what the name says (a PDF must be a
     * PDF, a .docx a Word document, a .txt UTF-8 text).
     */
    public NewResume validated() {
        if (userId == null) {
            throw new InvalidFieldException("user_id", "is required");
        }
        final String name = safeFileName(fileName);
        final String extension = fileType(name);
        if (content == null || content.length == 0) {
            throw new InvalidFieldException("file", "is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new FileTooLargeException("file: is larger than " + MAX_BYTES + " bytes (" + content.length + ")");
        }
        checkContent(extension, name, content);
        return new NewResume(
                id == null ? UUID.randomUUID() : id,
                userId,
                Fields.optional("title", title, 200),
                name,
                content,
                primary);
    }

    /**
     * {@code fileName} stripped and in Unicode NFC (a Korean name typed on macOS arrives decomposed),
     * refused unless it is a plain name: no path, no control or reserved characters, not hidden.
     */
    public static String safeFileName(final String fileName) {
        final String name =
                Normalizer.normalize(Fields.required("original_file_name", fileName, 255), Normalizer.Form.NFC);
        if (name.length() > 255) {
            throw new InvalidFieldException("original_file_name", "must be at most 255 characters");
        }
        if (name.startsWith(".")
                || name.endsWith(".")
                || name.chars().anyMatch(c -> Character.isISOControl(c) || UNSAFE.indexOf(c) >= 0)) {
            throw new InvalidFieldException(
                    "original_file_name",
                    "must be a plain file name (no path, no control characters, none of " + UNSAFE + ", not hidden)");
        }
        return name;
    }

    private static void checkContent(final String extension, final String name, final byte[] content) {
        final DocumentType detected;
        try {
            detected = DocumentTypeDetector.detect(content, name);
        } catch (ExtractionException e) {
            throw new UnsupportedFileException("file: " + e.getMessage());
        }
        if (!detected.sqlValue().equals(extension)) {
            throw new UnsupportedFileException("file: its content is "
                    + detected.sqlValue().toUpperCase(Locale.ROOT) + ", not the ." + extension + " its name says");
        }
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
