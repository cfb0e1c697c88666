package io.hirehub.launcher.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Renders resume lines as a file: TXT (UTF-8), DOCX (POI, one paragraph per line, headings bold) or
 * PDF (PDFBox, Helvetica, wrapped and paginated). PDF is only used for English text: the base-14
 * fonts have no Hangul and embedding a CJK font is not something a fresh machine can do.
 */
final class ResumeFiles {

    /** The file formats the generator writes. */
    enum Format {
        PDF("pdf"),
        DOCX("docx"),
        TXT("txt");

        private final String extension;

        Format(final String extension) {
            this.extension = extension;
        }

        String extension() {
            return extension;
        }
    }

    /**
     * One Helvetica per thread, reused across documents: each new PDType1Font looks up a system
     * font for rendering and logs a warning when it only finds a substitute, once per instance.
     */
    private static final ThreadLocal<PDType1Font> FONT =
            ThreadLocal.withInitial(() -> new PDType1Font(Standard14Fonts.FontName.HELVETICA));

    private static final float FONT_SIZE = 10.5f;
    private static final float LEADING = 14f;
    private static final float MARGIN = 56f;
    private static final int WRAP = 95;

    private ResumeFiles() {}

    static byte[] render(final List<String> lines, final Format format) {
        return switch (format) {
            case TXT -> (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx(lines);
            case PDF -> pdf(lines);
        };
    }

    private static byte[] docx(final List<String> lines) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream(16_384)) {
            for (final String line : lines) {
                final boolean heading = line.startsWith("## ");
                final XWPFRun run = document.createParagraph().createRun();
                run.setText(heading ? line.substring(3) : line);
                run.setBold(heading);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(final List<String> lines) {
        final List<String> wrapped = new ArrayList<>();
        for (final String line : lines) {
            wrap(line, wrapped);
        }
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream(8_192)) {
            final PDType1Font font = FONT.get();
            final int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
            for (int start = 0; start < wrapped.size(); start += perPage) {
                final PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, FONT_SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (final String line : wrapped.subList(start, Math.min(wrapped.size(), start + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void wrap(final String line, final List<String> out) {
        String rest = line;
        while (rest.length() > WRAP) {
            int cut = rest.lastIndexOf(' ', WRAP);
            cut = cut <= 0 ? WRAP : cut;
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        out.add(rest);
    }
}
