package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.endpoints.S3Clients;
import io.hirehub.stack.EndpointsFile;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code hirehub dev} as a user runs it: a separate JVM that becomes ready, writes endpoints.json,
 * stops cleanly on SIGTERM within 30 s, and on restart over the same data dir still has its Kafka
 * cluster id and topics, its PostgreSQL rows and its schema registry ids.
 */
class DevCommandIT {

    private static final Duration READY = ItTimeouts.WAIT;
    private static final Duration STOP = Duration.ofSeconds(30);
    private static final String SCHEMA = "{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"io.hirehub.it\","
            + "\"doc\":\"restart probe\",\"fields\":[{\"name\":\"id\",\"type\":\"string\",\"doc\":\"id\"}]}";

    private final HttpClient http = HttpClient.newHttpClient();
    private Path dataDir;

    @BeforeEach
    void createDataDir() throws IOException {
        dataDir = Files.createTempDirectory("hirehub-dev-it-");
    }

    @AfterEach
    void deleteDataDir() {
        SharedStack.deleteRecursively(dataDir);
    }

    @Test
    void shouldStartStopCleanlyAndKeepStateAcrossARestart() throws Exception {
        final String clusterId;
        final int schemaId;
        try (DevProcess dev = DevProcess.start(dataDir)) {
            final Endpoints endpoints = dev.awaitReady(READY);
            assertThat(endpoints.pid()).isEqualTo(dev.pid());
            assertThat(dev.stdout())
                    .contains("HireHub dev stack ready")
                    .contains(endpoints.kafka())
                    .contains(endpoints.jdbc().url())
                    .contains(endpoints.s3().endpoint())
                    .contains(endpoints.registry())
                    .doesNotContain(endpoints.s3().secretKey());

            try (Admin admin = admin(endpoints)) {
                clusterId = admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
                admin.createTopics(List.of(new NewTopic("it.restart-probe", 1, (short) 1)))
                        .all()
                        .get(30, TimeUnit.SECONDS);
            }
            try (Connection db = connect(endpoints);
                    Statement sql = db.createStatement()) {
                sql.execute("CREATE TABLE restart_probe (id text primary key)");
                sql.execute("INSERT INTO restart_probe VALUES ('kept')");
            }
            try (S3Client s3 = S3Clients.create(endpoints.s3())) {
                s3.putObject(
                        b -> b.bucket(endpoints.s3().bucket()).key("probe.txt"),
                        software.amazon.awssdk.core.sync.RequestBody.fromString("kept"));
            }
            schemaId = register(endpoints.registry());

            final long stopBegin = System.nanoTime();
            dev.terminate();
            dev.awaitExit(STOP);
            assertThat(Duration.ofNanos(System.nanoTime() - stopBegin)).isLessThan(STOP);
            assertThat(EndpointsFile.path(dataDir)).doesNotExist();
            assertThat(dev.stderr()).contains("Dev stack stopped");
        }

        try (DevProcess dev = DevProcess.start(dataDir)) {
            final Endpoints endpoints = dev.awaitReady(READY);
            try (Admin admin = admin(endpoints)) {
                assertThat(admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS))
                        .isEqualTo(clusterId);
                assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                        .contains("it.restart-probe", "job.created");
            }
            try (Connection db = connect(endpoints);
                    Statement sql = db.createStatement();
                    ResultSet rows = sql.executeQuery("SELECT id FROM restart_probe")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("kept");
            }
            try (S3Client s3 = S3Clients.create(endpoints.s3())) {
                assertThat(s3.getObjectAsBytes(
                                        b -> b.bucket(endpoints.s3().bucket()).key("probe.txt"))
                                .asUtf8String())
                        .isEqualTo("kept");
            }
            final HttpResponse<String> byId = get(endpoints.registry() + "/schemas/ids/" + schemaId);
            assertThat(byId.statusCode()).isEqualTo(200);
            assertThat(byId.body()).contains("restart probe");
            assertThat(register(endpoints.registry())).isEqualTo(schemaId);
            assertThat(dev.stderr()).contains("already formatted");

            dev.terminate();
            dev.awaitExit(STOP);
        }
    }

    @Test
    void shouldRefuseABusyPortWithOneClearLineAndExitCode4() throws Exception {
        try (ServerSocket busy = new ServerSocket(0);
                DevProcess dev = DevProcess.start(dataDir, "-s", "s3.port=" + busy.getLocalPort())) {
            final int code = dev.awaitExit(ItTimeouts.WAIT);

            assertThat(code).isEqualTo(ExitCodes.START_FAILED);
            final String err = dev.stderr().strip();
            assertThat(err)
                    .isEqualTo("hirehub dev: port " + busy.getLocalPort() + " on localhost is already in use (s3.port);"
                            + " set s3.port (env HIREHUB_S3_PORT) to a free port, or 0 to pick one");
            assertThat(EndpointsFile.path(dataDir)).doesNotExist();
        }
    }

    @Test
    void shouldEndWithOneLineNamingThePartThatCannotStartAndExitCode4() throws Exception {
        try (DevProcess dev = DevProcess.start(dataDir, "-s", "cdc.tables=job_service.Jobs")) {
            final int code = dev.awaitExit(READY);

            assertThat(code).isEqualTo(ExitCodes.START_FAILED);
            final String[] err = dev.stderr().strip().split("\\R");
            assertThat(err[err.length - 1])
                    .isEqualTo("hirehub dev: cannot start cdc: tables are schema.table in lower case, was"
                            + " 'job_service.Jobs' (details in "
                            + dataDir.toAbsolutePath().resolve("logs/hirehub.log")
                            + ")");
            assertThat(dev.stderr()).doesNotContain("\tat ").contains("postgres stopped");
            assertThat(Files.readString(dataDir.resolve("logs/hirehub.log")))
                    .contains("cdc failed to start")
                    .contains("at io.hirehub.connectors.cdc.CdcSettings");
            assertThat(EndpointsFile.path(dataDir)).doesNotExist();
            assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
        }
    }

    private static Admin admin(final Endpoints endpoints) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, endpoints.kafka()));
    }

    private static Connection connect(final Endpoints endpoints) throws java.sql.SQLException {
        return DriverManager.getConnection(
                endpoints.jdbc().url(),
                endpoints.jdbc().user(),
                endpoints.jdbc().password());
    }

    private int register(final String registry) throws Exception {
        final String body = "{\"schema\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(SCHEMA) + "}";
        final HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(registry + "/subjects/it.restart-probe-value/versions"))
                        .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(response.body())
                .get("id")
                .asInt();
    }

    private HttpResponse<String> get(final String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
