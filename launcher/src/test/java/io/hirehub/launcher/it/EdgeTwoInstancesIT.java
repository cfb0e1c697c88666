package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.apps.match.MatchingApp;
import io.hirehub.apps.streams.StreamsAppSettings;
import io.hirehub.edge.EdgeServer;
import io.hirehub.edge.EdgeSettings;
import io.hirehub.edge.auth.LocalIssuer;
import io.hirehub.edge.auth.TokenVerifier;
import io.hirehub.edge.db.ServiceDatabases;
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
import io.hirehub.topologies.match.query.MatchStore;
import io.hirehub.topologies.query.KeyOwners;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

/**
 * Two instances of matching + edge on one embedded broker, as two pods would run: instance A is a
 * private {@code dev} stack (its matching's {@code application.server} is its edge), instance B a
 * second matching in the same consumer group with its own edge. A job's top owned by one instance is
 * answered through the other's edge by forwarding; once the owner stops, reads through the survivor
 * are 503 + Retry-After while the group rebalances, then the survivor's own answer, never a 500 and
 * never another job's list.
 */
class EdgeTwoInstancesIT {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EdgeTwoInstancesIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

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
                send(edgeA, company, "/v1/users", Map.of("user_type", "company"));
                send(edgeA, seeker, "/v1/users", Map.of("user_type", "jobseeker"));
                final String companyId = send(edgeA, company, "/v1/companies", Map.of("name", "둘 " + UUID.randomUUID()))
                        .path("id")
                        .asText();
                final String job = send(
                                edgeA,
                                company,
                                "/v1/jobs",
                                Map.of(
                                        "company_id", companyId,
                                        "title", "Kafka Streams backend engineer",
                                        "description", "Java, Kafka Streams and PostgreSQL",
                                        "status", "open",
                                        "required_skills", List.of(Map.of("name", "Java"), Map.of("name", "Kafka"))))
                        .path("id")
                        .asText();
                final String resume = upload(
                                edgeA,
                                seeker,
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
                assertThat(seen)
                        .as("only 200s and 503s while the group moved the task")
                        .allMatch(s -> s == 200 || s == 503);
            }
        } finally {
            SharedStack.deleteRecursively(dir);
        }
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

    private HttpResponse<String> top(final String edge, final String token, final String job) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(edge + "/v1/jobs/" + job + "/matches?limit=50"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode send(final String edge, final String token, final String path, final Object body)
            throws Exception {
        final HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(edge + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private JsonNode upload(final String edge, final String token, final String text) throws Exception {
        final String boundary = "it-" + UUID.randomUUID();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.txt\""
                        + "\r\nContent-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        final HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(edge + "/v1/resumes"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }
}
