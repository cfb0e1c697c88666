package io.hirehub.topologies.resume.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.resume.provider.ProviderException;
import io.hirehub.topologies.resume.support.RecordingProvider;
import org.junit.jupiter.api.Test;

class ChatLlmPiiPassTest {

    private static final String RULE_MASKED = "이름: [NAME]\n연락처: [PHONE]\n추천인 김철수 팀장과 함께 자바 백엔드 개발";

    @Test
    void shouldCountWhatTheModelMaskedAndReportUsage() {
        final RecordingProvider llm = new RecordingProvider(text -> text.replace("김철수", "[NAME]"));

        final LlmPiiPass.Outcome outcome = new ChatLlmPiiPass(llm, new PiiMasker()).mask(RULE_MASKED);

        assertThat(outcome.maskedText()).isEqualTo("이름: [NAME]\n연락처: [PHONE]\n추천인 [NAME] 팀장과 함께 자바 백엔드 개발");
        assertThat(outcome.addedFields().toJsonString()).isEqualTo("{\"name\":{\"count\":1,\"masked\":[\"***\"]}}");
        assertThat(outcome.model()).isEqualTo("recording-llm");
        assertThat(outcome.tokensUsed()).isEqualTo(42);
        assertThat(llm.received()).containsExactly(ChatLlmPiiPass.SYSTEM_PROMPT, RULE_MASKED);
    }

    @Test
    void shouldReMaskWhatTheModelLetThroughOrAdded() {
        final RecordingProvider llm = new RecordingProvider(text -> text + "\n연락: 010-9999-8888");

        final LlmPiiPass.Outcome outcome = new ChatLlmPiiPass(llm, new PiiMasker()).mask(RULE_MASKED);

        assertThat(outcome.maskedText()).endsWith("연락: [PHONE]");
        assertThat(outcome.addedFields().count(PiiKind.PHONE)).isEqualTo(1);
    }

    @Test
    void shouldRejectAnswersThatDropPlaceholdersOrShrinkTheText() {
        assertThatThrownBy(() -> new ChatLlmPiiPass(
                                new RecordingProvider(t -> t.replace("[NAME]", "")), new PiiMasker())
                        .mask(RULE_MASKED))
                .isInstanceOf(ProviderException.class)
                .hasMessage("llm-pii: answer dropped [NAME] placeholders");
        assertThatThrownBy(() -> new ChatLlmPiiPass(new RecordingProvider(t -> "[NAME] [PHONE]"), new PiiMasker())
                        .mask(RULE_MASKED))
                .isInstanceOf(ProviderException.class)
                .hasMessage("llm-pii: answer is 14 chars for an input of 48 chars");
    }
}
