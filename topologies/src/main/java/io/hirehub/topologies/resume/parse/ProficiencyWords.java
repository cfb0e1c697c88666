package io.hirehub.topologies.resume.parse;

import io.hirehub.avro.entity.Proficiency;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the seed's {@code resume_skills.proficiency} values from English or Korean wording. */
public final class ProficiencyWords {

    // 상/중/하 are single syllables that occur everywhere; accept them only standing alone.
    private static final Pattern WORDS =
            Pattern.compile("(?i)(?<![\\p{L}])(?<expert>expert|master|전문가|최상급?)(?![\\p{L}])"
                    + "|(?<advanced>advanced|proficient|고급|상급|능숙)(?![a-z])"
                    + "|(?<intermediate>intermediate|working knowledge|중급|보통)(?![a-z])"
                    + "|(?<beginner>beginner|basic|novice|familiar|초급|기초|하급)(?![a-z])"
                    + "|(?<![가-힣])(?<single>[상중하])(?![가-힣])");

    private ProficiencyWords() {}

    /** The first proficiency word in {@code text}, if any. */
    public static Optional<Proficiency> find(final String text) {
        final Matcher matcher = WORDS.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        if (matcher.group("expert") != null) {
            return Optional.of(Proficiency.EXPERT);
        }
        if (matcher.group("advanced") != null) {
            return Optional.of(Proficiency.ADVANCED);
        }
        if (matcher.group("intermediate") != null) {
            return Optional.of(Proficiency.INTERMEDIATE);
        }
        if (matcher.group("beginner") != null) {
            return Optional.of(Proficiency.BEGINNER);
        }
        return Optional.of(
                switch (matcher.group("single")) {
                    case "상" -> Proficiency.ADVANCED;
                    case "중" -> Proficiency.INTERMEDIATE;
                    default -> Proficiency.BEGINNER;
                });
    }
}
