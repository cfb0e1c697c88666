package io.hirehub.stack.config;

import io.hirehub.runtime.config.ConfigKey;
import io.hirehub.topologies.resume.ResumeAnalysisKeys;
import io.hirehub.topologies.resume.ResumeAnalysisSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resume analysis' keys ({@code resume.*} limits, {@code embedding.*}, {@code bedrock.*},
 * {@code llm.*}, {@code pii.llm.enabled}, {@code summary.*}) from the one configuration, handed to
 * {@link ResumeAnalysisSettings#fromProperties} so the resume pipeline and matching (which embeds jobs
 * with the same provider) read what {@code --config}, {@code HIREHUB_*} and {@code -s} say.
 */
final class ResumeAnalysisConfig {

    /** Every key {@link ResumeAnalysisSettings#fromProperties} reads. */
    static final List<ConfigKey> KEYS = ResumeAnalysisKeys.all();

    private ResumeAnalysisConfig() {}

    /** The analysis settings; a value the analysis refuses fails as a {@link ConfigException} naming its key. */
    static ResumeAnalysisSettings from(final ResolvedConfig config) {
        final Map<String, String> properties = new LinkedHashMap<>();
        for (final ConfigKey key : KEYS) {
            config.optional(key).ifPresent(value -> properties.put(key.name(), value));
        }
        try {
            return ResumeAnalysisSettings.fromProperties(properties);
        } catch (IllegalArgumentException e) {
            final String message = e.getMessage() == null ? e.toString() : e.getMessage();
            // The analysis names the key first; point at that key's value and where it came from.
            final ConfigKey culprit = KEYS.stream()
                    .filter(key -> message.startsWith(key.name()))
                    .max((a, b) -> Integer.compare(a.name().length(), b.name().length()))
                    .orElse(ConfigKeys.EMBEDDING_PROVIDER);
            throw config.refused(culprit, message);
        }
    }
}
