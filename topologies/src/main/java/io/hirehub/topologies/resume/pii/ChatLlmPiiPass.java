package io.hirehub.topologies.resume.pii;

import io.hirehub.topologies.resume.provider.ChatClient;
import io.hirehub.topologies.resume.provider.ChatCompletion;
import io.hirehub.topologies.resume.provider.ChatMessage;
import io.hirehub.topologies.resume.provider.ProviderException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@link LlmPiiPass} over a {@link ChatClient} (e.g. Qwen3 on an OpenAI-compatible server).
 *
 * <p>The answer is checked before it is trusted: it must keep every placeholder the rules put in
 * and must not shrink the text below half its length (a model that summarises or refuses would
 * otherwise silently replace the resume). New placeholders are counted into
 * {@link Outcome#addedFields()} with the preview {@code ***}. The rules run again on the answer, so
 * the result stays a fixed point of {@link PiiMasker}.
 */
public final class ChatLlmPiiPass implements LlmPiiPass {

    static final String SYSTEM_PROMPT = """
            You remove personal data from resumes. The text already has placeholders such as [NAME], \
            [PHONE], [EMAIL], [RRN], [FRN], [ADDRESS], [BIRTH_DATE], [URL], [BANK_ACCOUNT], \
            [DRIVER_LICENSE], [PASSPORT] and [HANDLE]. Replace any REMAINING person name, phone number, \
            e-mail, resident or foreign registration number, home address, birth date, personal URL, bank \
            account, driver's licence or passport number, or social-media handle or messenger ID with the \
            matching placeholder. Keep company names, schools, job titles, skills, employment dates and \
            every other word exactly as they are, in the same language and order. Answer with the full \
            text only, no comments.""";

    private final ChatClient chat;
    private final PiiMasker rules;

    public ChatLlmPiiPass(final ChatClient chat, final PiiMasker rules) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public Outcome mask(final String ruleMaskedText) {
        final ChatCompletion completion =
                chat.complete(List.of(ChatMessage.system(SYSTEM_PROMPT), ChatMessage.user(ruleMaskedText)));
        final String answer = completion.content();
        final Map<PiiKind, Integer> before = countPlaceholders(ruleMaskedText);
        final Map<PiiKind, Integer> after = countPlaceholders(answer);
        for (final PiiKind kind : PiiKind.values()) {
            if (after.get(kind) < before.get(kind)) {
                throw new ProviderException("llm-pii", "answer dropped " + kind.placeholder() + " placeholders", false);
            }
        }
        if (answer.isBlank() || answer.length() < ruleMaskedText.length() / 2) {
            throw new ProviderException(
                    "llm-pii",
                    "answer is " + answer.length() + " chars for an input of " + ruleMaskedText.length() + " chars",
                    false);
        }
        final MaskedFields.Builder added = new MaskedFields.Builder();
        for (final PiiKind kind : PiiKind.values()) {
            final int extra = after.get(kind) - before.get(kind);
            if (extra > 0) {
                added.addPreview(kind, "***", extra);
            }
        }
        final MaskingResult again = rules.mask(answer);
        added.addAll(again.maskedFields());
        return new Outcome(again.maskedText(), added.build(), completion.model(), completion.tokensUsed());
    }

    static Map<PiiKind, Integer> countPlaceholders(final String text) {
        final Map<PiiKind, Integer> counts = new EnumMap<>(PiiKind.class);
        for (final PiiKind kind : PiiKind.values()) {
            int count = 0;
            for (int at = text.indexOf(kind.placeholder()); at >= 0; at = text.indexOf(kind.placeholder(), at + 1)) {
                count++;
            }
            counts.put(kind, count);
        }
        return counts;
    }
}
