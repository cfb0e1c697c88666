package io.hirehub.topologies.match.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.derived.ResumeProfileSkill;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.MatchWeights;
import io.hirehub.topologies.match.scoring.SkillCanonicalizer;
import io.hirehub.topologies.match.scoring.SkillScoreSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A changed job or resume is prepared for scoring once, whatever the number of candidates and
 * existing pairs it is scored against: preparing canonicalises every skill name, so a skill only
 * the changed side lists counts its preparations.
 */
class MatchPreparationTest {

    private static final List<String> RESUMES = List.of(
            "00000000-0000-0000-0000-0000000000e1",
            "00000000-0000-0000-0000-0000000000e2",
            "00000000-0000-0000-0000-0000000000e3");
    private static final List<String> JOBS = List.of(
            "00000000-0000-0000-0000-00000000000a",
            "00000000-0000-0000-0000-00000000000b",
            "00000000-0000-0000-0000-00000000000c");
    private static final String USER = "00000000-0000-0000-0000-0000000000f1";

    @TempDir
    Path state;

    private final Map<String, Integer> canonicalised = new ConcurrentHashMap<>();

    private MatchDriver driver() {
        final SkillCanonicalizer counting = name -> {
            canonicalised.merge(name.trim(), 1, Integer::sum);
            return name.trim();
        };
        return new MatchDriver(
                state,
                new InMemorySchemaRegistryClient(),
                new MatchScorer(MatchWeights.DEFAULTS, SkillScoreSettings.DEFAULTS, counting));
    }

    @Test
    void shouldPrepareAChangedJobOnceForAllItsCandidatesAndPairs() {
        try (MatchDriver d = driver()) {
            RESUMES.forEach(id -> d.resume(MatchDriver.resume(id, USER).build()));
            d.job(MatchDriver.job(JOBS.get(0))
                    .setPreferredSkills(List.of("postgresql", "terraform"))
                    .build());
            assertThat(d.drainMatches()).hasSize(3);

            d.job(MatchDriver.job(JOBS.get(0))
                    .setTitle("Senior Backend Engineer")
                    .setPreferredSkills(List.of("postgresql", "terraform"))
                    .build());

            // Re-scored against its three pairs (scores unchanged, so nothing is re-emitted).
            assertThat(d.top(JOBS.get(0)).matches()).hasSize(3);
            assertThat(canonicalised.get("terraform")).isEqualTo(2);
        }
    }

    @Test
    void shouldPrepareAChangedResumeOnceForAllItsCandidatesAndPairs() {
        try (MatchDriver d = driver()) {
            JOBS.forEach(id -> d.job(MatchDriver.job(id).build()));
            d.resume(MatchDriver.resume(RESUMES.get(0), USER)
                    .setSkills(skillsWithHaskell())
                    .build());
            assertThat(d.drainMatches()).hasSize(3);

            d.resume(MatchDriver.resume(RESUMES.get(0), USER)
                    .setDesiredPosition("Senior Backend Engineer")
                    .setSkills(skillsWithHaskell())
                    .build());

            assertThat(d.drainMatches()).hasSize(3);
            assertThat(canonicalised.get("haskell")).isEqualTo(2);
        }
    }

    /** The fixture resume's skills plus one no job asks for. */
    private static List<ResumeProfileSkill> skillsWithHaskell() {
        return List.of(
                MatchDriver.skill("java", 5),
                MatchDriver.skill("kafka", 4),
                MatchDriver.skill("postgresql", 3),
                MatchDriver.skill("haskell", 1));
    }
}
