package io.hirehub.topologies.resume.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.resume.parse.ParsedResume;
import io.hirehub.topologies.resume.pii.PiiMasker;
import io.hirehub.topologies.resume.support.Resources;
import io.hirehub.topologies.resume.text.Sentences;
import io.hirehub.topologies.skills.SkillVocabulary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {

    private static final ParsedResume NOTHING = new ParsedResume(List.of(), List.of(), List.of(), 0);
    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

    private String summarise(final String resource) {
        return summarizer
                .summarize(new PiiMasker().mask(Resources.text(resource)).maskedText(), NOTHING)
                .text();
    }

    @Test
    void shouldPickSkillAndAchievementSentencesOfAKoreanResume() {
        final String summary = summarise("ko_backend.txt");

        assertThat(summary).contains("자바와 스프링부트로 설계하고 운영해 온 7년차 백엔드 개발자입니다.");
        assertThat(summary).doesNotContain("[", "|", "2022.03 ~ 현재");
        assertThat(summary.length()).isLessThanOrEqualTo(500);
    }

    @Test
    void shouldSummariseAnEnglishResumeInDocumentOrder() {
        final String summary = summarise("en_backend.md");

        assertThat(summary).contains("Java").doesNotContain("[EMAIL]", "Jan 2020");
        final List<String> sentences = Sentences.split(summary);
        assertThat(sentences).hasSizeLessThanOrEqualTo(3);
        final String source =
                new PiiMasker().mask(Resources.text("en_backend.md")).maskedText();
        assertThat(sentences).isSortedAccordingTo((a, b) -> Integer.compare(source.indexOf(a), source.indexOf(b)));
    }

    @Test
    void shouldBeDeterministicAndReportNoTokens() {
        final String text = Resources.text("ko_nurse.txt");

        final Summary first = summarizer.summarize(text, NOTHING);

        assertThat(summarizer.summarize(text, NOTHING)).isEqualTo(first);
        assertThat(first.model()).isEqualTo("extractive-v1");
        assertThat(first.tokensUsed()).isZero();
        assertThat(first.text()).contains("환자");
    }

    @Test
    void shouldBoundTheLength() {
        final ExtractiveSummarizer short60 = new ExtractiveSummarizer(3, 60, SkillVocabulary::builtIn);
        final String longSentence = "자바와 스프링으로 대규모 트래픽을 처리하는 백엔드 시스템을 설계하고 운영하며 팀을 이끌었습니다".repeat(3);

        final String summary = short60.summarize(longSentence, NOTHING).text();

        assertThat(summary).hasSize(60).endsWith("…");
    }

    @Test
    void shouldReturnEmptyWhenNothingQualifies() {
        assertThat(summarizer.summarize("이름: [NAME]\n연락처: [PHONE]", NOTHING).text())
                .isEmpty();
    }

    @Test
    void shouldSplitKoreanSentencesButNotDecimalsOrAbbreviations() {
        assertThat(Sentences.split("- Spring Boot 3.2로 전환했습니다. 응답 시간이 35% 줄었습니다!\n• B.S. in CS, e.g. backend. Next"))
                .containsExactly("Spring Boot 3.2로 전환했습니다.", "응답 시간이 35% 줄었습니다!", "B.S. in CS, e.g. backend.", "Next");
    }

    @Test
    void shouldValidateSettings() {
        assertThatThrownBy(() -> new ExtractiveSummarizer(0, 500, SkillVocabulary::builtIn))
                .hasMessage("summary.max.sentences must be positive, was 0");
    }
}
