package io.hirehub.bench.edge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.apps.match.MatchingApp;
import io.hirehub.edge.EdgeApp;
import io.hirehub.edge.EdgeServer;
import io.hirehub.edge.EdgeSettings;
import io.hirehub.edge.auth.Accounts;
import io.hirehub.edge.auth.Authenticator;
import io.hirehub.edge.auth.LocalIssuer;
import io.hirehub.edge.db.ServiceDatabases;
import io.hirehub.edge.http.Params;
import io.hirehub.edge.http.Requests;
import io.hirehub.edge.http.RouteGroup;
import io.hirehub.edge.query.QuerySettings;
import io.hirehub.edge.resumes.S3ResumeFiles;
import io.hirehub.launcher.data.AlreadyLoaded;
import io.hirehub.launcher.data.DataTargets;
import io.hirehub.launcher.data.SeedCommand;
import io.hirehub.launcher.data.SeedPlan;
import io.hirehub.launcher.edge.DevIssuer;
import io.hirehub.launcher.match.MatchingCommand;
import io.hirehub.launcher.match.MatchingStackComponent;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.endpoints.S3Clients;
import io.hirehub.runtime.health.PartBoard;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.EmbeddedStack;
import io.hirehub.stack.Ports;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.topologies.match.query.MatchStore;
import io.hirehub.topologies.query.KeyOwners;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.kafka.streams.state.HostInfo;

/**
 * HTTP reads of a job's top 20 matches under {@code wrk}, three ways, in one run on one machine: from
 * the local store at the key's owner, from PostgreSQL ({@code matches} ordered by
 * {@code overall_score}, the same JSON through the same Javalin app and token check), and forwarded
 * by the other instance's edge to the owner. Two instances (a {@code dev} stack and a second
 * matching + edge in the same consumer group) run in this JVM; the data is {@code hirehub seed}'s.
 *
 * <p>Arguments: seconds per measurement (20), connections (16), resumes to seed (400).
 */
