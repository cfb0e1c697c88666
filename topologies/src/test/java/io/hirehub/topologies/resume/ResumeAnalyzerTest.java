package io.hirehub.topologies.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hirehub.avro.entity.AiTaskType;
import io.hirehub.topologies.embed.EmbeddingProvider;
import io.hirehub.topologies.embed.Vectors;
import io.hirehub.topologies.resume.parse.ParsedResumeJson;
import io.hirehub.topologies.resume.pii.ChatLlmPiiPass;
import io.hirehub.topologies.resume.pii.PiiKind;
import io.hirehub.topologies.resume.pii.PiiMasker;
import io.hirehub.topologies.resume.summary.ChatSummarizer;
import io.hirehub.topologies.resume.support.GivingUpEmbeddings;
import io.hirehub.topologies.resume.support.RecordingProvider;
import io.hirehub.topologies.resume.support.Resources;
import io.hirehub.topologies.resume.support.TestDocuments;
import io.hirehub.topologies.resume.text.DocumentType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResumeAnalyzerTest {

    /** Raw personal values in ko_backend.txt that must never leave the masking step. */
    private static final List<String> RAW_VALUES = List.of(
            "김민준",
            "Kim Minjun",
            "010-5555-1234",
            "minjun.kim",
            "example.com",
            "올림픽로 300",
            "1991.07.14",
            "github.com/minjun-kim",
            "minjun.tistory.com",
            "1203호");

    @Test
    void shouldAnalyseKoreanResumeWithLocalDefaults() {
        final ResumeAnalysis analysis = ResumeAnalyzer.builder()
                .build()
                .analyze(Resources.bytes("ko_backend.txt"), "ko_backend.txt", Optional.of("김민준"));

        assertThat(analysis.fileType()).isEqualTo(DocumentType.TEXT);
        assertThat(analysis.extractedTextLength())
                .isGreaterThan(analysis.maskedText().length() - 100);
        assertThat(analysis.maskedText()).contains("이름: [NAME]", "연락처: [PHONE]", "주소: [ADDRESS]");
        assertThat(analysis.maskedFields().count(PiiKind.NAME)).isEqualTo(3); // title, its alias, the labelled field
        assertThat(analysis.parsed().experiences()).hasSize(2);
        assertThat(analysis.parsed().skills())
                .extracting(s -> s.skillName())
                .contains("Java", "Spring Boot", "Kubernetes");
        assertThat(analysis.summary().text()).isNotBlank().doesNotContain("[");
        assertThat(analysis.summary().text().length()).isLessThanOrEqualTo(500);
        assertThat(analysis.chunks()).isNotEmpty();
        assertThat(analysis.chunks()).allSatisfy(c -> assertThat(c.embedding()).hasSize(1536));
        assertThat(Vectors.norm(analysis.documentEmbedding())).isCloseTo(1.0, within(1e-5));
        assertThat(analysis.tasks())
                .extracting(TaskReport::taskType)
                .containsExactly(AiTaskType.PII_MASKING, AiTaskType.PARSING, AiTaskType.EMBEDDING, AiTaskType.SUMMARY);
        assertThat(analysis.tasks())
                .extracting(TaskReport::modelUsed)
                .containsExactly("rules-v2", "rules-v2", "hirehub-local-hash-v2", "extractive-v1");
        assertThat(analysis.timings()).containsOnlyKeys(Step.values());
    }

    @Test
    void shouldAnalyseEnglishDocx() {
        final List<String> lines = Resources.text("en_backend.md").lines().toList();
        final byte[] docx = TestDocuments.docx(null, lines, List.of());

        final ResumeAnalysis analysis = ResumeAnalyzer.builder().build().analyze(docx, "jane.docx", Optional.empty());

        assertThat(analysis.fileType()).isEqualTo(DocumentType.DOCX);
        assertThat(analysis.maskedText()).doesNotContain("Jane Doe", "jane.doe@example.com", "415 555 0100");
        assertThat(analysis.parsed().experiences())
                .extracting(e -> e.companyName())
                .containsExactly("Acme Corp", "Globex Inc", "Initech LLC");
    }

    @Test
    void shouldNeverSendRawTextToAnyProvider() {
        final RecordingProvider recording = RecordingProvider.echo();
        final ResumeAnalyzer analyzer = ResumeAnalyzer.builder()
                .llmPiiPass(new ChatLlmPiiPass(recording, new PiiMasker()))
                .embeddings(recording)
                .summarizer(new ChatSummarizer(recording, 500))
                .build();

        final ResumeAnalysis analysis =
                analyzer.analyze(Resources.bytes("ko_backend.txt"), "ko_backend.txt", Optional.of("김민준"));

        assertThat(recording.received()).isNotEmpty();
        assertThat(recording.allReceived()).contains("[NAME]", "[PHONE]", "Spring Boot");
        final String everythingReturned = analysis.maskedText()
                + analysis.maskedFields().toJsonString()
                + ParsedResumeJson.toJsonString(analysis.parsed())
                + analysis.summary().text()
                + analysis
                + analysis.chunks().stream().map(ChunkEmbedding::chunkText).toList();
        for (final String raw : RAW_VALUES) {
            assertThat(recording.allReceived()).as("provider input").doesNotContain(raw);
            assertThat(everythingReturned).as("returned analysis").doesNotContain(raw);
        }
        assertThat(analysis.tasks())
                .extracting(TaskReport::modelUsed)
                .containsExactly("rules-v2+recording-llm", "rules-v2", "recording-embedding", "recording-llm");
        assertThat(analysis.tasks()).extracting(TaskReport::tokensUsed).containsExactly(42, 0, 0, 42);
    }

    @Test
    void shouldGiveTheLlmPassOnlyTextTheRulesAlreadyMaskedForEveryKind() {
        final String raw = String.join(
                "\n",
                "안녕하세요, 백엔드 개발자 윤태현입니다.",
                "급여 계좌: 신한은행 110-432-987654 / 여권번호 M123A4567 / 운전면허 11-18-123456-12",
                "메일: taehyun.yoon [at] gmail [dot] com, 라인 ID: taehyun_y, 연락처 010·4821·7763",
                "생년월일 930512, 추천인 이영희 팀장 (전 직장)",
                "Java 17, Spring Boot 3.2 기반 결제 API 개발 (2019.03 ~ 2023.08)");
        final List<String> rawValues = List.of(
                "윤태현",
                "110-432-987654",
                "M123A4567",
                "11-18-123456-12",
                "taehyun.yoon",
                "taehyun_y",
                "4821",
                "930512",
                "이영희");
        final RecordingProvider recording = RecordingProvider.echo();
        final ResumeAnalyzer analyzer = ResumeAnalyzer.builder()
                .llmPiiPass(new ChatLlmPiiPass(recording, new PiiMasker()))
                .build();

        final ResumeAnalysis analysis =
                analyzer.analyze(raw.getBytes(StandardCharsets.UTF_8), "resume.txt", Optional.empty());

        final String ruleMasked = new PiiMasker().mask(raw).maskedText();
        assertThat(recording.received()).hasSize(2).endsWith(ruleMasked);
        for (final String value : rawValues) {
            assertThat(recording.allReceived()).as("LLM input").doesNotContain(value);
        }
        assertThat(ruleMasked)
                .contains(
                        "[NAME]", "[BANK_ACCOUNT]", "[PASSPORT]", "[DRIVER_LICENSE]", "[EMAIL]", "[HANDLE]", "[PHONE]")
                .contains("[BIRTH_DATE]", "Spring Boot 3.2", "2019.03 ~ 2023.08");
        assertThat(analysis.maskedText()).isEqualTo(ruleMasked);
    }

    @Test
    void shouldFailTheEmbeddingTaskWhenTheProviderGivesUp() {
        final EmbeddingProvider failing = new GivingUpEmbeddings();
        final ResumeAnalyzer analyzer =
                ResumeAnalyzer.builder().embeddings(failing).build();

        assertThatThrownBy(() -> analyzer.analyze(Resources.bytes("ko_backend.txt"), "a.txt", Optional.empty()))
                .isInstanceOfSatisfying(ResumeAnalysisException.class, e -> {
                    assertThat(e.taskType()).isEqualTo(AiTaskType.EMBEDDING);
                    assertThat(e.kind()).isEqualTo(FailureKind.PROVIDER_FAILED);
                    assertThat(e.errorMessage()).isEqualTo("provider_failed: bedrock: HTTP 503 (after 3 attempts)");
                });
    }

    @Test
    void shouldFailThePiiTaskWhenTheLlmPassDropsPlaceholders() {
        final RecordingProvider forgetful = new RecordingProvider(s -> s.replace("[PHONE]", "010-0000-0000"));
        final ResumeAnalyzer analyzer = ResumeAnalyzer.builder()
                .llmPiiPass(new ChatLlmPiiPass(forgetful, new PiiMasker()))
                .build();

        assertThatThrownBy(() -> analyzer.analyze(Resources.bytes("ko_backend.txt"), "a.txt", Optional.empty()))
                .isInstanceOfSatisfying(ResumeAnalysisException.class, e -> {
                    assertThat(e.taskType()).isEqualTo(AiTaskType.PII_MASKING);
                    assertThat(e.getMessage())
                            .isEqualTo("llm-pii: answer dropped [PHONE] placeholders (after 1 attempt)");
                });
    }

    @Test
    void shouldReportExtractionFailuresAsParsingTasksWithoutContent() {
        final byte[] encrypted = TestDocuments.pdf(List.of("Jane Doe 010-1234-5678"), "pw", null);

        assertThatThrownBy(() -> ResumeAnalyzer.builder().build().analyze(encrypted, "a.pdf", Optional.empty()))
                .isInstanceOfSatisfying(ResumeAnalysisException.class, e -> {
                    assertThat(e.taskType()).isEqualTo(AiTaskType.PARSING);
                    assertThat(e.kind()).isEqualTo(FailureKind.ENCRYPTED_PDF);
                    assertThat(e.errorMessage()).isEqualTo("encrypted_pdf: PDF is password-protected");
                });
    }

    @Test
    void shouldNotLeakRawTextWhenMaskingItselfFails() {
        final ResumeAnalyzer analyzer = ResumeAnalyzer.builder()
                .masker((text, name) -> {
                    throw new IllegalStateException("cannot handle " + text);
                })
                .build();
        final byte[] file = "이름: 홍길동, 연락처 010-1234-5678, 백엔드 개발자".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> analyzer.analyze(file, "a.txt", Optional.empty()))
                .isInstanceOfSatisfying(ResumeAnalysisException.class, e -> {
                    assertThat(e.taskType()).isEqualTo(AiTaskType.PII_MASKING);
                    assertThat(e.getMessage()).isEqualTo("rule masking failed (IllegalStateException)");
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void shouldRenderAnOperatorJsonViewWithoutVectors() {
        final ResumeAnalysis analysis =
                ResumeAnalyzer.builder().build().analyze(Resources.bytes("ko_nurse.txt"), "n.txt", Optional.empty());

        final com.fasterxml.jackson.databind.JsonNode json = ResumeAnalysisJson.toJson(analysis);

        assertThat(json.path("file_type").asText()).isEqualTo("txt");
        assertThat(json.path("masked_fields").path("phone").path("count").asInt())
                .isEqualTo(1);
        assertThat(json.path("parsed_content").path("experiences")).hasSize(2);
        assertThat(json.path("embedding").path("dimensions").asInt()).isEqualTo(1536);
        assertThat(json.path("ai_tasks"))
                .extracting(t -> t.path("task_type").asText())
                .containsExactly("pii_masking", "parsing", "embedding", "summary");
        assertThat(json.path("timings_ms").size()).isEqualTo(5);
        assertThat(json.toString()).doesNotContain("박서연", "010-2222-3333");
        assertThat(new PiiMasker().mask("연락처 010-2222-3333").toJson().toString())
                .isEqualTo("{\"masked_text\":\"연락처 [PHONE]\",\"masked_fields\":{\"phone\":{\"count\":1,"
                        + "\"masked\":[\"***-****-****\"]}}}");
    }

    @Test
    void shouldGiveTheSameResultForTheSameFile() {
        final ResumeAnalyzer analyzer = ResumeAnalyzer.builder().build();
        final byte[] file = Resources.bytes("en_backend.md");

        final ResumeAnalysis first = analyzer.analyze(file, "a.md", Optional.empty());
        final ResumeAnalysis second = analyzer.analyze(file, "a.md", Optional.empty());

        assertThat(second.maskedText()).isEqualTo(first.maskedText());
        assertThat(second.parsed()).isEqualTo(first.parsed());
        assertThat(second.chunks()).isEqualTo(first.chunks());
        assertThat(second.summary()).isEqualTo(first.summary());
    }
}
