package io.hirehub.launcher.it.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hirehub.apps.match.MatchingApp;
import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.JobType;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.avro.entity.SkillCategory;
import io.hirehub.edge.write.NewCompany;
import io.hirehub.edge.write.NewJob;
import io.hirehub.edge.write.NewJobseeker;
import io.hirehub.edge.write.NewResume;
import io.hirehub.edge.write.NewSkillTag;
import io.hirehub.launcher.data.DataTargets;
import io.hirehub.launcher.it.DevStackParts;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import io.hirehub.topologies.match.query.MatchStore;
import io.hirehub.topologies.match.topology.Values;
import io.hirehub.topologies.query.ReadFrom;
import io.hirehub.topologies.query.StoreUnavailableException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The whole chain with no shortcut: a resume file uploaded through the system of record (S3 object,
 * rows, outbox event) → CDC → the resume pipeline (text, PII masking, parsing, embedding) → its
 * profile → matching against a job committed in PostgreSQL → the job's top-N and the
 * {@code matches} row name the resume and its owner.
 */
class ResumeToMatchIT {

    private static final Duration WAIT = ItTimeouts.WAIT;

    @Test
    void shouldMatchAnUploadedResumeAnalysedByThePipelineToAnOpenJob() throws Exception {
        final SharedStack stack = SharedStack.get();
        final MatchingApp matching = DevStackParts.matching(stack);
        final String tag = UUID.randomUUID().toString().substring(0, 8);
        try (DataTargets targets = DevStackParts.targets(stack)) {
            final UUID company = targets.companies()
                    .create(new NewCompany(
                            null,
                            "파이프테크 " + tag,
                            null,
                            "IT/소프트웨어",
                            "51-200",
                            "서울 강남구",
                            null,
                            "설명",
                            List.of(new NewCompany.Member(
                                    null, null, "hr-" + tag + "@example.com", "박인사", "인사팀장", true))));
            final Instant now = Instant.now();
            final UUID job = targets.jobs()
                    .create(new NewJob(
                            null,
                            company,
                            "백엔드 개발자 (Java/Kafka) " + tag,
                            "주문 API 와 Kafka 스트림 처리",
                            "Java 3년 이상",
                            JobType.FULL_TIME,
                            ExperienceLevel.MID,
                            3,
                            7,
                            5000,
                            7000,
                            "서울 강남구",
                            RemoteType.HYBRID,
                            JobStatus.OPEN,
                            now,
                            now.plus(30, ChronoUnit.DAYS),
                            List.of(
                                    new NewSkillTag("Java", SkillCategory.LANGUAGE),
                                    new NewSkillTag("Kafka", SkillCategory.FRAMEWORK)),
                            List.of(new NewSkillTag("PostgreSQL", SkillCategory.DATABASE))));
            final UUID user = targets.jobseekers()
                    .create(new NewJobseeker(
                            null,
                            null,
                            "dev-" + tag + "@example.com",
                            "정하늘",
                            "010-3456-7890",
                            5,
                            "백엔드 개발자",
                            5000,
                            7000,
                            List.of("Java", "Kafka")));
            final String text = String.join(
                    "\n",
                    "이름: 정하늘",
                    "연락처: 010-3456-7890",
                    "희망 직무: 백엔드 개발자",
                    "",
                    "경력",
                    "2019.03 - 2024.02 하이어커머스 백엔드 개발자",
                    "- Java, Spring Boot 로 주문 API 개발",
                    "- Kafka 스트림 처리와 PostgreSQL 운영",
                    "",
                    "기술: Java, Kafka, Spring Boot, PostgreSQL");
            final UUID resume = targets.resumes()
                    .upload(new NewResume(
                                    null, user, "백엔드 이력서", "resume.txt", text.getBytes(StandardCharsets.UTF_8), true)
                            .validated());

            await().atMost(WAIT)
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(StoreUnavailableException.class)
                    .untilAsserted(() -> assertThat(
                                    matching.queries().topMatches(job.toString(), 0, 20, ReadFrom.ACTIVE))
                            .get()
                            .satisfies(top -> {
                                assertThat(top.complete()).isTrue();
                                assertThat(top.page().items())
                                        .extracting(Values.RankedMatch::resumeId)
                                        .contains(resume.toString());
                            }));
            final Values.RankedMatch ranked =
                    matching
                            .queries()
                            .topMatches(job.toString(), 0, 20, ReadFrom.ACTIVE)
                            .orElseThrow()
                            .page()
                            .items()
                            .stream()
                            .filter(m -> m.resumeId().equals(resume.toString()))
                            .findFirst()
                            .orElseThrow();
            assertThat(ranked.userId()).isEqualTo(user.toString());
            // The other reads of the port: the pair's detail and, past the threshold, the user's list.
            final PairKey pair = new PairKey(job.toString(), resume.toString());
            assertThat(matching.queries().detail(pair, ReadFrom.ACTIVE))
                    .get()
                    .satisfies(detail -> assertThat(detail.getOverallScore()).isEqualByComparingTo(ranked.score()));
            assertThat(matching.queries().detail(pair, ReadFrom.ACTIVE_OR_STANDBY))
                    .isPresent();
            assertThat(matching.queries().topMatches(job.toString(), 1_000, 5, ReadFrom.ACTIVE))
                    .get()
                    .satisfies(page -> assertThat(page.page().items()).isEmpty());
            assertThat(matching.queries()
                            .detail(
                                    new PairKey(
                                            job.toString(), UUID.randomUUID().toString()),
                                    ReadFrom.ACTIVE))
                    .isEmpty();
            // dev's matching has no application.server: every key is its own, no partition known.
            assertThat(matching.queries()
                            .owners(MatchStore.DETAIL, pair.format())
                            .local())
                    .isTrue();
            await().atMost(WAIT)
                    .pollInterval(Duration.ofMillis(250))
                    .untilAsserted(
                            () -> assertThat(matchRowUser(stack, job, resume)).isEqualTo(user.toString()));
        }
    }

    private static String matchRowUser(final SharedStack stack, final UUID job, final UUID resume) throws Exception {
        try (Connection c = stack.connection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT user_id::text FROM match_service.matches WHERE job_id = ? AND resume_id = ?")) {
            ps.setObject(1, job);
            ps.setObject(2, resume);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
