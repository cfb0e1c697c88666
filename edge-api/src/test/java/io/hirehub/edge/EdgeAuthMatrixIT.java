package io.hirehub.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hirehub.edge.EdgeClient.Answer;
import io.hirehub.edge.EdgeClient.User;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.testsupport.ResumeFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every owned route with its owner, another user of the same type, a user of the other type and no
 * token: the owner succeeds, the others get 403 (401 without a token), and a refused write changes
 * nothing. Bad tokens (foreign key, expired, not a bearer) are 401 on every route.
 */
class EdgeAuthMatrixIT {

    private static final EdgeClient CLIENT = new EdgeClient();

    private static User member;
    private static User otherMember;
    private static User jobseeker;
    private static User otherJobseeker;
    private static UUID company;
    private static UUID draftJob;
    private static String profile;
    private static String resume;

    /** A route call as one caller (token may be null). */
    private record Call(String name, BiFunction<EdgeClient, String, Answer> send) {}

    @BeforeAll
    static void fixtures() throws Exception {
        member = CLIENT.user("company");
        otherMember = CLIENT.user("company");
        jobseeker = CLIENT.user("jobseeker");
        otherJobseeker = CLIENT.user("jobseeker");
        company = CLIENT.company(member);
        CLIENT.company(otherMember);
        draftJob = CLIENT.job(member, company, "draft");
        profile = CLIENT.post("/v1/jobseeker-profiles", jobseeker.token(), Map.of("name", "owner"))
                .json()
                .path("id")
                .asText();
        CLIENT.post("/v1/jobseeker-profiles", otherJobseeker.token(), Map.of("name", "other"));
        resume = CLIENT.upload(jobseeker.token(), "cv.pdf", ResumeFixtures.pdf(), Map.of())
                .json()
                .path("id")
                .asText();
        final PairKey pair = new PairKey(draftJob.toString(), resume);
        EdgeStack.execute(
                "INSERT INTO itedge_match.matches (id, job_id, resume_id, user_id, overall_score) VALUES (?, ?, ?::uuid, ?, 70)",
                pair.matchId(),
                draftJob,
                resume,
                jobseeker.id());
    }

    @Test
    void shouldLetOnlyTheCompanysMembersReadAndChangeItsJobs() throws Exception {
        final List<Call> calls = List.of(
                new Call("GET draft job", (c, t) -> c.get("/v1/jobs/" + draftJob, t)),
                new Call("PATCH job", (c, t) -> c.patch("/v1/jobs/" + draftJob, t, Map.of("location", "Busan"))),
                new Call("GET members", (c, t) -> c.get("/v1/companies/" + company + "/members", t)),
                new Call(
                        "POST job",
                        (c, t) -> c.post("/v1/jobs", t, Map.of("company_id", company.toString(), "title", "matrix"))));
        for (final Call call : calls) {
            expect(call, member, 200, 201);
            expect(call, otherMember, 403);
            expect(call, jobseeker, 403);
            expect(call, null, 401);
        }
        assertThat(EdgeStack.column("SELECT location FROM itedge_job.jobs WHERE id = ?", draftJob))
                .containsExactly("Busan");
        assertThat(EdgeStack.count(
                        "SELECT count(*) FROM itedge_job.jobs WHERE company_id = ? AND title = 'matrix'", company))
                .isEqualTo(1);
    }

    @Test
    void shouldLetOnlyTheJobseekerReadAndChangeItsProfileAndResumes() throws Exception {
        final List<Call> calls = List.of(
                new Call("GET profile", (c, t) -> c.get("/v1/jobseeker-profiles/" + profile, t)),
                new Call(
                        "PATCH profile",
                        (c, t) -> c.patch("/v1/jobseeker-profiles/" + profile, t, Map.of("desired_position", "SRE"))),
                new Call("GET resume", (c, t) -> c.get("/v1/resumes/" + resume, t)),
                new Call("GET download", (c, t) -> c.get("/v1/resumes/" + resume + "/download", t)),
                new Call("GET resumes of user", (c, t) -> c.get("/v1/resumes?user_id=" + jobseeker.id(), t)),
                new Call("GET user", (c, t) -> c.get("/v1/users/" + jobseeker.id(), t)));
        for (final Call call : calls) {
            expect(call, jobseeker, 200);
            expect(call, otherJobseeker, 403);
            expect(call, member, 403);
            expect(call, null, 401);
        }
        assertThat(EdgeStack.column(
                        "SELECT desired_position FROM itedge_user.jobseeker_profiles WHERE id = ?::uuid", profile))
                .containsExactly("SRE");
    }

