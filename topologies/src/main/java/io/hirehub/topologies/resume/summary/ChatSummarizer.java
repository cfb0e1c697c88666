package io.hirehub.topologies.resume.summary;

import io.hirehub.topologies.resume.parse.ParsedResume;
import io.hirehub.topologies.resume.parse.ParsedSkill;
import io.hirehub.topologies.resume.provider.ChatClient;
import io.hirehub.topologies.resume.provider.ChatCompletion;
import io.hirehub.topologies.resume.provider.ChatMessage;
import io.hirehub.topologies.resume.provider.ProviderException;
import java.util.List;
import java.util.Objects;

/**
 * Summariser over a {@link ChatClient} (OpenAI-compatible endpoint, e.g. Qwen3). It sends the
 * masked text plus the parsed skills and total experience, asks for 2–3 sentences in the resume's
 * language, and caps the answer at {@code maxChars}.
 */
public final class ChatSummarizer implements Summarizer {

    static final String SYSTEM_PROMPT = """
            You summarise resumes for recruiters. Write two or three sentences in the language of the \
            resume: role, years of experience, strongest skills and notable achievements. Personal data \
            has been replaced by placeholders such as [NAME]; never mention placeholders. Answer with the \
            summary only.""";

    private final ChatClient chat;
    private final int maxChars;

    public ChatSummarizer(final ChatClient chat, final int maxChars) {
        this.chat = Objects.requireNonNull(chat, "chat");
        if (maxChars < 50) {
            throw new IllegalArgumentException("summary.max.chars must be at least 50, was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    @Override
    public Summary summarize(final String maskedText, final ParsedResume parsed) {
        final String facts = "Total experience: " + parsed.totalExperienceYears() + " years. Skills: "
                + String.join(
                        ", ",
                        parsed.skills().stream().map(ParsedSkill::skillName).toList()) + ".";
        final ChatCompletion completion = chat.complete(
                List.of(ChatMessage.system(SYSTEM_PROMPT), ChatMessage.user(facts + "\n\nResume:\n" + maskedText)));
        final String text = completion.content().strip();
        if (text.isEmpty()) {
            throw new ProviderException("llm-summary", "empty summary", false);
        }
        return new Summary(
                text.length() <= maxChars ? text : text.substring(0, maxChars - 1) + "…",
                completion.model(),
                completion.tokensUsed());
    }
}
