package io.hirehub.topologies.resume.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The seed's {@code resume_skills.proficiency} values, read from English or Korean wording. */
public enum Proficiency {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED,
    EXPERT;

    // 상/중/하 are single syllables that occur everywhere; accept them only standing alone.
    private static final Pattern WORDS =
            Pattern.compile("(?i)(?<![\\p{L}])(?<expert>expert|master|전문가|최상급?)(?![\\p{L}])"
                    + "|(?<advanced>advanced|proficient|고급|상급|능숙)(?![a-z])"
                    + "|(?<intermediate>intermediate|working knowledge|중급|보통)(?![a-z])"
                    + "|(?<beginner>beginner|basic|novice|familiar|초급|기초|하급)(?![a-z])"
                    + "|(?<![가-힣])(?<single>[상중하])(?![가-힣])");

    /** The value stored in {@code resume_skills.proficiency}. */
    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Proficiency fromDbValue(final String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    /** The first proficiency word in {@code text}, if any. */
    public static Optional<Proficiency> find(final String text) {
        final Matcher matcher = WORDS.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        if (matcher.group("expert") != null) {
            return Optional.of(EXPERT);
        }
        if (matcher.group("advanced") != null) {
            return Optional.of(ADVANCED);
        }
        if (matcher.group("intermediate") != null) {
            return Optional.of(INTERMEDIATE);
        }
        if (matcher.group("beginner") != null) {
            return Optional.of(BEGINNER);
        }
        return Optional.of(
                switch (matcher.group("single")) {
                    case "상" -> ADVANCED;
                    case "중" -> INTERMEDIATE;
                    default -> BEGINNER;
                });
    }
}
