package io.hirehub.topologies.match.scoring;

import io.hirehub.topologies.embed.Vectors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A job with everything the scorers derive once per job (canonical skill keys, effective years
 * range) so that scoring it against thousands of resumes does no string work per pair.
 */
public final class PreparedJob implements Prepared {

    private final JobMatchProfile profile;
    private final double embeddingNorm;
    private final List<SkillRef> required;
    private final List<SkillRef> preferred;
    private final YearsRange years;
    private final String region;
    private final List<String> titleWords;
    private final Script termScript;

    private PreparedJob(final JobMatchProfile profile, final List<SkillRef> required, final List<SkillRef> preferred) {
        this.profile = profile;
        this.embeddingNorm = Vectors.fastNorm(profile.embedding());
        this.required = required;
        this.preferred = preferred;
        this.years = YearsRange.of(profile);
        final String location =
                profile.location() != null && !profile.location().isBlank()
                        ? profile.location()
                        : profile.companyLocation();
        this.region = Regions.region(location);
        this.titleWords = PositionWords.jobWords(profile.title(), profile.companyIndustry());
        this.termScript = Script.dominant(profile.terms());
    }

    /**
     * Canonicalises the job's skills; duplicates collapse, and a skill listed as both required and
     * preferred counts as required only.
     */
    public static PreparedJob of(final JobMatchProfile profile, final SkillCanonicalizer canonicalizer) {
        final Map<String, SkillRef> required = refs(profile.requiredSkills(), canonicalizer);
        final Map<String, SkillRef> preferred = refs(profile.preferredSkills(), canonicalizer);
        preferred.keySet().removeAll(required.keySet());
        return new PreparedJob(profile, List.copyOf(required.values()), List.copyOf(preferred.values()));
    }

    private static Map<String, SkillRef> refs(final List<String> names, final SkillCanonicalizer canonicalizer) {
        final Map<String, SkillRef> refs = new LinkedHashMap<>();
        for (final String name : names) {
            final String canonical = canonicalizer.canonical(name);
            refs.putIfAbsent(
                    SkillCanonicalizer.key(canonical), new SkillRef(SkillCanonicalizer.key(canonical), canonical));
        }
        return refs;
    }

    public JobMatchProfile profile() {
        return profile;
    }

    @Override
    public String id() {
        return profile.jobId();
    }

    @Override
    public float[] embedding() {
        return profile.embedding();
    }

    public List<SkillRef> required() {
        return required;
    }

    public List<SkillRef> preferred() {
        return preferred;
    }

    public YearsRange years() {
        return years;
    }

    /** A canonical skill: case-folded key for comparison, display name for explanations. */
    public record SkillRef(String key, String display) {}

    /** Display names of refs, in order. */
    static List<String> displays(final List<SkillRef> refs) {
        final List<String> names = new ArrayList<>(refs.size());
        for (final SkillRef ref : refs) {
            names.add(ref.display());
        }
        return names;
    }

    /** L2 norm of the embedding (0 when there is none), computed once. */
    public double embeddingNorm() {
        return embeddingNorm;
    }

    /** Region of the job's location (the company's when the job has none), {@code null} if unknown. */
    String region() {
        return region;
    }

    /** Words of the title and company industry. */
    List<String> titleWords() {
        return titleWords;
    }

    /** The script most of the job's text terms are in ({@code null}: none, or as many of each). */
    Script termScript() {
        return termScript;
    }
}
