package io.hirehub.topologies.resume.text;

import io.hirehub.topologies.resume.FailureKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Decides a file's {@link DocumentType} from its magic bytes first and its extension second: the
 * bytes say what a file is, the extension only picks between plain text and Markdown and names
 * what the uploader claimed in error messages. The HTTP edge checks uploads with it too, so a file
 * the pipeline would refuse is refused at the door.
 */
public final class DocumentTypeDetector {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "");
    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown");
    private static final Set<String> KNOWN_EXTENSIONS = Set.of("pdf", "docx", "txt", "text", "md", "markdown", "");

    private DocumentTypeDetector() {}

    /** The type of {@code bytes}; throws {@link ExtractionException} for a file the pipeline cannot read. */
    public static DocumentType detect(final byte[] bytes, final String fileName) {
        final String extension = extension(fileName);
        if (startsWith(bytes, PDF, 1024)) {
            return DocumentType.PDF;
        }
        if (startsWith(bytes, ZIP, 0)) {
            if (zipHasEntry(bytes, "word/document.xml")) {
                return DocumentType.DOCX;
            }
            throw new ExtractionException(
                    FailureKind.UNSUPPORTED_TYPE,
                    "a ZIP/Office file that is not a Word .docx document (file extension '" + extension + "')");
        }
        if (startsWith(bytes, OLE2, 0)) {
            throw new ExtractionException(
                    FailureKind.UNSUPPORTED_TYPE,
                    "legacy .doc or password-protected Office files are not supported (file extension '" + extension
                            + "')");
        }
        if ("pdf".equals(extension) || "docx".equals(extension)) {
            throw new ExtractionException(
                    FailureKind.CORRUPT_FILE,
                    "file named ." + extension + " does not have a " + extension.toUpperCase(Locale.ROOT)
                            + " signature");
        }
        if (!KNOWN_EXTENSIONS.contains(extension)) {
            throw new ExtractionException(
                    FailureKind.UNSUPPORTED_TYPE,
                    "unsupported file type '." + extension + "' (supported: pdf, docx, txt, md)");
        }
        if (!isUtf8Text(bytes)) {
            throw new ExtractionException(
                    extension.isEmpty() ? FailureKind.UNSUPPORTED_TYPE : FailureKind.CORRUPT_FILE,
                    "file is not UTF-8 text");
        }
        if (MARKDOWN_EXTENSIONS.contains(extension)) {
            return DocumentType.MARKDOWN;
        }
        if (TEXT_EXTENSIONS.contains(extension)) {
            return DocumentType.TEXT;
        }
        throw new IllegalStateException("unreachable for extension " + extension);
    }

    static String extension(final String fileName) {
        if (fileName == null) {
            return "";
        }
        final String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        final int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    private static boolean startsWith(final byte[] bytes, final byte[] magic, final int searchWindow) {
        // PDF readers accept junk before %PDF within the first 1 KiB; the others must be at offset 0.
        final int last = Math.min(searchWindow, bytes.length - magic.length);
        for (int offset = 0; offset <= last; offset++) {
            boolean match = true;
            for (int i = 0; i < magic.length && match; i++) {
                match = bytes[offset + i] == magic[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static boolean zipHasEntry(final byte[] bytes, final String name) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (name.equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (final IOException | IllegalArgumentException e) {
            throw new ExtractionException(
                    FailureKind.CORRUPT_FILE,
                    "damaged ZIP container: " + e.getClass().getSimpleName(),
                    e);
        }
    }

    private static boolean isUtf8Text(final byte[] bytes) {
        try {
            final String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.indexOf('\0') < 0;
        } catch (final CharacterCodingException e) {
            return false;
        }
    }
}
