package io.hirehub.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hirehub.edge.EdgeClient.Answer;
import io.hirehub.edge.EdgeClient.User;
import io.hirehub.schemas.keys.PairKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The edge's writes against the embedded stack: each success writes its state row and its outbox
 * row; each refusal answers the exact problem and writes nothing; a retried Idempotency-Key creates
 * nothing twice.
 */
class EdgeWritesIT {

    private final EdgeClient client = new EdgeClient();

    @Test
    void shouldRegisterTheTokensSubjectOnce() throws Exception {
        final String subject = "it-register-" + UUID.randomUUID();
        final String token = EdgeStack.get().token(subject);

        final Answer created = client.post("/v1/users", token, Map.of("user_type", "jobseeker"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("email").asText()).isEqualTo(subject + "@example.com");
        assertThat(created.json().has("cognito_sub")).isFalse();
        assertThat(created.header("Location"))
                .isEqualTo("/v1/users/" + created.json().path("id").asText());
        assertThat(EdgeStack.column("SELECT user_type FROM itedge_user.users WHERE cognito_sub = ?", subject))
                .containsExactly("jobseeker");
        final Answer again = client.post("/v1/users", token, Map.of("user_type", "jobseeker"));
        assertThat(again.problem(409).path("detail").asText()).isEqualTo("the token's subject is already registered");
        assertThat(EdgeStack.count("SELECT count(*) FROM itedge_user.users WHERE cognito_sub = ?", subject))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseAnUnknownUserTypeAnAdminAndAnUnknownFieldWritingNothing() throws Exception {
        final String subject = "it-bad-user-" + UUID.randomUUID();
        final String token = EdgeStack.get().token(subject);

        final JsonNode unknown =
                client.post("/v1/users", token, Map.of("user_type", "boss")).problem(400);
        assertThat(unknown.path("errors").get(0).path("field").asText()).isEqualTo("user_type");
        assertThat(unknown.path("errors").get(0).path("reason").asText())
                .isEqualTo("unknown value 'boss'; expected one of jobseeker, company, admin");
        assertThat(client.post("/v1/users", token, Map.of("user_type", "admin"))
                        .problem(403)
                        .path("detail")
                        .asText())
                .isEqualTo("admins cannot register themselves");
        final JsonNode typo = client.post("/v1/users", token, Map.of("user_type", "company", "emial", "x@example.com"))
                .problem(400);
        assertThat(typo.path("errors").get(0).path("field").asText()).isEqualTo("emial");
        assertThat(typo.path("errors").get(0).path("reason").asText()).isEqualTo("is not a field of this request");
        final JsonNode badEmail = client.post(
                        "/v1/users", token, Map.of("user_type", "company", "email", "not-an-email"))
                .problem(400);
        assertThat(badEmail.path("errors").get(0).path("field").asText()).isEqualTo("email");
        assertThat(EdgeStack.count("SELECT count(*) FROM itedge_user.users WHERE cognito_sub = ?", subject))
                .isZero();
    }

    @Test
    void shouldAnswerMalformedBodiesWithProblems() {
        final String token = EdgeStack.get().token("it-malformed-" + UUID.randomUUID());

        assertThat(client.postRaw(
                                "/v1/users",
                                token,
                                "application/json",
                                "{\"user_type\": ".getBytes(StandardCharsets.UTF_8))
                        .problem(400)
                        .path("detail")
                        .asText())
                .startsWith("the request body is not valid JSON (line 1");
        assertThat(client.postRaw("/v1/users", token, "text/plain", "hello".getBytes(StandardCharsets.UTF_8))
                        .problem(415)
                        .path("detail")
                        .asText())
                .isEqualTo("send the body as application/json, was text/plain");
        assertThat(client.postRaw("/v1/users", token, "application/json", new byte[0])
                        .problem(400)
                        .path("detail")
                        .asText())
                .isEqualTo("the request body is empty; a JSON object is expected");
        assertThat(client.post("/v1/users", token, Map.of("user_type", 7))
                        .problem(400)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("user_type");
    }

    @Test
    void shouldCreateACompanyWithTheCallerAsPrimaryMember() throws Exception {
        final User owner = client.user("company");

        final UUID company = client.company(owner);

        assertThat(EdgeStack.column(
                        "SELECT is_primary FROM itedge_user.company_members WHERE company_id = ? AND user_id = ?",
                        company,
                        owner.id()))
                .containsExactly(true);
        final Answer members = client.get("/v1/companies/" + company + "/members", owner.token());
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.json().get(0).path("user_id").asText())
                .isEqualTo(owner.id().toString());
    }

    @Test
    void shouldRefuseACompanyFromAJobseekerAndABadSizeWritingNothing() throws Exception {
        final User jobseeker = client.user("jobseeker");
        final User owner = client.user("company");
        final String name = "refused " + UUID.randomUUID();

        client.post("/v1/companies", jobseeker.token(), Map.of("name", name)).problem(403);
        final JsonNode size = client.post("/v1/companies", owner.token(), Map.of("name", name, "company_size", "huge"))
                .problem(400);
        assertThat(size.path("errors").get(0).path("field").asText()).isEqualTo("company_size");
        final JsonNode blank =
                client.post("/v1/companies", owner.token(), Map.of("name", " ")).problem(400);
        assertThat(blank.path("errors").get(0).path("field").asText()).isEqualTo("name");
        assertThat(blank.path("errors").get(0).path("reason").asText()).isEqualTo("is required");
        assertThat(EdgeStack.count("SELECT count(*) FROM itedge_user.companies WHERE name = ?", name))
                .isZero();
    }

    @Test
    void shouldPostAJobWithItsSkillsAndItsOutboxEventInOneTransaction() throws Exception {
        final User member = client.user("company");
        final UUID company = client.company(member);
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("company_id", company.toString());
        body.put("title", "Kafka Streams engineer");
        body.put("job_type", "full-time");
        body.put("experience_level", "senior");
        body.put("experience_min", 5);
        body.put("experience_max", 10);
        body.put("salary_min", 7000);
        body.put("salary_max", 9000);
        body.put("remote_type", "hybrid");
        body.put("status", "open");
        body.put("required_skills", List.of(Map.of("name", "Kafka", "category", "framework")));

        final Answer created = client.post("/v1/jobs", member.token(), body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        final String id = created.json().path("id").asText();
        assertThat(created.header("Location")).isEqualTo("/v1/jobs/" + id);
        assertThat(Long.parseLong(created.header("HireHub-Position"))).isPositive();
        assertThat(created.json().path("posted_at").asText()).isNotEmpty();
        assertThat(created.json().path("required_skills").get(0).path("name").asText())
                .isEqualTo("Kafka");
        assertThat(EdgeStack.column("SELECT event_type FROM itedge_job.job_outbox WHERE aggregate_id = ?", id))
                .containsExactly("job.created");
        assertThat(client.get("/v1/jobs/" + id, member.token())
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("open");
    }

    @Test
    void shouldNameEveryBadFieldOfAJobAndWriteNothing() throws Exception {
        final User member = client.user("company");
        final UUID company = client.company(member);
        final String title = "x".repeat(201);
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("company_id", company.toString());
        body.put("title", title);
        body.put("job_type", "fulltime");
        body.put("experience_min", 10);
        body.put("experience_max", 2);
        body.put("salary_min", 9000);
        body.put("salary_max", 7000);
        body.put("status", "closed");

        final JsonNode problem = client.post("/v1/jobs", member.token(), body).problem(400);

        final List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("job_type", "status", "title", "experience_max", "salary_max");
        assertThat(problem.path("detail").asText()).isEqualTo("5 fields are invalid");
        assertThat(problem.path("type").asText()).isEqualTo("/docs#problem-validation");
        assertThat(EdgeStack.count("SELECT count(*) FROM itedge_job.jobs WHERE company_id = ?", company))
                .isZero();
    }

    @Test
    void shouldNameARepeatedSkillByItsRequestField() throws Exception {
        final User member = client.user("company");
        final UUID company = client.company(member);
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("company_id", company.toString());
        body.put("title", "Data engineer");
        body.put("required_skills", List.of(Map.of("name", "Kafka"), Map.of("name", "Kafka")));
        body.put("preferred_skills", List.of(Map.of("name", "Java"), Map.of("name", "Java")));

        final JsonNode problem = client.post("/v1/jobs", member.token(), body).problem(400);

        final List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("required_skills[1]", "preferred_skills[1]");
        assertThat(EdgeStack.count("SELECT count(*) FROM itedge_job.jobs WHERE company_id = ?", company))
                .isZero();
    }

    @Test
    void shouldRefuseAJobForAnotherCompanyWritingNothing() throws Exception {
        final User member = client.user("company");
        final User outsider = client.user("company");
        final UUID company = client.company(member);
        client.company(outsider);

        final Answer refused = client.post(
                "/v1/jobs",
                outsider.token(),
                Map.of("company_id", company.toString(), "title", "not mine", "status", "open"));

        assertThat(refused.problem(403).path("detail").asText())
                .isEqualTo("only members of the company may post its jobs");
        assertThat(EdgeStack.count("SELECT count(*) FROM itedge_job.jobs WHERE company_id = ?", company))
                .isZero();
    }

    @Test
    void shouldMoveAJobDraftOpenClosedAndRefuseGoingBack() throws Exception {
        final User member = client.user("company");
        final UUID job = client.job(member, client.company(member), "draft");

        final Answer opened = client.patch("/v1/jobs/" + job, member.token(), Map.of("status", "open"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().path("posted_at").asText()).isNotEmpty();
        assertThat(client.patch("/v1/jobs/" + job, member.token(), Map.of("status", "closed"))
                        .status())
                .isEqualTo(200);

        final JsonNode back = client.patch("/v1/jobs/" + job, member.token(), Map.of("status", "open"))
                .problem(409);

        assertThat(back.path("detail").asText())
                .contains("status: cannot move from closed to open (draft → open → closed)");
        assertThat(EdgeStack.column("SELECT status FROM itedge_job.jobs WHERE id = ?", job))
                .containsExactly("closed");
        assertThat(EdgeStack.column(
                        "SELECT event_type FROM itedge_job.job_outbox WHERE aggregate_id = ? ORDER BY created_at",
                        job.toString()))
                .containsExactly("job.created", "job.updated", "job.updated");
    }

    @Test
    void shouldReplayARetriedPostWithTheSameIdempotencyKey() throws Exception {
        final User member = client.user("company");
        final UUID company = client.company(member);
        final String key = UUID.randomUUID().toString();
        final Map<String, Object> body =
                Map.of("company_id", company.toString(), "title", "Idempotent job", "status", "open");

        final Answer first = client.post("/v1/jobs", member.token(), body, "Idempotency-Key", key);
        final Answer retry = client.post("/v1/jobs", member.token(), body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("id")).isEqualTo(first.json().path("id"));
        assertThat(retry.header("HireHub-Position")).isEqualTo(first.header("HireHub-Position"));
        assertThat(EdgeStack.count("SELECT count(*) FROM itedge_job.jobs WHERE company_id = ?", company))
                .isEqualTo(1);
        assertThat(EdgeStack.count(
                        "SELECT count(*) FROM itedge_job.job_outbox WHERE aggregate_id = ?",
                        first.json().path("id").asText()))
                .isEqualTo(1);
        final JsonNode reused = client.post(
                        "/v1/jobs",
                        member.token(),
                        Map.of("company_id", company.toString(), "title", "Another job", "status", "open"),
                        "Idempotency-Key",
                        key)
                .problem(422);
        assertThat(reused.path("type").asText()).isEqualTo("/docs#problem-idempotency-key-reused");
        assertThat(EdgeStack.count("SELECT count(*) FROM itedge_job.jobs WHERE company_id = ?", company))
                .isEqualTo(1);
    }

    @Test
    void shouldKeepEachCallersIdempotencyKeysApart() throws Exception {
        final User first = client.user("company");
        final User second = client.user("company");
        final UUID firstCompany = client.company(first);
        final UUID secondCompany = client.company(second);
        final String key = "shared-" + UUID.randomUUID();

        final Answer one = client.post(
                "/v1/jobs",
                first.token(),
                Map.of("company_id", firstCompany.toString(), "title", "A"),
                "Idempotency-Key",
                key);
        final Answer two = client.post(
                "/v1/jobs",
                second.token(),
                Map.of("company_id", secondCompany.toString(), "title", "A"),
                "Idempotency-Key",
                key);

        assertThat(one.status()).isEqualTo(201);
        assertThat(two.status()).isEqualTo(201);
        assertThat(two.header("Idempotent-Replayed")).isNull();
        assertThat(two.json().path("id")).isNotEqualTo(one.json().path("id"));
    }

    @Test
    void shouldCreateAndChangeTheCallersProfileAndRefuseCrossedSalaries() throws Exception {
        final User jobseeker = client.user("jobseeker");

        final Answer created = client.post(
                "/v1/jobseeker-profiles",
                jobseeker.token(),
                Map.of("name", "김민준", "experience_years", 5, "desired_salary_min", 5000, "desired_salary_max", 7000));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        final String id = created.json().path("id").asText();

        final JsonNode crossed = client.patch(
                        "/v1/jobseeker-profiles/" + id,
                        jobseeker.token(),
                        Map.of("desired_salary_min", 9000, "desired_salary_max", 1000, "phone", "call me"))
                .problem(400);
        final List<String> fields = new ArrayList<>();
        crossed.path("errors").forEach(error -> fields.add(error.path("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("desired_salary_max", "phone");
        assertThat(EdgeStack.column(
                        "SELECT desired_salary_max FROM itedge_user.jobseeker_profiles WHERE id = ?::uuid", id))
                .containsExactly(7000);

        final Answer changed =
                client.patch("/v1/jobseeker-profiles/" + id, jobseeker.token(), Map.of("desired_position", "백엔드"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("desired_position").asText()).isEqualTo("백엔드");
        assertThat(changed.json().path("desired_salary_max").asInt()).isEqualTo(7000);
    }

    @Test
    void shouldRecordFeedbackOnAScoredMatchByItsSides() throws Exception {
        final User member = client.user("company");
        final UUID job = client.job(member, client.company(member), "open");
        final User jobseeker = client.user("jobseeker");
        final UUID resume = UUID.randomUUID();
        EdgeStack.execute(
                "INSERT INTO itedge_resume.resumes (id, user_id, title, status) VALUES (?, ?, 'cv', 'ready')",
                resume,
                jobseeker.id());
        final PairKey pair = new PairKey(job.toString(), resume.toString());
        EdgeStack.execute(
                "INSERT INTO itedge_match.matches (id, job_id, resume_id, user_id, overall_score) VALUES (?, ?, ?, ?, 80)",
                pair.matchId(),
                job,
                resume,
                jobseeker.id());
        final String path = "/v1/matches/" + job + "/" + resume + "/feedback";

        final Answer helpful = client.post(path, jobseeker.token(), Map.of("feedback_type", "helpful"));
        assertThat(helpful.status()).as(helpful.body()).isEqualTo(201);
        assertThat(client.post(path, member.token(), Map.of("feedback_type", "hired"))
                        .status())
                .isEqualTo(201);
        assertThat(client.post(path, jobseeker.token(), Map.of("feedback_type", "hired"))
                        .problem(403)
                        .path("detail")
                        .asText())
                .isEqualTo("a jobseeker's feedback is helpful or not_helpful; hired and rejected are the company's");
        assertThat(client.post(path, jobseeker.token(), Map.of("feedback_type", "meh"))
                        .problem(400)
                        .path("errors")
                        .get(0)
                        .path("field")
                        .asText())
                .isEqualTo("feedback_type");
        assertThat(client.post(path, client.user("jobseeker").token(), Map.of("feedback_type", "helpful"))
                        .problem(403))
                .isNotNull();

        assertThat(EdgeStack.column(
                        "SELECT feedback_type FROM itedge_match.match_feedback WHERE match_id = ? ORDER BY created_at",
                        pair.matchId()))
                .containsExactly("helpful", "hired");
    }
}
