package io.hirehub.launcher.data;

import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.JobType;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.edge.write.NewCompany;
import io.hirehub.edge.write.NewJob;
import io.hirehub.edge.write.NewJobseeker;
import io.hirehub.edge.write.NewResume;
import io.hirehub.edge.write.NewSkillTag;
import io.hirehub.schemas.values.CompanySize;
import io.hirehub.schemas.values.SeedValues;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The deterministic synthetic data set of {@code hirehub seed}: entity {@code i} of each kind is a
 * pure function of (seed, kind, i), ids included. Only {@code posted_at}/{@code expires_at} follow
 * the clock, so jobs are open when loaded.
 */
final class SyntheticData {

    /** A generated jobseeker with the resume file they upload. */
    record GeneratedResume(Person person, NewJobseeker jobseeker, NewResume resume, ResumeFiles.Format format) {}

    private final long seed;
    private final int companies;

    /**
     * @param seed      the run's seed
     * @param companies how many companies jobs are spread over (at least 1 when jobs are generated)
     */
    SyntheticData(final long seed, final int companies) {
        this.seed = seed;
        this.companies = companies;
    }

    List<NewSkillTag> skillTags() {
        return SkillMaster.all().stream().map(SkillMaster.Skill::tag).toList();
    }

    UUID companyId(final int index) {
        return SeedRandom.of(seed, "company", index).uuid();
    }

    NewCompany company(final int index) {
        final SeedRandom r = SeedRandom.of(seed, "company", index);
        final UUID id = r.uuid();
        final boolean korean = r.chance(0.65);
        final String name = korean
                ? (r.chance(0.4) ? "(주)" : "")
                        + r.pick(Vocabulary.KO_COMPANY_STEM)
                        + r.pick(Vocabulary.KO_COMPANY_SUFFIX)
                : r.pick(Vocabulary.EN_COMPANY_STEM) + " " + r.pick(Vocabulary.EN_COMPANY_SUFFIX);
        final String industry = r.pick(Vocabulary.INDUSTRIES);
        final String size = r.pick(SeedValues.sqlValues(CompanySize.class));
        final String location = r.pick(Vocabulary.LOCATIONS);
        final String business = r.digits(3) + "-" + r.digits(2) + "-" + r.digits(5);
        final String description = korean
                ? name + "는 " + industry + " 분야에서 " + location + "를 거점으로 성장하고 있는 회사입니다."
                : name + " is a " + industry + " company based in " + location + ".";
        final List<NewCompany.Member> members = new ArrayList<>();
        final int memberCount = r.between(1, 3);
        for (int m = 0; m < memberCount; m++) {
            final String[] family = r.pick(Vocabulary.KO_FAMILY);
            final String[] given = r.pick(Vocabulary.KO_GIVEN);
            final String email = (given[1] + "." + family[1]).toLowerCase(Locale.ROOT) + "."
                    + Integer.toString(index, 36) + "m" + m + r.token(4) + "@" + r.pick(Vocabulary.EMAIL_DOMAINS);
            members.add(new NewCompany.Member(
                    r.uuid(), r.uuid(), email, family[0] + given[0], r.pick(Vocabulary.MEMBER_POSITIONS), m == 0));
        }
        return new NewCompany(
                id,
                name,
                business,
                industry,
                size,
                location,
                "https://cdn.example.com/logos/" + id + ".png",
                description,
                members);
    }

