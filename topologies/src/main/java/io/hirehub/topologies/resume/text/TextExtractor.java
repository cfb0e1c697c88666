package io.hirehub.topologies.resume.text;

import io.hirehub.topologies.resume.FailureKind;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Turns a resume file (PDF, DOCX, TXT, Markdown) into normalised plain text, or throws an
 * {@link ExtractionException} saying why not.
 *
 * <p>Normalisation: Unicode NFC (PDFs often store Hangul as decomposed jamo, which would defeat
 * every later regex), BOM removed, line endings {@code \n}, control characters and runs of spaces
 * collapsed, at most one blank line in a row.
 */
public final class TextExtractor {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B-\\u200D\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u2000-\\u200A\\u3000 ]+");
    private static final Pattern TRAILING = Pattern.compile("(?m) +$|^ +");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern MEANINGFUL = Pattern.compile("[\\p{L}\\p{N}]");

    private final ExtractionSettings settings;

    public TextExtractor(final ExtractionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Extracts the text of {@code bytes}; {@code fileName} supplies the extension.
     *
     * @throws ExtractionException for unsupported, corrupt, encrypted, empty or too large files
     */
    public ExtractedText extract(final byte[] bytes, final String fileName) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > settings.maxFileBytes()) {
            throw new ExtractionException(
                    FailureKind.FILE_TOO_LARGE,
                    "file has " + bytes.length + " bytes, over the limit of " + settings.maxFileBytes() + " bytes");
        }
        if (bytes.length == 0) {
            throw new ExtractionException(FailureKind.EMPTY_TEXT, "file is empty (0 bytes)");
        }
        final DocumentType type = DocumentTypeDetector.detect(bytes, fileName);
        final String raw = switch (type) {
            case PDF -> PdfTextReader.read(bytes);
            case DOCX -> DocxTextReader.read(bytes);
            case TEXT, MARKDOWN -> new String(bytes, StandardCharsets.UTF_8);
        };
        final String text = normalise(raw);
        final long meaningful = MEANINGFUL.matcher(text).results().count();
        if (meaningful < settings.minTextChars()) {
            throw new ExtractionException(
                    FailureKind.EMPTY_TEXT,
                    type.sqlValue().toUpperCase(Locale.ROOT)
                            + " has no extractable text (" + meaningful + " letters/digits; image-only or scanned "
                            + "documents need OCR, which is not supported)");
        }
        return new ExtractedText(type, text);
    }

    static String normalise(final String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n')
                .replace('\f', '\n');
        text = CONTROL.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ");
        text = TRAILING.matcher(text).replaceAll("");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }
}
