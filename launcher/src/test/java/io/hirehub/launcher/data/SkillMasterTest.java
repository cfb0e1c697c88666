package io.hirehub.launcher.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.skills.CatalogueSkill;
import io.hirehub.schemas.skills.OccupationalFamily;
import io.hirehub.schemas.skills.SkillCatalogue;
import io.hirehub.topologies.skills.SkillVocabulary;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SkillMasterTest {

    @Test
    void shouldUseTheResumeParsersCanonicalNamesAndCategories() {
        for (final SkillMaster.Skill skill : SkillMaster.all()) {
            assertThat(SkillVocabulary.builtIn().lookup(skill.name()))
                    .as(skill.name())
                    .hasValueSatisfying(known -> {
                        assertThat(known.name()).isEqualTo(skill.name());
                        assertThat(known.category().name())
                                .isEqualTo(skill.category().name());
                    });
        }
    }

    @Test
    void shouldFindKnownNamesInAnyCaseAndKeepUnknownOnesAsGiven() {
        assertThat(SkillMaster.tagFor("postgresql").name()).isEqualTo("PostgreSQL");
        assertThat(SkillMaster.tagFor("postgresql").category().name()).isEqualTo("DATABASE");
        assertThat(SkillMaster.tagFor("간호사 면허").category().name()).isEqualTo("CERTIFICATE");
        assertThat(SkillMaster.tagFor("Temporal").name()).isEqualTo("Temporal");
        assertThat(SkillMaster.tagFor("Temporal").category()).isNull();
    }

    @Test
    void shouldWriteEnglishTextWithoutHangulSoItFitsTheEnglishResumeFonts() {
        for (final SkillMaster.Skill skill : SkillMaster.all()) {
            if (skill.english().chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) {
                // Korean national licences have no English name in the catalogue: their canonical name is it.
                assertThat(skill.english()).as(skill.name()).isEqualTo(skill.name());
            }
        }
    }

    @Test
    void shouldPostJobsOfSeveralOccupationalFamilies() {
        final Set<OccupationalFamily> families = Roles.ALL.stream()
                .flatMap(role -> role.core().stream())
                .map(name -> SkillCatalogue.builtIn().lookup(name).map(CatalogueSkill::family))
                .flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
        assertThat(families).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void shouldBuildRolesOnlyFromTheMaster() {
        for (final Roles.Role role : Roles.ALL) {
            role.core().forEach(SkillMaster::get);
            role.extra().forEach(SkillMaster::get);
            assertThat(role.core()).doesNotHaveDuplicates();
        }
    }
}
