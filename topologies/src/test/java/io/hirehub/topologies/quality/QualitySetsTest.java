package io.hirehub.topologies.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.skills.CatalogueSkill;
import io.hirehub.schemas.skills.SkillCatalogue;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The labelled sets are what their README says: sizes, coverage, catalogue names, a complete grade matrix. */
class QualitySetsTest {

    private static final Set<String> CATALOGUE =
            SkillCatalogue.builtIn().skills().stream().map(CatalogueSkill::name).collect(Collectors.toSet());

    @Test
    void shouldLabelAtLeastOneHundredFiftyPassagesFromTenFamiliesInBothLanguages() {
        final List<QualitySets.LabelledPassage> passages = QualitySets.skillExtraction();
        assertThat(passages).hasSizeGreaterThanOrEqualTo(150);
        assertThat(passages.stream().map(QualitySets.LabelledPassage::id).distinct())
                .hasSameSizeAs(passages);
        assertThat(passages.stream().map(QualitySets.LabelledPassage::family).distinct())
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(passages.stream().map(QualitySets.LabelledPassage::lang).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("ko", "en", "mixed");
        assertThat(passages.stream().map(QualitySets.LabelledPassage::format).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("prose", "bullets", "table");
        assertThat(passages).filteredOn(p -> !p.traps().isEmpty()).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void shouldLabelOnlyCatalogueNamesAndNeverATrapAsASkill() {
        for (final QualitySets.LabelledPassage passage : QualitySets.skillExtraction()) {
            assertThat(passage.skills()).as(passage.id()).isNotEmpty().doesNotHaveDuplicates();
            assertThat(Stream.of(passage.skills(), passage.traps()).flatMap(Collection::stream))
                    .as(passage.id())
                    .allSatisfy(name -> assertThat(CATALOGUE).contains(name));
            passage.traps()
                    .forEach(trap ->
                            assertThat(passage.skills()).as(passage.id()).doesNotContain(trap));
        }
    }

    @Test
    void shouldGradeEveryPairOfTwelveJobsFromSixFamiliesAndFortyResumes() {
        final QualitySets.RankingSet set = QualitySets.ranking();
        assertThat(set.jobs()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(set.resumes()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(set.jobs().stream().map(QualitySets.RankingJob::family).distinct())
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(set.jobs().stream().map(QualitySets.RankingJob::lang).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("ko", "en");
        assertThat(set.resumes().stream().map(QualitySets.RankingResume::lang).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("ko", "en");
        for (final QualitySets.RankingJob job : set.jobs()) {
            final Map<String, Integer> grades = set.gradesFor(job.id());
            assertThat(grades).as(job.id()).hasSameSizeAs(set.resumes());
            assertThat(grades.values().stream().filter(g -> g == 3))
                    .as(job.id())
                    .hasSizeGreaterThanOrEqualTo(2);
            assertThat(Stream.of(job.requiredSkills(), job.preferredSkills()).flatMap(Collection::stream))
                    .as(job.id())
                    .allSatisfy(name -> assertThat(CATALOGUE).contains(name));
        }
    }

    @Test
    void shouldHoldCrossLanguageStrongFits() {
        final QualitySets.RankingSet set = QualitySets.ranking();
        final Map<String, String> resumeLang = set.resumes().stream()
                .collect(Collectors.toMap(QualitySets.RankingResume::id, QualitySets.RankingResume::lang));
        for (final QualitySets.RankingJob job : set.jobs()) {
            assertThat(set.gradesFor(job.id()).entrySet())
                    .as(job.id() + ": a strong fit written in the other language")
                    .anySatisfy(e -> {
                        assertThat(e.getValue()).isEqualTo(3);
                        assertThat(resumeLang.get(e.getKey())).isNotEqualTo(job.lang());
                    });
        }
    }
}
