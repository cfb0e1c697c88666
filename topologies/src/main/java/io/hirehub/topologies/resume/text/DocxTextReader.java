package io.hirehub.topologies.resume.text;

import io.hirehub.topologies.resume.FailureKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word .docx with POI XWPF: headers (where names and phone numbers often sit), the body's
 * paragraphs and tables in document order (cells joined by {@code " | "}, one row per line), then
 * footers.
 */
final class DocxTextReader {

    private DocxTextReader() {}

    static String read(final byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            final StringBuilder out = new StringBuilder();
            for (final XWPFHeader header : document.getHeaderList()) {
                appendLine(out, header.getText());
            }
            for (final IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    appendLine(out, paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    appendTable(out, table);
                }
            }
            for (final XWPFFooter footer : document.getFooterList()) {
                appendLine(out, footer.getText());
            }
            return out.toString();
        } catch (final IOException | RuntimeException e) {
            throw new ExtractionException(
                    FailureKind.CORRUPT_FILE,
                    "DOCX cannot be read (" + e.getClass().getSimpleName() + ")",
                    e);
        }
    }

    private static void appendTable(final StringBuilder out, final XWPFTable table) {
        for (final XWPFTableRow row : table.getRows()) {
            final StringBuilder line = new StringBuilder();
            for (final XWPFTableCell cell : row.getTableCells()) {
                final String text = cell.getText().replace('\n', ' ').strip();
                if (!text.isEmpty()) {
                    if (line.length() > 0) {
                        line.append(" | ");
                    }
                    line.append(text);
                }
            }
            appendLine(out, line.toString());
        }
    }

    private static void appendLine(final StringBuilder out, final String text) {
        if (text != null && !text.isBlank()) {
            out.append(text.strip()).append('\n');
        }
    }
}