    NewJob job(final int index, final Instant now) {
        final SeedRandom r = SeedRandom.of(seed, "job", index);
        final UUID id = r.uuid();
        final int companyIndex = r.between(0, Math.max(0, companies - 1));
        final Roles.Role role = r.pick(Roles.ALL);
        final boolean korean = r.chance(0.65);
        final String title = korean ? r.pick(role.korean()) : r.pick(role.english());
        final ExperienceLevel level = r.pick(List.of(
                ExperienceLevel.ENTRY,
                ExperienceLevel.JUNIOR,
                ExperienceLevel.JUNIOR,
                ExperienceLevel.MID,
                ExperienceLevel.MID,
                ExperienceLevel.MID,
                ExperienceLevel.SENIOR,
                ExperienceLevel.SENIOR));
        final int[] years = switch (level) {
            case ENTRY -> new int[] {0, 1};
            case JUNIOR -> new int[] {1, 3};
            case MID -> new int[] {3, 7};
            default -> new int[] {7, r.between(10, 15)};
        };
        final int salaryMin = roundTo100(2800 + years[0] * 450 + r.between(0, 800));
        final int salaryMax = roundTo100(salaryMin + 800 + r.between(0, 2500));
        final List<String> core =
                r.sample(role.core(), r.between(2, Math.min(4, role.core().size())));
        final List<String> extra = r.sample(role.extra(), r.between(1, 3));
        final JobType type = r.chance(0.85) ? JobType.FULL_TIME : r.chance(0.7) ? JobType.CONTRACT : JobType.INTERN;
        final RemoteType remote = r.pick(
                List.of(RemoteType.ONSITE, RemoteType.ONSITE, RemoteType.HYBRID, RemoteType.HYBRID, RemoteType.REMOTE));
        final String location = remote == RemoteType.REMOTE ? "Remote" : r.pick(Vocabulary.LOCATIONS);
        final Instant posted = now.minus(Duration.ofMinutes(r.between(0, 30 * 24 * 60)));
        final Instant expires = posted.plus(Duration.ofDays(r.between(45, 120)));
        final String companyName = company(companyIndex).name();
        final String description = korean
                ? companyName + " " + title + " 채용\n\n" + role.workKo() + "\n\n주요 업무\n- "
                        + String.format(role.duties().jobKo(), String.join(", ", core)) + "\n\n우대 사항\n- "
                        + String.join(", ", extra) + " 경험"
                : companyName + " is hiring a " + title + ".\n\n" + role.workEn() + "\n\nWhat you will do\n- "
                        + String.format(role.duties().jobEn(), String.join(", ", core)) + "\n\nNice to have\n- "
                        + String.join(", ", extra);
        final String requirements = korean
                ? (years[0] == 0 ? "신입 가능" : years[0] + "년 이상 경력") + ", " + String.join(", ", core) + " 능숙자"
                : (years[0] == 0 ? "New graduates welcome" : years[0] + "+ years of experience") + "; strong "
                        + String.join(", ", core);
        return new NewJob(
                id,
                companyId(companyIndex),
                title,
                description,
                requirements,
                type,
                level,
                years[0],
                years[1],
                salaryMin,
                salaryMax,
                location,
                remote,
                JobStatus.OPEN,
                posted,
                expires,
                core.stream().map(SkillMaster::get).map(SkillMaster.Skill::tag).toList(),
                extra.stream()
                        .filter(s -> !core.contains(s))
                        .map(SkillMaster::get)
                        .map(SkillMaster.Skill::tag)
                        .toList());
    }

    /**
     * The application jobseeker {@code index} sends with its resume, if it applies (two in three do):
     * to one of {@code jobIds}, along one of {@link SeedApplication#PATHS}.
     */
    java.util.Optional<SeedApplication> application(
            final int index, final UUID userId, final UUID resumeId, final List<UUID> jobIds) {
        final SeedRandom r = SeedRandom.of(seed, "application", index);
        if (jobIds.isEmpty() || !r.chance(2.0 / 3)) {
            return java.util.Optional.empty();
        }
        final UUID id = r.uuid();
        final UUID job = jobIds.get(r.between(0, jobIds.size() - 1));
        return java.util.Optional.of(new SeedApplication(
                id,
                job,
                userId,
                resumeId,
                SeedApplication.PATHS.get(r.between(0, SeedApplication.PATHS.size() - 1)),
                r.between(1, 14)));
    }

    GeneratedResume resume(final int index) {
        final SeedRandom r = SeedRandom.of(seed, "person", index);
        final UUID userId = r.uuid();
        final UUID profileId = r.uuid();
        final UUID resumeId = r.uuid();
        final Person person = person(r, index);
        final ResumeFiles.Format format = person.korean()
                ? (r.chance(0.35) ? ResumeFiles.Format.DOCX : ResumeFiles.Format.TXT)
                : r.pick(List.of(
                        ResumeFiles.Format.PDF,
                        ResumeFiles.Format.PDF,
                        ResumeFiles.Format.DOCX,
                        ResumeFiles.Format.TXT));
        final NewJobseeker jobseeker = new NewJobseeker(
                userId,
                profileId,
                person.email(),
                person.name(),
                person.phone(),
                person.experienceYears(),
                person.position(),
                person.salaryMin(),
                person.salaryMax(),
                person.skills().stream().map(s -> s.skill().name()).toList());
        final String fileName =
                (person.korean() ? person.name() + "_이력서." : person.romanised().replace(' ', '_') + "_Resume.")
                        + format.extension();
        final byte[] content = ResumeFiles.render(ResumeText.lines(person), format);
        final String title = person.korean() ? person.position() + " 이력서" : person.position() + " resume";
        return new GeneratedResume(
                person, jobseeker, new NewResume(resumeId, userId, title, fileName, content, true), format);
    }

