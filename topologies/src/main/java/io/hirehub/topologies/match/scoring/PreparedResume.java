package io.hirehub.topologies.match.scoring;

import io.hirehub.topologies.embed.Vectors;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A resume with its skills indexed by canonical key, built once per resume (not per pair). */
public final class PreparedResume implements Prepared {

    private final ResumeMatchProfile profile;
    private final double embeddingNorm;
    private final Map<String, HeldSkill> skills;
    private final String region;
    private final PositionWords positionWords;
    private final int termLength;
    private final Script termScript;

    private PreparedResume(final ResumeMatchProfile profile, final Map<String, HeldSkill> skills) {
        this.profile = profile;
        this.embeddingNorm = Vectors.fastNorm(profile.embedding());
        this.skills = skills;
        this.region = Regions.region(profile.preferredLocation());
        this.positionWords = PositionWords.of(profile.desiredPosition());
        this.termLength = TermStatistics.length(profile.terms());
        this.termScript = Script.dominant(profile.terms());
    }

    /**
     * Canonicalises the resume's skills; when a skill appears twice (e.g. "자바" and "Java"), the entry
     * with the most years (then the highest proficiency) wins.
     */
    public static PreparedResume of(final ResumeMatchProfile profile, final SkillCanonicalizer canonicalizer) {
        final Map<String, HeldSkill> skills = new HashMap<>();
        for (final HeldSkill skill : profile.skills()) {
            final String key = SkillCanonicalizer.key(canonicalizer.canonical(skill.name()));
            skills.merge(key, skill, PreparedResume::deeper);
        }
        return new PreparedResume(profile, Map.copyOf(skills));
    }

    private static HeldSkill deeper(final HeldSkill a, final HeldSkill b) {
        final int yearsA = a.years() == null ? -1 : a.years();
        final int yearsB = b.years() == null ? -1 : b.years();
        if (yearsA != yearsB) {
            return yearsA > yearsB ? a : b;
        }
        final int levelA = a.proficiency() == null ? -1 : a.proficiency().ordinal();
        final int levelB = b.proficiency() == null ? -1 : b.proficiency().ordinal();
        return levelA >= levelB ? a : b;
    }

    public ResumeMatchProfile profile() {
        return profile;
    }

    @Override
    public String id() {
        return profile.resumeId();
    }

    @Override
    public float[] embedding() {
        return profile.embedding();
    }

    /** The canonical keys of the resume's skills. */
    public Set<String> skillKeys() {
        return skills.keySet();
    }

    /** The resume's skill under a canonical key, or {@code null}. */
    public HeldSkill skill(final String key) {
        return skills.get(key);
    }

    /** L2 norm of the embedding (0 when there is none), computed once. */
    public double embeddingNorm() {
        return embeddingNorm;
    }

    /** Number of text terms (with repeats), for BM25's length normalisation. */
    int termLength() {
        return termLength;
    }

    /** The script most of the resume's text terms are in ({@code null}: none, or as many of each). */
    Script termScript() {
        return termScript;
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
