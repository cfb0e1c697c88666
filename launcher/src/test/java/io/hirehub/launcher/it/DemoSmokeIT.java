package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.stack.EndpointsFile;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The README's first command, as a newcomer runs it: the packaged launcher ({@code hirehub.jar} with
 * its {@code lib/}, nothing from the test classpath) starts {@code dev --demo} on a fresh data dir,
 * becomes ready with every part serving, analyses the demo's resumes and matches its jobs, answers
 * {@code cdc status} and {@code status}, keeps library chatter off the console, and stops cleanly on
 * SIGTERM. A class missing from the shipped runtime classpath fails this test: the part that needs it
 * cannot start, and {@code dev} exits 4 naming it.
 */
class DemoSmokeIT {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSmokeIT.class);
    private static final Duration READY = ItTimeouts.WAIT;
    /** A whole demo load is many awaited outcomes in a row. */
    private static final Duration DEMO = ItTimeouts.WAIT.multipliedBy(2);

    private static final Duration STOP = Duration.ofSeconds(30);
    private static final int DEMO_RESUMES = 1_000;

    private Path dataDir;

    @BeforeEach
    void createDataDir() throws Exception {
        dataDir = Files.createTempDirectory("hirehub-demo-it-");
    }

    @AfterEach
    void deleteDataDir() {
        SharedStack.deleteRecursively(dataDir);
    }

    @Test
    void shouldRunTheDemoFromThePackagedLauncherAndStopCleanly() throws Exception {
        final long begin = System.nanoTime();
        try (DevProcess dev = DevProcess.startAsTheScriptDoes(dataDir, "--demo")) {
            final Endpoints endpoints = dev.awaitReady(READY);
            final double ready = seconds(begin);
            final DemoChecks checks = new DemoChecks(endpoints);

            await("95% of the demo resumes ready, most open jobs matched")
                    .atMost(DEMO)
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> {
                        final DemoChecks.Progress p = checks.progress();
                        return p.ready() >= DEMO_RESUMES * 95 / 100 && p.jobsMatched() * 10 >= p.openJobs() * 8;
                    });
            final double analysed = seconds(begin);
            dev.awaitStdout("Demo through", ItTimeouts.WAIT);
            LOG.info(
                    "demo from the packaged launcher: ready after {} s, 95% of {} resumes ready after {} s"
                            + " ({} resumes/s after ready), demo through after {} s",
                    ready,
                    DEMO_RESUMES,
                    analysed,
                    Math.round(DEMO_RESUMES * 0.95 / (analysed - ready) * 10) / 10.0,
                    seconds(begin));

            final DevProcess.PackagedRun cdc = DevProcess.run("cdc", "status", "--data-dir", dataDir.toString());
            assertThat(cdc.code()).as(cdc.err()).isZero();
            assertThat(cdc.out()).contains("slot:          hirehub_cdc").contains("active:        true");

            final DevProcess.PackagedRun status = DevProcess.run("status", "--json", "--data-dir", dataDir.toString());
            assertThat(status.code()).as(status.out() + status.err()).isZero();
            final JsonNode json = new ObjectMapper().readTree(status.out());
            assertThat(json.path("parts"))
                    .hasSize(19)
                    .allSatisfy(part -> assertThat(part.path("state").asText())
                            .as(part.toString())
                            .isEqualTo("running"));
            assertThat(json.path("cdc").path("active").asBoolean()).isTrue();
            assertThat(json.path("resumes").path("total").asLong()).isEqualTo(DEMO_RESUMES);
            assertThat(json.path("resumes").path("ready").asLong()).isGreaterThanOrEqualTo(DEMO_RESUMES * 95 / 100);
            assertThat(json.path("matches").path("rows").asLong()).isPositive();
            assertThat(json.path("consumerLag").size()).isEqualTo(9);
            json.path("consumerLag").forEach(lag -> assertThat(lag.asLong()).isZero());
            json.path("deadLetters").forEach(count -> assertThat(count.asLong()).isZero());
            final DevProcess.PackagedRun text = DevProcess.run("status", "--data-dir", dataDir.toString());
            assertThat(text.out())
                    .contains("resumes       1,000 (")
                    .contains("cdc slot      hirehub_cdc active")
                    .contains("applications  ");

            // The first request dev printed for the demo works as printed: a token from the packaged
            // launcher, then the GET.
            final Matcher printed = Pattern.compile(
                            "curl -s -H \"Authorization: Bearer \\$\\(\\./hirehub token --data-dir \\S+ --user (\\S+)\\)\" (\\S+/v1/jobs/\\S+)")
                    .matcher(dev.stdout());
            assertThat(printed.find()).as(dev.stdout()).isTrue();
            final DevProcess.PackagedRun token =
                    DevProcess.run("token", "--data-dir", dataDir.toString(), "--user", printed.group(1));
            assertThat(token.code()).as(token.err()).isZero();
            final HttpResponse<String> job = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(printed.group(2)))
                                    .header(
                                            "Authorization",
                                            "Bearer " + token.out().strip())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(job.statusCode()).as(job.body()).isEqualTo(200);

            // Applications: the demo submitted some and moved some along; the topology counted them into
            // jobs.applies_count, and a job's funnel reads back through the edge for its company's member.
            assertThat(checks.count("SELECT count(*) FROM apply_service.applications"))
                    .isPositive();
            assertThat(checks.count("SELECT count(*) FROM apply_service.applications WHERE status <> 'submitted'"))
                    .isPositive();
            assertThat(checks.count("SELECT count(*) FROM job_service.jobs WHERE applies_count > 0"))
                    .isPositive();
            final List<String> busiest = checks.strings("""
                    SELECT j.id || ' ' || m.user_id FROM job_service.jobs j
                    JOIN user_service.company_members m ON m.company_id = j.company_id
                    ORDER BY j.applies_count DESC, j.id LIMIT 1""");
            final String[] jobAndMember = busiest.get(0).split(" ");
            final DevProcess.PackagedRun member =
                    DevProcess.run("token", "--data-dir", dataDir.toString(), "--user", jobAndMember[1]);
            assertThat(member.code()).as(member.err()).isZero();
            final HttpResponse<String> funnel = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create(endpoints.edge() + "/v1/jobs/" + jobAndMember[0] + "/funnel"))
                                    .header(
                                            "Authorization",
                                            "Bearer " + member.out().strip())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(funnel.statusCode()).as(funnel.body()).isEqualTo(200);
            assertThat(new ObjectMapper()
                            .readTree(funnel.body())
                            .path("applies_count")
                            .asLong())
                    .as(funnel.body())
                    .isPositive();

            // The console: the stack's own lines only, no colour codes; everything else in the log file.
            assertThat(dev.stdout()).contains("demo: ").doesNotContain("\u001b");
            assertThat(dev.stderr())
                    .doesNotContain("\u001b")
                    .doesNotContain("Not updating last stable offset")
                    .doesNotContain("OUT_OF_ORDER_SEQUENCE_NUMBER")
                    .doesNotContain("processing.exception.handler")
                    .doesNotContain("AnalyzeProcessor");
            final String log = Files.readString(dataDir.resolve("logs/hirehub.log"));
            assertThat(log)
                    .contains("o.a.k.")
                    .doesNotContain("NoClassDefFoundError")
                    .doesNotContain("ClassNotFoundException");

            final long stopBegin = System.nanoTime();
            dev.terminate();
            dev.awaitExit(STOP);
            assertThat(Duration.ofNanos(System.nanoTime() - stopBegin)).isLessThan(STOP);
            assertThat(dev.stderr()).contains("Dev stack stopped");
            assertThat(EndpointsFile.path(dataDir)).doesNotExist();
            assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
        }
    }

    private static double seconds(final long sinceNanos) {
        return Math.round((System.nanoTime() - sinceNanos) / 1e8) / 10.0;
    }
}
