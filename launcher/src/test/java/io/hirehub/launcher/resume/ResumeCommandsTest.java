package io.hirehub.launcher.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.launcher.HirehubCommand;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hirehub resume parse} and {@code hirehub pii mask}, in-process. */
class ResumeCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESUME = """
            이름: 김민준
            연락처: 010-5555-1234
            이메일: minjun.kim@example.com

            경력
            네이버 | 백엔드 개발자 | 2019.03 - 현재
            - Java, Spring Boot 기반 결제 API 개발
            - Kubernetes 운영

            학력
            서울대학교 컴퓨터공학 학사 2013.03 - 2019.02

            기술
            Java, Spring Boot, Kubernetes, PostgreSQL
            """;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restoreStdin() {
        PiiCommand.Mask.input = System.in;
    }

    private int run(final String... args) {
        final CommandLine cli = HirehubCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void shouldPrintTheMaskedAndParsedJsonButOnlyTheLengthOfTheExtractedText(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("resume.txt");
        Files.writeString(file, RESUME);

        assertThat(run("resume", "parse", file.toString())).isZero();

        final JsonNode json = JSON.readTree(out.toString());
        assertThat(json.path("file_type").asText()).isEqualTo("txt");
        assertThat(json.path("extracted_text_length").asInt())
                .isBetween(RESUME.strip().length() - 20, RESUME.length());
        assertThat(json.path("masked_text").asText()).contains("[NAME]", "[PHONE]", "[EMAIL]");
        assertThat(json.path("parsed_content").path("skills").toString()).contains("Java", "Kubernetes");
        assertThat(out.toString()).doesNotContain("김민준", "010-5555-1234", "minjun.kim@example.com");
    }

    @Test
    void shouldFailWithTheAnalysisErrorForAnUnsupportedFile(@TempDir final Path dir) throws Exception {
        final Path file = dir.resolve("resume.exe");
        Files.write(file, new byte[] {'M', 'Z', 0, 1, 2, 3});

        assertThat(run("resume", "parse", file.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("hirehub resume parse: resume.exe: unsupported_type: ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void shouldFailWithUsageForAMissingFile(@TempDir final Path dir) {
        assertThat(run("resume", "parse", dir.resolve("nope.pdf").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("cannot read").contains("nope.pdf");
    }

    @Test
    void shouldMaskStdinAndPrintOneJsonObject() throws Exception {
        PiiCommand.Mask.input = new ByteArrayInputStream(
                "김민준 010-5555-1234 minjun.kim@example.com 2024년 연봉 5000만원".getBytes(StandardCharsets.UTF_8));

        assertThat(run("pii", "mask", "--name", "김민준")).isZero();

        final JsonNode json = JSON.readTree(out.toString());
        assertThat(json.fieldNames()).toIterable().containsExactly("masked_text", "masked_fields");
        assertThat(json.path("masked_text").asText()).isEqualTo("[NAME] [PHONE] [EMAIL] 2024년 연봉 5000만원");
        assertThat(json.path("masked_fields").path("phone").path("count").asInt())
                .isEqualTo(1);
        assertThat(out.toString()).doesNotContain("010-5555-1234");
    }

    @Test
    void shouldMaskTheNewKindsAndTheNameInEveryScriptGiven() throws Exception {
        PiiCommand.Mask.input = new ByteArrayInputStream(
                ("HONG GILDONG / 洪吉童\n계좌 110-432-987654, 여권 M123A4567, hong [at] gmail [dot] com, 라인 ID: gd_hong\n"
                                + "Gil-dong Hong, 신세계 I&C 백엔드 (2019.03 ~ 2023.08)")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(run("pii", "mask", "--name", "홍길동", "--name", "洪吉童")).isZero();

        final JsonNode json = JSON.readTree(out.toString());
        assertThat(json.path("masked_text").asText())
                .isEqualTo("[NAME] / [NAME]\n계좌 [BANK_ACCOUNT], 여권 [PASSPORT], [EMAIL], 라인 ID: [HANDLE]\n"
                        + "[NAME], 신세계 I&C 백엔드 (2019.03 ~ 2023.08)");
        assertThat(json.path("masked_fields").fieldNames())
                .toIterable()
                .containsExactly("name", "email", "bank_account", "passport", "handle");
        assertThat(out.toString()).doesNotContain("110-432", "M123A4567", "gd_hong", "Gil-dong");
    }

    @Test
    void shouldRefuseStdinThatIsNotUtf8() {
        PiiCommand.Mask.input = new ByteArrayInputStream(new byte[] {(byte) 0xC3, (byte) 0x28});

        assertThat(run("pii", "mask")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("hirehub pii mask: stdin is not UTF-8 text");
    }
}