public final class HttpReadsBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each read is measured this many times, interleaved, so a burst of load elsewhere hits all three. */
    private static final int ROUNDS = 3;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");

    private HttpReadsBenchmark() {}

    /** One measurement: requests/s, p50 and p99 in ms, non-2xx answers, load average before it. */
    record Result(String what, double rate, String p50, String p99, long errors, String load) {}

    public static void main(final String[] args) throws Exception {
        final int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        final int connections = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        final int resumes = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        final Path dir = Files.createTempDirectory("hirehub-bench-http-");
        final HirehubSettings settings = HirehubSettings.load(
                Optional.empty(),
                Map.of(),
                Map.of(
                        "data.dir", dir.toString(),
                        "env", "bench",
                        "kafka.port", "0",
                        "kafka.controller.port", "0",
                        "postgres.port", "0",
                        "s3.port", "0",
                        "registry.port", "0",
                        "edge.port", "0"));
        try (EmbeddedStack a = EmbeddedStack.start(settings)) {
            final Endpoints endpoints = a.endpoints();
            final MigrationSettings db = DatabaseSetup.migrationSettings(endpoints.jdbc(), settings.postgres());
            try (DataTargets targets = DataTargets.open(endpoints, db)) {
                SeedCommand.run(targets, new SeedPlan(42, 10, 40, resumes), false, AlreadyLoaded.REFUSE);
            }
            try (ServiceDatabases databases = ServiceDatabases.open(db, 8, "bench-http")) {
                awaitQuiet(databases, db);
                final String job = awaitJobWithMatches(databases.dataSource(HirehubService.MATCH), db);
                final LocalIssuer issuer = DevIssuer.loadOrCreate(dir);
                final String token = issuer.mint(
                        companyMemberOf(databases.dataSource(HirehubService.JOB), db, job),
                        Optional.empty(),
                        Duration.ofHours(2));
                final int portB = Ports.freePort();
                final MatchingApp matchingB = MatchingApp.start(
                        MatchingCommand.streamsSettings(
                                        settings, endpoints.kafka(), Files.createDirectories(dir.resolve("matching-b")))
                                .withApplicationServer(new HostInfo("localhost", portB)),
                        settings.matching(),
                        settings.kafka().partitions(),
                        settings.analysis(),
                        db,
                        endpoints.registry(),
                        new PartBoard());
                try (matchingB;
                        EdgeServer edgeB = secondEdge(endpoints, databases, issuer, portB, matchingB);
                        EdgeApp pg = postgresEdge(databases, db, issuer)) {
                    matchingB.awaitRunning(Duration.ofMinutes(5));
                    final String path = "/v1/jobs/" + job + "/matches?limit=20";
                    awaitServed(endpoints.edge() + path, token);
                    awaitServed(edgeB.url() + path, token);
                    final KeyOwners owners = a.component(MatchingStackComponent.class)
                            .flatMap(MatchingStackComponent::runtime)
                            .orElseThrow()
                            .queries()
                            .owners(MatchStore.JOB_TOP, job);
                    final String owner = owners.local() ? endpoints.edge() : edgeB.url();
                    final String other = owners.local() ? edgeB.url() : endpoints.edge();
                    final List<Result> results = new ArrayList<>();
                    for (int round = 1; round <= ROUNDS; round++) {
                        results.add(measure(
                                "local store (round " + round + ")", owner + path, token, seconds, connections));
                        results.add(measure(
                                "PostgreSQL (round " + round + ")", pg.url() + path, token, seconds, connections));
                        results.add(
                                measure("forwarded (round " + round + ")", other + path, token, seconds, connections));
                    }
                    System.out.printf(
                            "%nHTTP reads of a job's top 20, wrk -t2 -c%d -d%ds, %d resumes seeded, job %s%n",
                            connections, seconds, resumes, job);
                    System.out.println("| read | requests/s | p50 | p99 | non-2xx | load average before |");
                    System.out.println("|---|---|---|---|---|---|");
                    for (final Result r : results) {
                        System.out.printf(
                                "| %s | %.0f | %s | %s | %d | %s |%n",
                                r.what(), r.rate(), r.p50(), r.p99(), r.errors(), r.load());
                    }
                }
            }
        } finally {
            deleteQuietly(dir);
        }
    }

    /**
     * Waits until the pipeline is done with the seed (no resume still processing, the {@code matches}
     * row count unchanged for 10 s), so the measurements do not compete with analysis and matching.
     */
    private static void awaitQuiet(final ServiceDatabases databases, final MigrationSettings db)
            throws SQLException, InterruptedException {
        final String processing =
                "SELECT count(*) FROM " + db.schemaFor(HirehubService.RESUME) + ".resumes WHERE status = 'processing'";
        final String matches = "SELECT count(*) FROM " + db.schemaFor(HirehubService.MATCH) + ".matches";
        final long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        long last = -1;
        int stable = 0;
        while (System.nanoTime() < deadline && stable < 2) {
            Thread.sleep(5_000);
            final long busy = count(databases.dataSource(HirehubService.RESUME), processing);
            final long rows = count(databases.dataSource(HirehubService.MATCH), matches);
            stable = busy == 0 && rows == last && rows > 0 ? stable + 1 : 0;
            last = rows;
            System.out.printf("waiting for the seed to settle: %d resumes processing, %d matches rows%n", busy, rows);
        }
    }

    private static long count(final DataSource source, final String sql) throws SQLException {
        try (Connection c = source.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet row = s.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A job with at least 20 `matches` rows in PostgreSQL, once its top is complete in the store as well. */
    private static String awaitJobWithMatches(final DataSource matches, final MigrationSettings db)
            throws SQLException, InterruptedException {
        final String sql = "SELECT job_id FROM " + db.schemaFor(HirehubService.MATCH)
                + ".matches GROUP BY job_id HAVING count(*) >= 20 ORDER BY count(*) DESC LIMIT 1";
        final long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection c = matches.getConnection();
                    PreparedStatement s = c.prepareStatement(sql);
                    ResultSet row = s.executeQuery()) {
                if (row.next()) {
                    return row.getString(1);
                }
            }
            Thread.sleep(2_000);
        }
        throw new IllegalStateException("no job reached 20 matches within 15 minutes");
    }

    private static String companyMemberOf(final DataSource jobs, final MigrationSettings db, final String job)
            throws SQLException {
        try (Connection c = jobs.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT u.cognito_sub FROM " + db.schemaFor(HirehubService.JOB)
                        + ".jobs j JOIN " + db.schemaFor(HirehubService.USER) + ".company_members m ON m.company_id ="
                        + " j.company_id JOIN " + db.schemaFor(HirehubService.USER) + ".users u ON u.id = m.user_id"
                        + " WHERE j.id = ? LIMIT 1")) {
            s.setObject(1, UUID.fromString(job));
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("job " + job + " has no company member");
                }
                return row.getString(1);
            }
        }
    }

    /** Polls until the read answers 200 with a complete list (the stores caught up, the group settled). */
    private static void awaitServed(final String url, final String token) throws Exception {
        final long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            final HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                final JsonNode top = JSON.readTree(answer.body());
                if (top.path("complete").asBoolean() && top.path("matches").size() == 20) {
                    return;
                }
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("no complete answer from " + url);
    }

    private static EdgeSettings edgeSettings(final int port) {
        return new EdgeSettings(
                "localhost",
                port,
                Duration.ofHours(1),
                Duration.ofMinutes(5),
                Duration.ofSeconds(30),
                Duration.ofSeconds(5));
    }

    /** The second instance's edge, its queries answered by the second matching. */
    private static EdgeServer secondEdge(
            final Endpoints endpoints,
            final ServiceDatabases databases,
            final LocalIssuer issuer,
            final int port,
            final MatchingApp matching) {
        return EdgeServer.start(
                edgeSettings(port),
                new EdgeServer.Resources(
                        databases,
                        HttpSchemaRegistryClient.of(endpoints.registry()),
                        S3Clients.create(endpoints.s3()),
                        endpoints.s3().bucket(),
                        new S3ResumeFiles(S3Clients.presigner(endpoints.s3())),
                        DevIssuer.verifier(issuer),
                        Optional.empty(),
                        () -> Optional.of(matching.queries()),
                        QuerySettings.defaults()));
    }

    /** The same answer from PostgreSQL: the same Javalin app, token check and JSON, the rows by score. */
    private static EdgeApp postgresEdge(
            final ServiceDatabases databases, final MigrationSettings db, final LocalIssuer issuer) {
        final Authenticator auth = new Authenticator(
                DevIssuer.verifier(issuer),
                new Accounts(
                        databases.dataSource(HirehubService.USER),
                        db.schemaFor(HirehubService.USER),
                        Duration.ofSeconds(30)));
        final DataSource matches = databases.dataSource(HirehubService.MATCH);
        final String sql = "SELECT resume_id, user_id, overall_score FROM " + db.schemaFor(HirehubService.MATCH)
                + ".matches WHERE job_id = ? ORDER BY overall_score DESC, resume_id LIMIT ? OFFSET ?";
        final RouteGroup routes = r -> r.get("/v1/jobs/{id}/matches", ctx -> {
                    final UUID job = Params.pathId(ctx, "id");
                    final int offset =
                            Params.queryInt(ctx, "offset", 0, Integer.MAX_VALUE).orElse(0);
                    final int limit = Params.queryInt(ctx, "limit", 1, 1_000).orElse(20);
                    final List<Ranked> ranked = new ArrayList<>();
                    try (Connection c = matches.getConnection();
                            PreparedStatement s = c.prepareStatement(sql)) {
                        s.setObject(1, job);
                        s.setInt(2, limit);
                        s.setInt(3, offset);
                        try (ResultSet row = s.executeQuery()) {
                            while (row.next()) {
                                ranked.add(new Ranked(
                                        job.toString(),
                                        row.getString("resume_id"),
                                        row.getString("user_id"),
                                        row.getBigDecimal("overall_score")));
                            }
                        }
                    }
                    Requests.json(ctx, new Top(job.toString(), ranked, offset));
                })
                .summary("bench: a job's top matches from PostgreSQL");
        return new EdgeApp(edgeSettings(0), auth, List.of(routes), new SimpleMeterRegistry()).start();
    }

    /** The rows as the store route shapes them. */
    record Ranked(String jobId, String resumeId, String userId, BigDecimal overallScore) {}

    record Top(String jobId, List<Ranked> matches, int offset) {}

    private static Result measure(
            final String what, final String url, final String token, final int seconds, final int connections)
            throws IOException, InterruptedException {
        wrk(url, token, 5, connections); // warm-up: JIT, pools, caches
        final String load = Files.readString(Path.of("/proc/loadavg")).strip();
        final String out = wrk(url, token, seconds, connections);
        final Matcher rate = RATE.matcher(out);
        final Matcher errors = NON_2XX.matcher(out);
        return new Result(
                what,
                rate.find() ? Double.parseDouble(rate.group(1)) : 0,
                percentile(out, "50%"),
                percentile(out, "99%"),
                errors.find() ? Long.parseLong(errors.group(1)) : 0,
                load.substring(0, load.indexOf(' ', load.indexOf(' ', load.indexOf(' ') + 1) + 1)));
    }

    private static String percentile(final String wrkOutput, final String which) {
        final Matcher m = Pattern.compile("^\\s+" + Pattern.quote(which) + "\\s+(\\S+)", Pattern.MULTILINE)
                .matcher(wrkOutput);
        return m.find() ? m.group(1) : "?";
    }

    private static String wrk(final String url, final String token, final int seconds, final int connections)
            throws IOException, InterruptedException {
        final Process wrk = new ProcessBuilder(
                        "wrk",
                        "-t2",
                        "-c" + connections,
                        "-d" + seconds + "s",
                        "--latency",
                        "-H",
                        "Authorization: Bearer " + token,
                        url)
                .redirectErrorStream(true)
                .start();
        final String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        return out;
    }

    private static void deleteQuietly(final Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }
}