    private static Person person(final SeedRandom r, final int index) {
        final boolean korean = r.chance(0.7);
        final String[] family = r.pick(Vocabulary.KO_FAMILY);
        final String[] given = r.pick(Vocabulary.KO_GIVEN);
        final boolean westerner = !korean && r.chance(0.5);
        final String romanised =
                westerner ? r.pick(Vocabulary.EN_FIRST) + " " + r.pick(Vocabulary.EN_LAST) : given[1] + " " + family[1];
        final String name = korean ? family[0] + given[0] : romanised;
        final String email = romanised.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + Integer.toString(index, 36)
                + r.token(5) + "@" + r.pick(Vocabulary.EMAIL_DOMAINS);
        final String phone = korean || r.chance(0.6)
                ? (korean ? "" : "+82 ") + (korean ? "010" : "10") + "-" + r.digits(4) + "-" + r.digits(4)
                : "+1 415-555-" + r.digits(4);
        final String address = korean
                ? r.pick(Vocabulary.KO_STREETS) + " " + r.between(1, 500) + ", " + r.between(101, 120) + "동 "
                        + r.between(1, 25) + "0" + r.between(1, 9) + "호"
                : r.between(1, 500) + " " + r.pick(Vocabulary.EN_STREETS);
        final String birth = r.between(1975, 2002) + "." + two(r.between(1, 12)) + "." + two(r.between(1, 28));
        final Roles.Role role = r.pick(Roles.ALL);
        final int years = r.pick(List.of(0, 1, 2, 3, 3, 4, 5, 5, 6, 7, 8, 10, 12, 15));
        final String position =
                korean ? role.position().get(0) : role.position().get(1);
        final int salaryMin = roundTo100(2800 + years * 420 + r.between(0, 600));
        final int salaryMax = roundTo100(salaryMin + r.between(500, 2000));
        final List<String> names =
                new ArrayList<>(r.sample(role.core(), r.between(2, role.core().size())));
        for (final String extra : r.sample(role.extra(), r.between(1, 3))) {
            if (!names.contains(extra)) {
                names.add(extra);
            }
        }
        final List<Person.SkillYears> skills = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            skills.add(new Person.SkillYears(
                    SkillMaster.get(names.get(i)), Math.max(1, Math.min(years, years - i + r.between(-1, 1)))));
        }
        final List<Person.Employer> employers = employers(r, korean, role, years);
        return new Person(
                korean,
                name,
                romanised,
                email,
                phone,
                address,
                birth,
                role,
                years,
                position,
                salaryMin,
                salaryMax,
                List.copyOf(skills),
                employers,
                korean ? r.pick(Vocabulary.KO_SCHOOLS) : r.pick(Vocabulary.EN_SCHOOLS),
                korean ? r.pick(role.duties().majorsKo()) : r.pick(role.duties().majorsEn()));
    }

    private static List<Person.Employer> employers(
            final SeedRandom r, final boolean korean, final Roles.Role role, final int years) {
        final List<Person.Employer> out = new ArrayList<>();
        int toYear = 0;
        int toMonth = 0;
        int remaining = years;
        int end = 2026;
        while (remaining > 0 && out.size() < 3) {
            final int span = out.size() == 2 ? remaining : Math.max(1, Math.min(remaining, r.between(1, 5)));
            final int fromYear = end - span;
            final int fromMonth = r.between(1, 12);
            final String company = korean
                    ? (r.chance(0.5) ? "(주)" : "")
                            + r.pick(Vocabulary.KO_COMPANY_STEM)
                            + r.pick(Vocabulary.KO_COMPANY_SUFFIX)
                    : r.pick(Vocabulary.EN_COMPANY_STEM) + " " + r.pick(Vocabulary.EN_COMPANY_SUFFIX);
            final String title = korean ? r.pick(role.korean()) : r.pick(role.english());
            out.add(new Person.Employer(company, title, fromYear, fromMonth, toYear, toMonth));
            toYear = fromYear;
            toMonth = fromMonth == 1 ? 12 : fromMonth - 1;
            end = fromYear;
            remaining -= span;
        }
        return List.copyOf(out);
    }

    private static int roundTo100(final int value) {
        return Math.round(value / 100f) * 100;
    }

    private static String two(final int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
