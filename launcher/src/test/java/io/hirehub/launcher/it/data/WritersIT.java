package io.hirehub.launcher.it.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.JobType;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.avro.entity.SkillCategory;
import io.hirehub.avro.event.JobCreated;
import io.hirehub.avro.event.JobUpdated;
import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.edge.write.ConflictException;
import io.hirehub.edge.write.InvalidFieldException;
import io.hirehub.edge.write.JobChanges;
import io.hirehub.edge.write.NewCompany;
import io.hirehub.edge.write.NewJob;
import io.hirehub.edge.write.NewJobseeker;
import io.hirehub.edge.write.NewResume;
import io.hirehub.edge.write.NewSkillTag;
import io.hirehub.launcher.data.DataTargets;
import io.hirehub.testsupport.SharedStack;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The system-of-record writers against the embedded stack: rows, outbox rows, S3 objects, and nothing on bad input. */
class WritersIT {

    private final DataTargets targets = DataStack.targets();

    @Test
    void shouldCreateACompanyWithItsMemberUsersInOneTransaction() throws Exception {
        final UUID id = targets.companies()
                .create(company("한빛테크 " + UUID.randomUUID(), "hr-" + UUID.randomUUID() + "@example.com"));

        assertThat(DataStack.column("SELECT company_size FROM itdata_user.companies WHERE id = ?", id))
                .containsExactly("51-200");
        assertThat(DataStack.column(
                        "SELECT u.user_type || ' ' || u.cognito_sub FROM itdata_user.company_members m"
                                + " JOIN itdata_user.users u ON u.id = m.user_id WHERE m.company_id = ?",
                        id))
                .singleElement()
                .asString()
                .startsWith("company local:");
    }

