package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.apps.match.MatchingApp;
import io.hirehub.apps.streams.StreamsAppSettings;
import io.hirehub.edge.EdgeServer;
import io.hirehub.edge.EdgeSettings;
import io.hirehub.edge.auth.LocalIssuer;
import io.hirehub.edge.auth.TokenVerifier;
import io.hirehub.edge.db.ServiceDatabases;
import io.hirehub.edge.matches.CompanyMatchGather;
import io.hirehub.edge.query.KeyRouter;
import io.hirehub.edge.query.QuerySettings;
import io.hirehub.edge.resumes.S3ResumeFiles;
import io.hirehub.launcher.edge.DevIssuer;
import io.hirehub.launcher.match.MatchingCommand;
import io.hirehub.launcher.match.MatchingStackComponent;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.endpoints.S3Clients;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.EmbeddedStack;
import io.hirehub.stack.Ports;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import io.hirehub.topologies.match.query.MatchQueries;
import io.hirehub.topologies.match.query.MatchStore;
import io.hirehub.topologies.query.KeyOwners;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

/**
 * Two instances of matching + edge on one embedded broker, as two pods would run: instance A is a
 * private {@code dev} stack (its matching's {@code application.server} is its edge), instance B a
 * second matching in the same consumer group with its own edge. A job's top owned by one instance is
 * answered through the other's edge by forwarding; once the owner stops, reads through the survivor
 * are 503 + Retry-After while the group rebalances, then the survivor's own answer, never a 500 and
 * never another job's list. A company's best candidates across its open jobs, whose tops live on both
 * instances, are gathered by either edge from both (each job once, from its active owner), and are
 * 503 + Retry-After, never a partial list, while an owner is gone.
 */
