package io.hirehub.topologies.resume.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Builds PDF and DOCX files in memory for extraction tests. */
public final class TestDocuments {

    private TestDocuments() {}

    /** A PDF with one text line per entry of {@code lines} (WinAnsi text: the base-14 fonts have no Hangul). */
    public static byte[] pdf(final List<String> lines) {
        return pdf(lines, null, null);
    }

    /** An encrypted PDF; {@code userPassword} empty means it opens without a password. */
    public static byte[] pdf(final List<String> lines, final String userPassword, final AccessPermission permission) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            final PDPage page = new PDPage();
            document.addPage(page);
            if (!lines.isEmpty()) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 740);
                    for (final String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (userPassword != null) {
                final StandardProtectionPolicy policy = new StandardProtectionPolicy(
                        "owner-secret", userPassword, permission == null ? new AccessPermission() : permission);
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX with a header line, paragraphs and a two-column table. */
    public static byte[] docx(final String header, final List<String> paragraphs, final List<List<String>> table) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (header != null) {
                document.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                        .createParagraph()
                        .createRun()
                        .setText(header);
            }
            for (final String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            if (!table.isEmpty()) {
                final XWPFTable t =
                        document.createTable(table.size(), table.get(0).size());
                for (int r = 0; r < table.size(); r++) {
                    for (int c = 0; c < table.get(r).size(); c++) {
                        t.getRow(r).getCell(c).setText(table.get(r).get(c));
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