    @Test
    void shouldRefuseADuplicateEmailAndWriteNothing() throws Exception {
        final String email = "dup-" + UUID.randomUUID() + "@example.com";
        targets.companies().create(company("first " + UUID.randomUUID(), email));
        final String second = "second " + UUID.randomUUID();

        assertThatThrownBy(() -> targets.companies().create(company(second, email)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("users_email_key");
        assertThat(DataStack.count("SELECT count(*) FROM itdata_user.companies WHERE name = ?", second))
                .isZero();
    }

    @Test
    void shouldCreateAJobseekerWithProfile() throws Exception {
        final UUID user = targets.jobseekers()
                .create(new NewJobseeker(
                        null,
                        null,
                        "js-" + UUID.randomUUID() + "@example.com",
                        "김민준",
                        "010-1234-5678",
                        5,
                        "백엔드 개발자",
                        5000,
                        7000,
                        List.of("Java", "Kafka")));

        assertThat(DataStack.column(
                        "SELECT array_to_string(skills, ',') FROM itdata_user.jobseeker_profiles"
                                + " WHERE user_id = ?",
                        user))
                .containsExactly("Java,Kafka");
        assertThat(DataStack.column("SELECT user_type FROM itdata_user.users WHERE id = ?", user))
                .containsExactly("jobseeker");
    }

    @Test
    void shouldCreateAJobWithSkillsAndAJobCreatedOutboxRow() throws Exception {
        final UUID company = UUID.randomUUID();
        final UUID job = targets.jobs().create(job(company, 5000, 7000));

        assertThat(DataStack.column("SELECT status FROM itdata_job.jobs WHERE id = ?", job))
                .containsExactly("open");
        assertThat(DataStack.column(
                        "SELECT t.name || ':' || s.is_required FROM itdata_job.job_skills s"
                                + " JOIN itdata_job.skill_tags t ON t.id = s.skill_id WHERE s.job_id = ? ORDER BY 1",
                        job))
                .containsExactly("Java:true", "Kafka:false", "Spring Boot:true");
        final List<Object> payloads = DataStack.column(
                "SELECT payload FROM itdata_job.job_outbox"
                        + " WHERE aggregate_id = ? AND event_type = 'job.created' AND aggregate_type = 'job'",
                job.toString());
        assertThat(payloads).hasSize(1);
        final JobCreated event = DataStack.decode((byte[]) payloads.get(0), "job.created", JobCreated.class);
        assertThat(event.getJobId()).isEqualTo(job);
        assertThat(event.getCompanyId()).isEqualTo(company);
        assertThat(DataStack.column("SELECT id FROM itdata_job.job_outbox WHERE aggregate_id = ?", job.toString()))
                .containsExactly(event.getEventId());
    }

    @Test
    void shouldWriteJobUpdatedWithOnlyTheColumnsThatChanged() throws Exception {
        final UUID job = targets.jobs().create(job(UUID.randomUUID(), 5000, 7000));

        final List<String> changed = targets.jobUpdater()
                .update(job, JobChanges.none().withTitle("Senior Data Engineer").withSalary(5000, 9000));
        final List<String> again =
                targets.jobUpdater().update(job, JobChanges.none().withSalary(5000, 9000));

        assertThat(changed).containsExactly("title", "salary_max");
        assertThat(again).isEmpty();
        final List<Object> payloads = DataStack.column(
                "SELECT payload FROM itdata_job.job_outbox" + " WHERE aggregate_id = ? AND event_type = 'job.updated'",
                job.toString());
        assertThat(payloads).hasSize(1);
        assertThat(DataStack.decode((byte[]) payloads.get(0), "job.updated", JobUpdated.class)
                        .getUpdatedFields())
                .containsExactly("title", "salary_max");
    }

    @Test
    void shouldRefuseAnInvalidJobAndWriteNothing() throws Exception {
        final UUID company = UUID.randomUUID();

        assertThatThrownBy(() -> targets.jobs().createAll(List.of(job(company, 5000, 6000), job(company, 9000, 7000))))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("jobs[1].salary_max: must not be less than salary_min (7000 < 9000)");
        assertThat(DataStack.count("SELECT count(*) FROM itdata_job.jobs WHERE company_id = ?", company))
                .isZero();
    }

    @Test
    void shouldUploadTheFileThenWriteTheRowAndResumeUploaded() throws Exception {
        final UUID user = UUID.randomUUID();
        final NewResume resume = new NewResume(
                null, user, "백엔드 이력서", "홍길동_이력서.txt", "홍길동 010-1234-5678".getBytes(StandardCharsets.UTF_8), true);

        final UUID id = targets.resumes().upload(resume);

        final String key = "original/" + user + "/" + id + "/홍길동_이력서.txt";
        assertThat(DataStack.objectExists(key)).isTrue();
        final String url = "s3://" + SharedStack.get().bucket() + "/" + key;
        assertThat(DataStack.column(
                        "SELECT status || ' ' || file_type || ' ' || original_file_url FROM"
                                + " itdata_resume.resumes WHERE id = ?",
                        id))
                .containsExactly("processing txt " + url);
        final List<Object> payloads = DataStack.column(
                "SELECT payload FROM itdata_resume.resume_outbox"
                        + " WHERE aggregate_id = ? AND event_type = 'resume.uploaded'",
                id.toString());
        final ResumeUploaded event =
                DataStack.decode((byte[]) payloads.get(0), "resume.uploaded", ResumeUploaded.class);
        assertThat(event.getFileUrl()).isEqualTo(url);
        assertThat(event.getUserId()).isEqualTo(user);
    }

    @Test
    void shouldDeleteTheUploadedFileWhenTheTransactionFails() throws Exception {
        final UUID id =
                targets.resumes().upload(new NewResume(null, UUID.randomUUID(), null, "a.txt", new byte[] {1}, false));
        final UUID otherUser = UUID.randomUUID();

        assertThatThrownBy(() ->
                        targets.resumes().upload(new NewResume(id, otherUser, null, "b.txt", new byte[] {2}, false)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("resumes_pkey");
        assertThat(DataStack.objectExists("original/" + otherUser + "/")).isFalse();
    }

    @Test
    void shouldRefuseAnUnsupportedFileTypeBeforeUploading() throws Exception {
        final UUID user = UUID.randomUUID();

        assertThatThrownBy(() ->
                        targets.resumes().upload(new NewResume(null, user, null, "cv.exe", new byte[] {1}, false)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("original_file_name: must end in .pdf, .docx or .txt, was 'cv.exe'");
        assertThat(DataStack.objectExists("original/" + user + "/")).isFalse();
        assertThat(DataStack.count("SELECT count(*) FROM itdata_resume.resumes WHERE user_id = ?", user))
                .isZero();
    }

    private static NewCompany company(final String name, final String email) {
        return new NewCompany(
                null,
                name,
                null,
                "IT/소프트웨어",
                "51-200",
                "서울 강남구",
                null,
                "설명",
                List.of(new NewCompany.Member(null, null, email, "김인사", "인사팀장", true)));
    }

    private static NewJob job(final UUID company, final int salaryMin, final int salaryMax) {
        final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new NewJob(
                null,
                company,
                "백엔드 개발자 (Java/Spring)",
                "주문 API",
                "3년 이상",
                JobType.FULL_TIME,
                ExperienceLevel.MID,
                3,
                7,
                salaryMin,
                salaryMax,
                "서울 강남구",
                RemoteType.HYBRID,
                JobStatus.OPEN,
                now,
                now.plus(30, ChronoUnit.DAYS),
                List.of(
                        new NewSkillTag("Java", SkillCategory.LANGUAGE),
                        new NewSkillTag("Spring Boot", SkillCategory.FRAMEWORK)),
                List.of(new NewSkillTag("Kafka", SkillCategory.FRAMEWORK)));
    }
}
