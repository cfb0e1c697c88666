package io.hirehub.topologies.resume.text;

import io.hirehub.topologies.resume.FailureKind;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads the text layer of a PDF with PDFBox 3. */
final class PdfTextReader {

    private PdfTextReader() {}

    static String read(final byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new ExtractionException(
                        FailureKind.ENCRYPTED_PDF, "PDF is encrypted and does not permit text extraction");
            }
            final PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (final InvalidPasswordException e) {
            throw new ExtractionException(FailureKind.ENCRYPTED_PDF, "PDF is password-protected", e);
        } catch (final IOException | RuntimeException e) {
            if (e instanceof ExtractionException extraction) {
                throw extraction;
            }
            throw new ExtractionException(
                    FailureKind.CORRUPT_FILE,
                    "PDF cannot be read (" + e.getClass().getSimpleName() + ")",
                    e);
        }
    }
}