class EdgeTwoInstancesIT {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EdgeTwoInstancesIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldForwardToTheOwnerAndRecoverOnTheSurvivorWhenTheOwnerStops() throws Exception {
        final Path dir = Files.createTempDirectory("hirehub-it-two-");
        final HirehubSettings settings = SharedStack.testSettings(dir);
        try (EmbeddedStack a = EmbeddedStack.start(settings)) {
            final Endpoints endpoints = a.endpoints();
            final MatchingStackComponent matchingA =
                    a.component(MatchingStackComponent.class).orElseThrow();
            final int portB = Ports.freePort();
            final StreamsAppSettings streamsB = MatchingCommand.streamsSettings(
                            settings, endpoints.kafka(), Files.createDirectories(dir.resolve("matching-b")))
                    .withApplicationServer(new HostInfo("localhost", portB));
            final MatchingApp matchingB = MatchingApp.start(
                    streamsB,
                    settings.matching(),
                    settings.kafka().partitions(),
                    settings.analysis(),
                    DatabaseSetup.migrationSettings(endpoints.jdbc(), settings.postgres()),
                    endpoints.registry(),
                    new PartBoard());
            try (InstanceB b = InstanceB.start(settings, endpoints, portB, matchingB)) {
                matchingB.awaitRunning(ItTimeouts.WAIT);
                final String edgeA = endpoints.edge();
                final String edgeB = b.server.url();

                final String company = token(dir, endpoints, "it-two-co-" + UUID.randomUUID());
                final String seeker = token(dir, endpoints, "it-two-js-" + UUID.randomUUID());
                EdgeHttp.send(edgeA, company, "POST", "/v1/users", Map.of("user_type", "company"), 201);
                EdgeHttp.send(edgeA, seeker, "POST", "/v1/users", Map.of("user_type", "jobseeker"), 201);
                final String companyId = EdgeHttp.send(
                                edgeA, company, "POST", "/v1/companies", Map.of("name", "둘 " + UUID.randomUUID()), 201)
                        .path("id")
                        .asText();
                final String job = postJob(edgeA, company, companyId, "Kafka Streams backend engineer", "Kafka");
                final String resume = EdgeHttp.upload(
                                edgeA,
                                seeker,
                                "cv.txt",
                                "Backend engineer, 6 years.\nSkills: Java, Kafka, Kafka Streams, PostgreSQL\n")
                        .path("id")
                        .asText();

                // Both edges answer the job's list, whichever instance owns it.
                await().atMost(ItTimeouts.WAIT).untilAsserted(() -> {
                    assertThat(top(edgeA, company, job).body()).contains(resume);
                    assertThat(top(edgeB, company, job).body()).contains(resume);
                });
                final KeyOwners owners =
                        matchingA.runtime().orElseThrow().queries().owners(MatchStore.JOB_TOP, job);
                assertThat(owners.available()).isTrue();
                final boolean aOwns = owners.local();
                final String ownerAddress =
                        aOwns ? owners.active().orElseThrow().toString() : "localhost:" + portB;
                assertThat(owners.active()).map(Object::toString).contains(ownerAddress);
                final String other = aOwns ? edgeB : edgeA;

                final HttpResponse<String> forwarded = top(other, company, job);
                assertThat(forwarded.statusCode()).as(forwarded.body()).isEqualTo(200);
                assertThat(forwarded.headers().firstValue(KeyRouter.SERVED_BY)).contains(ownerAddress);
                assertThat(JSON.readTree(forwarded.body()).path("job_id").asText())
                        .isEqualTo(job);

                shouldGatherACompanysBestFromBothInstances(
                        dir, endpoints, matchingA, portB, edgeA, edgeB, company, seeker, companyId, job, resume);

                // The owner stops; the survivor's edge answers 503 + Retry-After, then from its own store.
                if (aOwns) {
                    matchingA.close();
                } else {
                    b.stopMatching();
                }
                final List<Integer> seen = new ArrayList<>();
                await().atMost(ItTimeouts.WAIT)
                        .pollInterval(Duration.ofMillis(200))
                        .untilAsserted(() -> {
                            final HttpResponse<String> answer = top(other, company, job);
                            seen.add(answer.statusCode());
                            assertThat(answer.statusCode()).as(answer.body()).isIn(200, 503);
                            if (answer.statusCode() == 503) {
                                assertThat(answer.headers().firstValue("Retry-After"))
                                        .isPresent();
                            } else {
                                final JsonNode body = JSON.readTree(answer.body());
                                assertThat(body.path("job_id").asText()).isEqualTo(job);
                                assertThat(body.path("matches").findValuesAsText("resume_id"))
                                        .contains(resume);
                            }
                            assertThat(answer.statusCode()).isEqualTo(200);
                            assertThat(answer.headers().firstValue(KeyRouter.SERVED_BY))
                                    .contains("local");
                        });
                // The company's gathered read: 503 + Retry-After while any job's owner is gone, never a
                // partial list; then the survivor alone answers for every job.
                final List<Integer> gatheredSeen = new ArrayList<>();
                await().atMost(ItTimeouts.WAIT)
                        .pollInterval(Duration.ofMillis(200))
                        .untilAsserted(() -> {
                            final HttpResponse<String> answer =
                                    EdgeHttp.get(other, company, "/v1/companies/" + companyId + "/matches");
                            gatheredSeen.add(answer.statusCode());
                            assertThat(answer.statusCode()).as(answer.body()).isIn(200, 503);
                            if (answer.statusCode() == 503) {
                                assertThat(answer.headers().firstValue("Retry-After"))
                                        .isPresent();
                            }
                            assertThat(answer.statusCode()).isEqualTo(200);
                            assertThat(answer.headers().firstValue(KeyRouter.SERVED_BY))
                                    .contains("local");
                            assertThat(JSON.readTree(answer.body()).path("pending_job_ids"))
                                    .isEmpty();
                        });
                assertThat(seen)
                        .as("only 200s and 503s while the group moved the task")
                        .allMatch(s -> s == 200 || s == 503);
                assertThat(gatheredSeen).allMatch(s -> s == 200 || s == 503);
            }
        } finally {
            SharedStack.deleteRecursively(dir);
        }
    }

    /**
     * A company's best candidates across its open jobs, with jobs whose tops live on both instances:
     * each edge gathers them (its own group from its active store, the other's in one internal request),
     * every (job, resume) once, best first, the same rows as the jobs' own lists, the same answer from
     * both edges. Bad input and other callers get their exact problems; the internal route refuses a
     * job it does not own actively.
     */
    private void shouldGatherACompanysBestFromBothInstances(
            final Path dir,
            final Endpoints endpoints,
            final MatchingStackComponent matchingA,
            final int portB,
            final String edgeA,
            final String edgeB,
            final String company,
            final String seeker,
            final String companyId,
            final String firstJob,
            final String resume)
            throws Exception {
        final MatchQueries queriesA = matchingA.runtime().orElseThrow().queries();
        EdgeHttp.upload(edgeA, seeker, "analyst.txt", "Data analyst, 2 years.\nSkills: Python, SQL, Java\n");
        final List<String> jobs = new ArrayList<>(List.of(firstJob));
        final List<String> skills = List.of("PostgreSQL", "Kafka Streams", "Spring Boot", "Python", "Docker", "AWS");
        // Jobs land on partitions by id: post more until both instances actively own one (a run once saw seven
        // in a row on one instance, so the count is bounded by a deadline, not a small number).
        await("job tops on both instances")
                .atMost(ItTimeouts.WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (jobs.stream().map(job -> owner(queriesA, job)).toList().containsAll(List.of("a", "b"))) {
                        return true;
                    }
                    if (jobs.size() < MAX_GATHER_JOBS) {
                        jobs.add(postJob(
                                edgeA,
                                company,
                                companyId,
                                "Backend engineer " + jobs.size(),
                                skills.get((jobs.size() - 1) % skills.size())));
                    }
                    return false;
                });
        final Map<String, String> owners = new TreeMap<>();
        jobs.forEach(job -> owners.put(job, owner(queriesA, job)));
        assertThat(owners.values()).as("job tops on both instances: %s", owners).contains("a", "b");
        final String path = "/v1/companies/" + companyId + "/matches";