    @Test
    void shouldLetOnlyThePairsSidesGiveFeedback() throws Exception {
        final Call feedback = new Call(
                "POST feedback",
                (c, t) -> c.post(
                        "/v1/matches/" + draftJob + "/" + resume + "/feedback",
                        t,
                        Map.of("feedback_type", "not_helpful")));
        expect(feedback, jobseeker, 201);
        expect(feedback, member, 201);
        expect(feedback, otherJobseeker, 403);
        expect(feedback, otherMember, 403);
        expect(feedback, null, 401);
        assertThat(EdgeStack.count(
                        "SELECT count(*) FROM itedge_match.match_feedback WHERE match_id = ?",
                        new PairKey(draftJob.toString(), resume).matchId()))
                .isEqualTo(2);
    }

    @Test
    void shouldLetOnlyTheCompanysMembersGatherItsBestCandidates() {
        // No open job here (drafts only), so the member's answer needs no matching (which this JVM lacks).
        final Call best = new Call("GET company matches", (c, t) -> c.get("/v1/companies/" + company + "/matches", t));
        expect(best, member, 200);
        expect(best, otherMember, 403);
        expect(best, jobseeker, 403);
        expect(best, null, 401);
        final JsonNode none = CLIENT.get("/v1/companies/" + company + "/matches", member.token())
                .json();
        assertThat(none.path("matches")).isEmpty();
        assertThat(none.path("open_jobs").asInt()).isZero();
        assertThat(none.path("pending_job_ids")).isEmpty();
        final String unknown = UUID.randomUUID().toString();
        assertThat(CLIENT.get("/v1/companies/" + unknown + "/matches", member.token())
                        .problem(404)
                        .path("detail")
                        .asText())
                .isEqualTo("no company " + unknown);

        final Map<String, Object> body =
                Map.of("company_id", company.toString(), "job_ids", List.of(draftJob.toString()), "per_job", 5);
        final Call internal = new Call("POST job tops", (c, t) -> c.post("/v1/internal/matching/job-tops", t, body));
        expect(internal, otherMember, 403);
        expect(internal, jobseeker, 403);
        expect(internal, null, 401);
        final Answer here = CLIENT.post("/v1/internal/matching/job-tops", member.token(), body);
        assertThat(here.header("Retry-After")).isEqualTo("1");
        assertThat(here.problem(503).path("detail").asText())
                .isEqualTo("matching does not run on this instance; retry shortly");
        assertThat(CLIENT.post(
                                "/v1/internal/matching/job-tops",
                                member.token(),
                                Map.of("company_id", company.toString(), "job_ids", List.of(unknown), "per_job", 5))
                        .problem(403)
                        .path("detail")
                        .asText())
                .isEqualTo("job " + unknown + " is not of company " + company);
    }

    @Test
    void shouldRefuseBadTokensOnEveryRoute() {
        final EdgeStack edge = EdgeStack.get();
        final List<String> paths = List.of(
                "/v1/users/me", "/v1/jobs/" + draftJob, "/v1/resumes/" + resume, "/v1/jobseeker-profiles/" + profile);
        final List<String> details = new ArrayList<>();
        for (final String path : paths) {
            details.add(CLIENT.get(path, edge.foreignToken(jobseeker.subject()))
                    .problem(401)
                    .path("detail")
                    .asText());
            details.add(CLIENT.get(path, edge.expiredToken(jobseeker.subject()))
                    .problem(401)
                    .path("detail")
                    .asText());
            details.add(
                    CLIENT.get(path, "not.a.jwt").problem(401).path("detail").asText());
            final Answer none = CLIENT.get(path, null);
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
            details.add(none.problem(401).path("detail").asText());
        }
        assertThat(details)
                .contains(
                        "Signed JWT rejected: Another algorithm expected, or no matching key(s) found",
                        "Expired JWT",
                        "the token is not a JWT",
                        "no bearer token (send Authorization: Bearer <token>)");
    }

    @Test
    void shouldRefuseARegisteredRouteToAnUnregisteredSubject() {
        final JsonNode problem = CLIENT.get(
                        "/v1/jobs/" + draftJob, EdgeStack.get().token("it-nobody-" + UUID.randomUUID()))
                .problem(403);

        assertThat(problem.path("detail").asText())
                .isEqualTo("the token's subject is not a registered HireHub user; register with POST /v1/users first");
    }

    private static void expect(final Call call, final User caller, final int... allowed) {
        final Answer answer = call.send().apply(CLIENT, caller == null ? null : caller.token());
        assertThat(answer.status())
                .as("%s as %s: %s", call.name(), caller == null ? "no token" : caller.subject(), answer.body())
                .isIn(java.util.Arrays.stream(allowed).boxed().toList());
    }
}
