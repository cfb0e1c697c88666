package io.hirehub.schemas.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.entity.AiTaskType;
import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.JobType;
import io.hirehub.avro.entity.Proficiency;
import io.hirehub.avro.entity.RemoteType;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class SeedValuesTest {

    @Test
    void shouldWriteTheExactSqlTextOfAConstant() {
        assertThat(SeedValues.sql(JobType.FULL_TIME)).isEqualTo("full-time");
        assertThat(SeedValues.sql(AiTaskType.PII_MASKING)).isEqualTo("pii_masking");
        assertThat(SeedValues.sql(CompanySize.XL)).isEqualTo("500+");
        assertThat(SeedValues.sql(null)).isNull();
    }

    @Test
    void shouldRefuseToWriteTheReadersFallback() {
        assertThatThrownBy(() -> SeedValues.sql(JobStatus.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JobStatus.UNKNOWN has no SQL value (a reader's fallback, never written)");
    }

    @Test
    void shouldParseExactTextOnlyWhenExact() {
        assertThat(SeedValues.parse(JobType.class, "jobs.job_type", " full-time ", TextMatch.EXACT))
                .isEqualTo(JobType.FULL_TIME);
        assertThatThrownBy(() -> SeedValues.parse(RemoteType.class, "jobs.remote_type", "HYBRID", TextMatch.EXACT))
                .isInstanceOf(UnknownSeedValueException.class)
                .hasMessage("Unknown jobs.remote_type 'HYBRID': expected one of onsite, remote, hybrid");
    }

    @Test
    void shouldParseIgnoringCaseAndSpaceWhenAskedTo() {
        assertThat(SeedValues.parse(JobStatus.class, "jobs.status", " Open ", TextMatch.ANY_CASE))
                .isEqualTo(JobStatus.OPEN);
        assertThat(SeedValues.parse(Proficiency.class, "resume_skills.proficiency", "EXPERT", TextMatch.ANY_CASE))
                .isEqualTo(Proficiency.EXPERT);
        assertThat(SeedValues.parse(CompanySize.class, "companies.company_size", "11-50", TextMatch.ANY_CASE))
                .isEqualTo(CompanySize.S);
        assertThat(SeedValues.parse(ExperienceLevel.class, "jobs.experience_level", null, TextMatch.ANY_CASE))
                .isNull();
    }

    @Test
    void shouldRejectUnknownTextListingTheAllowedValues() {
        assertThatThrownBy(() -> SeedValues.parse(JobStatus.class, "jobs.status", "archived", TextMatch.ANY_CASE))
                .isInstanceOf(UnknownSeedValueException.class)
                .hasMessage("Unknown jobs.status 'archived': expected one of draft, open, closed");
        assertThatThrownBy(() ->
                        SeedValues.parse(CompanySize.class, "companies.company_size", "1000+", TextMatch.ANY_CASE))
                .hasMessage(
                        "Unknown companies.company_size '1000+': expected one of 1-10, 11-50, 51-200, 201-500, 500+");
        final UnknownSeedValueException e = (UnknownSeedValueException) org.assertj.core.api.Assertions.catchThrowable(
                () -> SeedValues.parse(JobStatus.class, "jobs.status", "UNKNOWN", TextMatch.ANY_CASE));
        assertThat(e.column()).isEqualTo("jobs.status");
        assertThat(e.value()).isEqualTo("UNKNOWN");
        assertThat(e.allowed()).containsExactly("draft", "open", "closed");
    }

    @Test
    void shouldListAColumnsValuesInDeclarationOrderWithoutTheFallback() {
        assertThat(SeedValues.sqlValues(JobType.class)).containsExactly("full-time", "contract", "intern");
        assertThat(SeedValues.sqlValues(CompanySize.class))
                .containsExactly("1-10", "11-50", "51-200", "201-500", "500+");
    }

    @Test
    void shouldFindTheSymbolOfAGenericEnumSchema() {
        final Schema jobType = JobType.getClassSchema();
        assertThat(SeedValues.symbol(jobType, "full-time")).contains("FULL_TIME");
        assertThat(SeedValues.symbol(jobType, "FULL_TIME")).isEmpty();
        final Schema plain = SchemaBuilder.enumeration("Plain").symbols("A", "B");
        assertThat(SeedValues.symbol(plain, "B")).contains("B");
        assertThat(SeedValues.symbol(plain, "b")).isEmpty();
    }

    @Test
    void shouldRefuseTypesThatAreNoValueList() {
        assertThatThrownBy(() -> SeedValues.sql(TextMatch.EXACT))
                .hasMessage(
                        "io.hirehub.schemas.values.TextMatch is neither a ColumnValue nor an Avro enum with a sqlValues property");
    }
}