        // Both edges gather the same rows: every job's own list, merged best first, each pair once.
        await().atMost(ItTimeouts.WAIT).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            final List<String> expected = expectedRows(edgeA, company, jobs, resume);
            for (final String edge : List.of(edgeA, edgeB)) {
                final HttpResponse<String> answer = EdgeHttp.get(edge, company, path + "?limit=100");
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                final JsonNode body = JSON.readTree(answer.body());
                assertThat(body.path("pending_job_ids")).as(answer.body()).isEmpty();
                assertThat(rows(body)).as(edge).containsExactlyElementsOf(expected);
            }
        });
        final HttpResponse<String> fromA = EdgeHttp.get(edgeA, company, path + "?limit=100");
        final HttpResponse<String> fromB = EdgeHttp.get(edgeB, company, path + "?limit=100");
        assertThat(fromA.headers().firstValue(KeyRouter.SERVED_BY)).contains("local, localhost:" + portB);
        assertThat(fromB.headers().firstValue(KeyRouter.SERVED_BY).orElseThrow())
                .startsWith("local, ")
                .doesNotContain(Integer.toString(portB));
        final JsonNode all = JSON.readTree(fromA.body());
        assertThat(all.path("company_id").asText()).isEqualTo(companyId);
        assertThat(all.path("open_jobs").asInt()).isEqualTo(jobs.size());
        assertThat(all.path("jobs_truncated").asBoolean()).isFalse();
        assertThat(all.path("matches").findValuesAsText("job_id")).containsAll(jobs);
        assertThat(all.path("matches").findValuesAsText("resume_id")).contains(resume);
        final List<String> pairs = new ArrayList<>();
        all.path("matches")
                .forEach(row -> pairs.add(row.path("job_id").asText() + ":"
                        + row.path("resume_id").asText()));
        assertThat(pairs).as("no pair twice").doesNotHaveDuplicates();
        assertThat(JSON.readTree(fromB.body()).path("matches")).isEqualTo(all.path("matches"));

        // limit caps the merged list; per_job caps each job's share.
        final JsonNode best =
                JSON.readTree(EdgeHttp.get(edgeB, company, path + "?limit=1").body());
        assertThat(best.path("matches")).hasSize(1);
        assertThat(best.path("matches").get(0)).isEqualTo(all.path("matches").get(0));
        final JsonNode onePerJob = JSON.readTree(
                EdgeHttp.get(edgeA, company, path + "?limit=100&per_job=1").body());
        assertThat(onePerJob.path("matches").findValuesAsText("job_id"))
                .doesNotHaveDuplicates()
                .hasSize(jobs.size());
        assertThat(onePerJob.path("matches").findValuesAsText("rank")).containsOnly("1");

        // Bad input, other callers: exact problems, from either edge.
        final String otherCompany = token(dir, endpoints, "it-two-co2-" + UUID.randomUUID());
        EdgeHttp.send(edgeA, otherCompany, "POST", "/v1/users", Map.of("user_type", "company"), 201);
        EdgeHttp.send(edgeA, otherCompany, "POST", "/v1/companies", Map.of("name", "셋 " + UUID.randomUUID()), 201);
        assertProblem(
                EdgeHttp.get(edgeB, company, "/v1/companies/not-a-uuid/matches"),
                404,
                "not-found",
                "id 'not-a-uuid' is not a UUID");
        final String unknown = UUID.randomUUID().toString();
        assertProblem(
                EdgeHttp.get(edgeB, company, "/v1/companies/" + unknown + "/matches"),
                404,
                "not-found",
                "no company " + unknown);
        assertProblem(
                EdgeHttp.get(edgeA, company, path + "?limit=0"),
                400,
                "validation",
                "limit: must be between 1 and 100, was 0",
                "limit",
                "must be between 1 and 100, was 0");
        final JsonNode twoBad = JSON.readTree(
                EdgeHttp.get(edgeA, company, path + "?limit=101&per_job=many").body());
        assertThat(twoBad.path("detail").asText()).isEqualTo("2 fields are invalid");
        assertThat(twoBad.path("errors").findValuesAsText("reason"))
                .containsExactly("must be between 1 and 100, was 101", "must be an integer, was 'many'");
        final HttpResponse<String> anonymous = EdgeHttp.anonymous(edgeA, path);
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);
        assertThat(JSON.readTree(anonymous.body()).path("type").asText()).isEqualTo("/docs#problem-unauthenticated");
        for (final String stranger : List.of(seeker, otherCompany)) {
            assertProblem(
                    EdgeHttp.get(edgeB, stranger, path),
                    403,
                    "forbidden",
                    "only members of the company may read the matches of its jobs");
        }

        // The internal route answers only for jobs the instance owns actively, of the caller's company.
        final String ownedByA = owners.entrySet().stream()
                .filter(e -> e.getValue().equals("a"))
                .findFirst()
                .orElseThrow()
                .getKey();
        final HttpResponse<String> notOwned = EdgeHttp.raw(
                edgeB,
                company,
                "POST",
                CompanyMatchGather.INTERNAL_PATH,
                JSON.writeValueAsString(Map.of("company_id", companyId, "job_ids", List.of(ownedByA), "per_job", 5)));
        assertThat(notOwned.statusCode()).as(notOwned.body()).isEqualTo(503);
        assertThat(notOwned.headers().firstValue("Retry-After")).contains("1");
        assertThat(JSON.readTree(notOwned.body()).path("detail").asText())
                .startsWith("this instance does not own job " + ownedByA + " actively");
        final HttpResponse<String> foreign = EdgeHttp.raw(
                edgeA,
                company,
                "POST",
                CompanyMatchGather.INTERNAL_PATH,
                JSON.writeValueAsString(Map.of("company_id", companyId, "job_ids", List.of(unknown), "per_job", 5)));
        assertProblem(foreign, 403, "forbidden", "job " + unknown + " is not of company " + companyId);
        final HttpResponse<String> malformed = EdgeHttp.raw(
                edgeA,
                company,
                "POST",
                CompanyMatchGather.INTERNAL_PATH,
                "{\"company_id\":\"" + companyId + "\",\"job_ids\":[\"nope\"],\"per_job\":5}");
        assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).path("errors").findValuesAsText("field"))
                .containsExactly("job_ids[0]");
    }

    /** Which instance holds a job's top actively: a, b, or none during a rebalance. */
    /** At most this many jobs are posted to find one owned by each instance. */
    private static final int MAX_GATHER_JOBS = 40;

    private static String owner(final MatchQueries queriesA, final String job) {
        final KeyOwners owners = queriesA.owners(MatchStore.JOB_TOP, job);
        return !owners.available() ? "none" : owners.local() ? "a" : "b";
    }

    /**
     * Every job's own list (the single-key read), ranked within its job, merged best first; each list
     * final and holding {@code resume}.
     */
    private static List<String> expectedRows(
            final String edge, final String token, final List<String> jobs, final String resume) throws Exception {
        final List<JsonNode> rows = new ArrayList<>();
        for (final String job : jobs) {
            final HttpResponse<String> answer = top(edge, token, job);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            final JsonNode top = JSON.readTree(answer.body());
            assertThat(top.path("complete").asBoolean()).as(answer.body()).isTrue();
            assertThat(top.path("matches").findValuesAsText("resume_id")).contains(resume);
            int rank = 0;
            for (final JsonNode match : top.path("matches")) {
                rank++;
                rows.add(JSON.createObjectNode()
                        .put("job_id", job)
                        .put("resume_id", match.path("resume_id").asText())
                        .put("overall_score", match.path("score").decimalValue())
                        .put("rank", rank));
            }
        }
        rows.sort(Comparator.<JsonNode, BigDecimal>comparing(
                        row -> row.path("overall_score").decimalValue(), Comparator.reverseOrder())
                .thenComparingInt(row -> row.path("rank").asInt())
                .thenComparing(row -> row.path("job_id").asText())
                .thenComparing(row -> row.path("resume_id").asText()));
        return rows.stream().map(EdgeTwoInstancesIT::row).toList();
    }

    private static List<String> rows(final JsonNode answer) {
        final List<String> out = new ArrayList<>();
        answer.path("matches").forEach(row -> out.add(row(row)));
        return out;
    }

    private static String row(final JsonNode row) {
        return row.path("job_id").asText() + " " + row.path("resume_id").asText() + " "
                + row.path("overall_score").decimalValue().stripTrailingZeros().toPlainString() + " #"
                + row.path("rank").asInt();
    }

    /** The whole problem body: type, title, status, detail, instance and, for a 400, the one bad field. */
    private static void assertProblem(
            final HttpResponse<String> answer,
            final int status,
            final String slug,
            final String detail,
            final String... field)
            throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        final JsonNode body = JSON.readTree(answer.body());
        final ObjectNode expected = JSON.createObjectNode()
                .put("type", "/docs#problem-" + slug)
                .put("title", body.path("title").asText())
                .put("status", status)
                .put("detail", detail)
                .put("instance", answer.uri().getPath());
        if (field.length == 2) {
            expected.putArray("errors").addObject().put("field", field[0]).put("reason", field[1]);
        }
        assertThat(body).isEqualTo(expected);
        assertThat(body.path("title").asText()).isNotBlank();
    }

    /** The second instance: its matching and its edge, on the first one's databases, bucket and issuer. */
    private static final class InstanceB implements AutoCloseable {
        final MatchingApp matching;
        final EdgeServer server;
        final ServiceDatabases databases;
        final software.amazon.awssdk.services.s3.S3Client s3;
        final software.amazon.awssdk.services.s3.presigner.S3Presigner presigner;
        private boolean matchingStopped;

        private InstanceB(
                final MatchingApp matching,
                final EdgeServer server,
                final ServiceDatabases databases,
                final software.amazon.awssdk.services.s3.S3Client s3,
                final software.amazon.awssdk.services.s3.presigner.S3Presigner presigner) {
            this.matching = matching;
            this.server = server;
            this.databases = databases;
            this.s3 = s3;
            this.presigner = presigner;
        }

        static InstanceB start(
                final HirehubSettings settings, final Endpoints endpoints, final int port, final MatchingApp matching) {
            final ServiceDatabases databases = ServiceDatabases.open(
                    DatabaseSetup.migrationSettings(endpoints.jdbc(), settings.postgres()), 4, "it-edge-b");
            final software.amazon.awssdk.services.s3.S3Client s3 = S3Clients.create(endpoints.s3());
            final software.amazon.awssdk.services.s3.presigner.S3Presigner presigner =
                    S3Clients.presigner(endpoints.s3());
            final LocalIssuer issuer = DevIssuer.loadOrCreate(settings.dataDir());
            final TokenVerifier verifier = DevIssuer.verifier(issuer);
            final EdgeServer server = EdgeServer.start(
                    new EdgeSettings(
                            "localhost",
                            port,
                            Duration.ofHours(1),
                            Duration.ofMinutes(5),
                            Duration.ofSeconds(5),
                            Duration.ofSeconds(5)),
                    new EdgeServer.Resources(
                            databases,
                            HttpSchemaRegistryClient.of(endpoints.registry()),
                            s3,
                            endpoints.s3().bucket(),
                            new S3ResumeFiles(presigner),
                            verifier,
                            Optional.empty(),
                            () -> Optional.of(matching.queries()),
                            QuerySettings.defaults()));
            return new InstanceB(matching, server, databases, s3, presigner);
        }

        void stopMatching() {
            matching.close();
            matchingStopped = true;
        }

        @Override
        public void close() {
            server.close();
            if (!matchingStopped) {
                matching.close();
            }
            presigner.close();
            s3.close();
            databases.close();
        }
    }

    private static String token(final Path dir, final Endpoints endpoints, final String subject) {
        final CliRun run = CliRun.of(new String[] {
            "token",
            "--subject",
            subject,
            "--email",
            subject + "@example.com",
            "--data-dir",
            dir.toString(),
            "--jdbc-url",
            endpoints.jdbc().url(),
            "--jdbc-user",
            endpoints.jdbc().user()
        });
        assertThat(run.code()).as(run.err()).isZero();
        return run.out().strip();
    }

    private static HttpResponse<String> top(final String edge, final String token, final String job) throws Exception {
        return EdgeHttp.get(edge, token, "/v1/jobs/" + job + "/matches?limit=50");
    }

    private static String postJob(
            final String edge, final String token, final String companyId, final String title, final String skill)
            throws Exception {
        return EdgeHttp.send(
                        edge,
                        token,
                        "POST",
                        "/v1/jobs",
                        Map.of(
                                "company_id",
                                companyId,
                                "title",
                                title,
                                "description",
                                "Java, Kafka Streams and PostgreSQL",
                                "status",
                                "open",
                                "required_skills",
                                List.of(Map.of("name", "Java"), Map.of("name", skill))),
                        201)
                .path("id")
                .asText();
    }
}
