package io.hirehub.launcher.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.topologies.resume.parse.SkillCatalog;
import org.junit.jupiter.api.Test;

class SkillMasterTest {

    @Test
    void shouldUseTheResumeParsersCanonicalNamesAndCategories() {
        for (final SkillMaster.Skill skill : SkillMaster.all()) {
            assertThat(SkillCatalog.defaults().lookup(skill.name()))
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
        assertThat(SkillMaster.tagFor("Airflow").name()).isEqualTo("Airflow");
        assertThat(SkillMaster.tagFor("Airflow").category()).isNull();
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
