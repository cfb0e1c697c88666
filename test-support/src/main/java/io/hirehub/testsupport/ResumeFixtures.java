package io.hirehub.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** An English resume with PII, rendered as PDF and DOCX in the test (no binary fixtures). */
public final class ResumeFixtures {

    static final List<String> LINES = List.of(
            "Jane Doe",
            "Email: jane.doe@example.com | Phone: +1 415 555 0100",
            "",
            "Work Experience",
            "Senior Backend Engineer, Acme Corp | Jan 2020 - Present",
            "- Built order services in Java 17 and Spring Boot on Kubernetes.",
            "Software Engineer at Globex Inc | Jun 2016 - Dec 2019",
            "- Built REST APIs with Spring and PostgreSQL.",
            "",
            "Education",
            "University of Washington - B.S. in Computer Science, Sep 2011 - Jun 2015",
            "",
            "Skills",
            "Java, Spring Boot, Kubernetes, PostgreSQL, Kafka");

    private ResumeFixtures() {}

    public static byte[] pdf() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            final PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.setLeading(14);
                content.newLineAtOffset(50, 740);
                for (final String line : LINES) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx() {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (final String line : LINES) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
