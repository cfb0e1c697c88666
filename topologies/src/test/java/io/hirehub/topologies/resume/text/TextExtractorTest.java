package io.hirehub.topologies.resume.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.entity.AiTaskType;
import io.hirehub.topologies.resume.FailureKind;
import io.hirehub.topologies.resume.support.TestDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

    private static final List<String> RESUME_LINES = List.of(
            "Jane Doe", "Senior Backend Engineer", "Acme Corp | Jan 2020 - Present", "Java, Spring Boot, Kubernetes");

    private final TextExtractor extractor = new TextExtractor(ExtractionSettings.DEFAULT);

    private static void assertFailure(final Runnable call, final FailureKind kind, final String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ExtractionException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.taskType()).isEqualTo(AiTaskType.PARSING);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void shouldExtractPdfText() {
        final ExtractedText text = extractor.extract(TestDocuments.pdf(RESUME_LINES), "resume.pdf");

        assertThat(text.type()).isEqualTo(DocumentType.PDF);
        assertThat(text.text()).isEqualTo(String.join("\n", RESUME_LINES));
    }

    @Test
    void shouldExtractKoreanDocxWithHeaderParagraphsAndTables() {
        final byte[] docx = TestDocuments.docx(
                "홍길동 | 010-1234-5678",
                List.of("경력", "ABC테크 | 백엔드 개발자 | 2019.03 ~ 2022.02"),
                List.of(List.of("이름", "홍길동"), List.of("기술", "자바, 스프링")));

        final ExtractedText text = extractor.extract(docx, "이력서.docx");

        assertThat(text.type()).isEqualTo(DocumentType.DOCX);
        assertThat(text.text())
                .isEqualTo("홍길동 | 010-1234-5678\n경력\nABC테크 | 백엔드 개발자 | 2019.03 ~ 2022.02\n" + "이름 | 홍길동\n기술 | 자바, 스프링");
    }

    @Test
    void shouldDetectTypeByContentNotByExtension() {
        assertThat(extractor
                        .extract(TestDocuments.pdf(RESUME_LINES), "resume.docx")
                        .type())
                .isEqualTo(DocumentType.PDF);
        assertThat(extractor
                        .extract(
                                TestDocuments.docx(null, List.of("Java backend developer resume"), List.of()), "resume")
                        .type())
                .isEqualTo(DocumentType.DOCX);
    }

    @Test
    void shouldReadUtf8TextWithBomAndNormaliseHangulToNfc() {
        final String decomposed = Normalizer.normalize("자바 백엔드 개발자 경력 7년\r\n스프링 부트와 쿠버네티스 운영", Normalizer.Form.NFD);
        final byte[] bytes =
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, decomposed.getBytes(StandardCharsets.UTF_8));

        final ExtractedText text = extractor.extract(bytes, "resume.txt");

        assertThat(text.type()).isEqualTo(DocumentType.TEXT);
        assertThat(text.text()).isEqualTo("자바 백엔드 개발자 경력 7년\n스프링 부트와 쿠버네티스 운영");
    }

    @Test
    void shouldReadMarkdown() {
        final ExtractedText text = extractor.extract(
                "# Jane\n\n\n\n- Java   and  Kotlin developer\t\n".getBytes(StandardCharsets.UTF_8), "cv.MD");

        assertThat(text.type()).isEqualTo(DocumentType.MARKDOWN);
        assertThat(text.text()).isEqualTo("# Jane\n\n- Java and Kotlin developer");
    }

    @Test
    void shouldRejectPasswordProtectedPdf() {
        final byte[] pdf = TestDocuments.pdf(RESUME_LINES, "user-secret", null);

        assertFailure(
                () -> extractor.extract(pdf, "resume.pdf"), FailureKind.ENCRYPTED_PDF, "PDF is password-protected");
    }

    @Test
    void shouldRejectPdfThatForbidsTextExtraction() {
        final AccessPermission noCopy = new AccessPermission();
        noCopy.setCanExtractContent(false);
        final byte[] pdf = TestDocuments.pdf(RESUME_LINES, "", noCopy);

        assertFailure(
                () -> extractor.extract(pdf, "resume.pdf"),
                FailureKind.ENCRYPTED_PDF,
                "PDF is encrypted and does not permit text extraction");
    }

    @Test
    void shouldReadPdfEncryptedWithOwnerPasswordOnly() {
        final byte[] pdf = TestDocuments.pdf(RESUME_LINES, "", new AccessPermission());

        assertThat(extractor.extract(pdf, "resume.pdf").text()).contains("Senior Backend Engineer");
    }

    @Test
    void shouldRejectPdfWithoutTextLayer() {
        assertFailure(
                () -> extractor.extract(TestDocuments.pdf(List.of()), "scan.pdf"),
                FailureKind.EMPTY_TEXT,
                "PDF has no extractable text (0 letters/digits; image-only or scanned documents need OCR, "
                        + "which is not supported)");
    }

    @Test
    void shouldRejectCorruptPdf() {
        final byte[] truncated = Arrays.copyOf(TestDocuments.pdf(RESUME_LINES), 40);

        assertFailure(
                () -> extractor.extract(truncated, "resume.pdf"),
                FailureKind.CORRUPT_FILE,
                "PDF cannot be read (IOException)");
    }

    @Test
    void shouldRejectCorruptDocx() throws IOException {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<not-xml".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> extractor.extract(out.toByteArray(), "resume.docx"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FailureKind.CORRUPT_FILE);
                    assertThat(e.getMessage()).startsWith("DOCX cannot be read (");
                });
    }

    @Test
    void shouldRejectFileNamedPdfWithoutPdfSignature() {
        assertFailure(
                () -> extractor.extract(
                        "hello world, this is not a pdf".getBytes(StandardCharsets.UTF_8), "resume.pdf"),
                FailureKind.CORRUPT_FILE,
                "file named .pdf does not have a PDF signature");
    }

    @Test
    void shouldRejectUnsupportedTypes() throws IOException {
        final byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertFailure(
                () -> extractor.extract(png, "photo.png"),
                FailureKind.UNSUPPORTED_TYPE,
                "unsupported file type '.png' (supported: pdf, docx, txt, md)");

        final byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertFailure(
                () -> extractor.extract(ole2, "resume.doc"),
                FailureKind.UNSUPPORTED_TYPE,
                "legacy .doc or password-protected Office files are not supported (file extension 'doc')");

        final ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(xlsx)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertFailure(
                () -> extractor.extract(xlsx.toByteArray(), "resume.xlsx"),
                FailureKind.UNSUPPORTED_TYPE,
                "a ZIP/Office file that is not a Word .docx document (file extension 'xlsx')");
    }

    @Test
    void shouldRejectTextThatIsNotUtf8() {
        final byte[] eucKr = "자바 백엔드 개발자 경력 7년".getBytes(Charset.forName("EUC-KR"));

        assertFailure(() -> extractor.extract(eucKr, "resume.txt"), FailureKind.CORRUPT_FILE, "file is not UTF-8 text");
    }

    @Test
    void shouldRejectFilesOverTheSizeLimit() {
        final TextExtractor small = new TextExtractor(new ExtractionSettings(100, 20));

        assertFailure(
                () -> small.extract(new byte[101], "resume.pdf"),
                FailureKind.FILE_TOO_LARGE,
                "file has 101 bytes, over the limit of 100 bytes");
    }

    @Test
    void shouldRejectEmptyAndNearlyEmptyFiles() {
        assertFailure(
                () -> extractor.extract(new byte[0], "resume.txt"), FailureKind.EMPTY_TEXT, "file is empty (0 bytes)");
        assertFailure(
                () -> extractor.extract("  \n -- \n".getBytes(StandardCharsets.UTF_8), "resume.txt"),
                FailureKind.EMPTY_TEXT,
                "TXT has no extractable text (0 letters/digits; image-only or scanned "
                        + "documents need OCR, which is not supported)");
    }

    @Test
    void shouldValidateSettings() {
        assertThatThrownBy(() -> new ExtractionSettings(0, 20))
                .hasMessage("resume.max.file.bytes must be positive, was 0");
    }

    private static byte[] concat(final byte[] a, final byte[] b) {
        final byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
