package io.hirehub.topologies.match;

import java.util.HashMap;
import java.util.Map;

/** A resume with its skills indexed by canonical key, built once per resume (not per pair). */
public final class PreparedResume {

    private final ResumeProfile profile;
    private final double embeddingNorm;
    private final Map<String, ResumeSkill> skills;
    private final String region;
    private final PositionWords positionWords;

    private PreparedResume(final ResumeProfile profile, final Map<String, ResumeSkill> skills) {
        this.profile = profile;
        this.embeddingNorm = SemanticScorer.norm(profile.embedding());
        this.skills = skills;
        this.region = Regions.region(profile.preferredLocation());
        this.positionWords = PositionWords.of(profile.desiredPosition());
    }

    /**
     * Canonicalises the resume's skills; when a skill appears twice (e.g. "자바" and "Java"), the entry
     * with the most years (then the highest proficiency) wins.
     */
    public static PreparedResume of(final ResumeProfile profile, final SkillCanonicalizer canonicalizer) {
        final Map<String, ResumeSkill> skills = new HashMap<>();
        for (final ResumeSkill skill : profile.skills()) {
            final String key = SkillCanonicalizer.key(canonicalizer.canonical(skill.name()));
            skills.merge(key, skill, PreparedResume::deeper);
        }
        return new PreparedResume(profile, Map.copyOf(skills));
    }

    private static ResumeSkill deeper(final ResumeSkill a, final ResumeSkill b) {
        final int yearsA = a.years() == null ? -1 : a.years();
        final int yearsB = b.years() == null ? -1 : b.years();
        if (yearsA != yearsB) {
            return yearsA > yearsB ? a : b;
        }
        final int levelA = a.proficiency() == null ? -1 : a.proficiency().ordinal();
        final int levelB = b.proficiency() == null ? -1 : b.proficiency().ordinal();
        return levelA >= levelB ? a : b;
    }

    public ResumeProfile profile() {
        return profile;
    }

    /** The resume's skill under a canonical key, or {@code null}. */
    public ResumeSkill skill(final String key) {
        return skills.get(key);
    }

    /** L2 norm of the embedding (0 when there is none), computed once. */
    public double embeddingNorm() {
        return embeddingNorm;
    }

    /** Region of the preferred location, {@code null} if none. */
    String region() {
        return region;
    }

    /** The desired position split for the culture score. */
    PositionWords positionWords() {
        return positionWords;
    }
}
