package io.hirehub.topologies.resume.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.entity.SkillCategory;
import io.hirehub.topologies.resume.parse.ParsedResume;
import io.hirehub.topologies.resume.parse.ParsedSkill;
import io.hirehub.topologies.resume.provider.ProviderException;
import io.hirehub.topologies.resume.support.RecordingProvider;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatSummarizerTest {

    private static final ParsedResume PARSED = new ParsedResume(
            List.of(), List.of(), List.of(new ParsedSkill("Java", SkillCategory.LANGUAGE, null, null)), 30);

    @Test
    void shouldSendMaskedTextWithParsedFactsAndReportUsage() {
        final RecordingProvider llm = new RecordingProvider(user -> "7년차 자바 백엔드 개발자입니다.");

        final Summary summary = new ChatSummarizer(llm, 500).summarize("[NAME] 자바 개발자", PARSED);

        assertThat(summary).isEqualTo(new Summary("7년차 자바 백엔드 개발자입니다.", "recording-llm", 42));
        assertThat(llm.received().get(1))
                .isEqualTo("Total experience: " + new BigDecimal("2.5")
                        + " years. Skills: Java.\n\nResume:\n[NAME] 자바 개발자");
    }

    @Test
    void shouldCapLongAnswers() {
        final RecordingProvider llm = new RecordingProvider(user -> "가".repeat(200));

        assertThat(new ChatSummarizer(llm, 100).summarize("x", PARSED).text())
                .hasSize(100)
                .endsWith("…");
    }

    @Test
    void shouldFailOnEmptyAnswers() {
        final RecordingProvider llm = new RecordingProvider(user -> "  ");

        assertThatThrownBy(() -> new ChatSummarizer(llm, 100).summarize("x", PARSED))
                .isInstanceOf(ProviderException.class)
                .hasMessage("llm-summary: empty summary");
    }
}
