package io.hirehub.launcher.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.edge.write.NewCompany;
import io.hirehub.edge.write.NewJob;
import io.hirehub.edge.write.NewSkillTag;
import io.hirehub.schemas.values.CompanySize;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.topologies.resume.pii.MaskingResult;
import io.hirehub.topologies.resume.pii.PiiMasker;
import io.hirehub.topologies.resume.text.ExtractionSettings;
import io.hirehub.topologies.resume.text.TextExtractor;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyntheticDataTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private final TextExtractor extractor = new TextExtractor(ExtractionSettings.DEFAULT);

    @Test
    void shouldGenerateTheSameDataAndIdsForTheSameSeed() {
        final SyntheticData a = new SyntheticData(42, 10);
        final SyntheticData b = new SyntheticData(42, 10);

        for (int i = 0; i < 12; i++) {
            assertThat(b.company(i)).isEqualTo(a.company(i));
            assertThat(b.job(i, NOW)).isEqualTo(a.job(i, NOW));
            final SyntheticData.GeneratedResume ra = a.resume(i);
            final SyntheticData.GeneratedResume rb = b.resume(i);
            assertThat(rb.person()).isEqualTo(ra.person());
            assertThat(rb.jobseeker()).isEqualTo(ra.jobseeker());
            assertThat(rb.resume().id()).isEqualTo(ra.resume().id());
            assertThat(rb.resume().fileName()).isEqualTo(ra.resume().fileName());
            assertThat(text(rb)).isEqualTo(text(ra));
        }
    }

    @Test
    void shouldGenerateOtherIdsForAnotherSeed() {
        final SyntheticData a = new SyntheticData(1, 5);
        final SyntheticData b = new SyntheticData(2, 5);

        assertThat(b.companyId(0)).isNotEqualTo(a.companyId(0));
        assertThat(b.job(0, NOW).id()).isNotEqualTo(a.job(0, NOW).id());
        assertThat(b.resume(0).resume().id()).isNotEqualTo(a.resume(0).resume().id());
        assertThat(b.resume(0).jobseeker().email())
                .isNotEqualTo(a.resume(0).jobseeker().email());
    }

    @Test
    void shouldGenerateDistinctIdsAndEmailsWithinARun() {
        final SyntheticData data = new SyntheticData(7, 50);
        final Set<UUID> ids = new HashSet<>();
        final Set<String> emails = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            final NewCompany company = data.company(i);
            assertThat(ids.add(company.id())).isTrue();
            company.members().forEach(m -> {
                assertThat(ids.add(m.userId())).isTrue();
                assertThat(emails.add(m.email())).isTrue();
            });
            assertThat(ids.add(data.job(i, NOW).id())).isTrue();
            final SyntheticData.GeneratedResume resume = data.resume(i);
            assertThat(ids.add(resume.jobseeker().userId())).isTrue();
            assertThat(ids.add(resume.resume().id())).isTrue();
            assertThat(emails.add(resume.jobseeker().email())).isTrue();
        }
    }

    @Test
    void shouldOnlyUseTheSeedsValueListsAndPassTheWritersValidation() {
        final SyntheticData data = new SyntheticData(3, 20);
        for (int i = 0; i < 200; i++) {
            final NewCompany company = data.company(i).validated();
            assertThat(SeedValues.sqlValues(CompanySize.class)).contains(company.companySize());
            assertThat(company.members()).isNotEmpty();
            assertThat(company.members().get(0).primary()).isTrue();

            final NewJob job = data.job(i, NOW).validated(NOW);
            assertThat(job.companyId())
                    .isIn(IntStream.range(0, 20).mapToObj(data::companyId).toList());
            assertThat(List.<Enum<?>>of(job.jobType(), job.experienceLevel(), job.remoteType(), job.status()))
                    .allSatisfy(value -> assertThat(value.name()).isNotEqualTo("UNKNOWN"));
            assertThat(job.status().name()).isEqualTo("OPEN");
            assertThat(job.salaryMin()).isLessThan(job.salaryMax());
            assertThat(job.experienceMin()).isLessThanOrEqualTo(job.experienceMax());
            assertThat(job.expiresAt()).isAfter(NOW);
            assertThat(job.required()).isNotEmpty();
            assertThat(job.required()).doesNotContainAnyElementsOf(job.preferred());
            assertThat(job.required())
                    .allSatisfy(tag -> assertThat(SkillMaster.find(tag.name())).isPresent());

            final SyntheticData.GeneratedResume resume = data.resume(i);
            resume.jobseeker().validated();
            resume.resume().validated();
            assertThat(resume.jobseeker().desiredSalaryMin())
                    .isLessThan(resume.jobseeker().desiredSalaryMax());
            assertThat(resume.jobseeker().skills()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void shouldMixKoreanAndEnglishAndEveryFileFormat() {
        final SyntheticData data = new SyntheticData(11, 5);
        final Map<ResumeFiles.Format, Integer> formats = new EnumMap<>(ResumeFiles.Format.class);
        int korean = 0;
        for (int i = 0; i < 200; i++) {
            final SyntheticData.GeneratedResume resume = data.resume(i);
            formats.merge(resume.format(), 1, Integer::sum);
            korean += resume.person().korean() ? 1 : 0;
            assertThat(resume.resume().fileName())
                    .endsWith("." + resume.format().extension());
            if (resume.format() == ResumeFiles.Format.PDF) {
                assertThat(resume.person().korean())
                        .as("PDFs are English: base-14 fonts have no Hangul")
                        .isFalse();
            }
        }
        assertThat(formats.keySet()).containsExactlyInAnyOrder(ResumeFiles.Format.values());
        assertThat(korean).isBetween(100, 180);
    }

    @Test
    void shouldPutNamePhoneEmailAndAddressIntoEveryResumeFileForTheMaskerToRemove() {
        final SyntheticData data = new SyntheticData(5, 5);
        final PiiMasker masker = new PiiMasker();
        for (int i = 0; i < 30; i++) {
            final SyntheticData.GeneratedResume resume = data.resume(i);
            final Person person = resume.person();
            final String text = text(resume);

            assertThat(text).contains(person.name(), person.phone(), person.email(), person.address());
            final MaskingResult masked = masker.mask(text);
            assertThat(masked.maskedText())
                    .as(resume.format() + " " + resume.resume().fileName())
                    .doesNotContain(person.email(), person.phone());
        }
    }

    @Test
    void shouldCoverEveryCategoryInTheSkillMaster() {
        final List<NewSkillTag> tags = new SyntheticData(1, 1).skillTags();

        assertThat(tags)
                .extracting(NewSkillTag::category)
                .doesNotContainNull()
                .extracting(Enum::name)
                .contains("LANGUAGE", "FRAMEWORK", "DATABASE", "CLOUD");
        assertThat(tags)
                .extracting(NewSkillTag::name)
                .doesNotHaveDuplicates()
                .contains("Java", "Spring Boot", "PostgreSQL", "AWS");
    }

    private String text(final SyntheticData.GeneratedResume resume) {
        return extractor
                .extract(resume.resume().content(), resume.resume().fileName())
                .text();
    }
}
