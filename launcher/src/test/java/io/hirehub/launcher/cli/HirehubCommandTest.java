package io.hirehub.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.launcher.HirehubCommand;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.stack.EndpointsFile;
import io.hirehub.stack.StatusFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Errors a user can act on end as one line and a documented exit code. */
class HirehubCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldExplainThatNoStackIsRunningWithExitCode3() {
        final Run run = run("topics", "describe", "--data-dir", dataDir.toString());

        assertThat(run.code).isEqualTo(ExitCodes.NO_STACK);
        assertThat(run.err.strip())
                .isEqualTo("hirehub topics describe: no running dev stack found: "
                        + EndpointsFile.path(dataDir.toAbsolutePath())
                        + " does not exist; start one with `./hirehub dev --data-dir "
                        + dataDir.toAbsolutePath() + "` or pass --kafka-bootstrap-servers");
    }

    @Test
    void shouldNotTrustEndpointsOfAStackThatIsGone() {
        final long deadPid = ProcessHandle.current().pid() + 1_000_000;
        EndpointsFile.write(
                dataDir,
                new Endpoints(
                        "localhost:1",
                        new Endpoints.Jdbc("jdbc:postgresql://localhost:2/h", "u", ""),
                        new Endpoints.S3("http://localhost:3", "us-east-1", "a", "s", "b"),
                        "http://localhost:4",
                        null,
                        deadPid));

        final Run run = run("registry", "subjects", "--data-dir", dataDir.toString());

        assertThat(run.code).isEqualTo(ExitCodes.NO_STACK);
        assertThat(run.err)
                .contains("(pid " + deadPid + ") is no longer running; start it again or pass --registry-url");
    }

    @Test
    void shouldSayThatNoStackRunsWhenStatusFindsNone() {
        final Run run = run("status", "--data-dir", dataDir.toString());

        assertThat(run.code).isEqualTo(ExitCodes.NO_STACK);
        assertThat(run.err).startsWith("hirehub status: no running dev stack found: ");
    }

    @Test
    void shouldNotShowTheStatusOfADevThatIsGone() throws Exception {
        final long deadPid = ProcessHandle.current().pid() + 1_000_000;
        java.nio.file.Files.writeString(
                StatusFile.path(dataDir),
                "{\"pid\":" + deadPid + ",\"started\":\"2026-01-01T00:00:00Z\",\"updated\":\"2026-01-01T00:01:00Z\","
                        + "\"parts\":[{\"name\":\"cdc\",\"state\":\"running\",\"detail\":\"\",\"retrying\":false,"
                        + "\"since\":\"2026-01-01T00:00:30Z\"}]}");

        final Run run = run("status", "--json", "--data-dir", dataDir.toString());

        assertThat(run.code).isEqualTo(ExitCodes.NO_STACK);
        assertThat(run.err.strip())
                .isEqualTo("hirehub status: the dev stack that wrote "
                        + dataDir.toAbsolutePath().resolve("status.json")
                        + " (pid " + deadPid + ") is no longer running (last update 2026-01-01T00:01:00Z); start it"
                        + " again with `./hirehub dev --data-dir " + dataDir.toAbsolutePath() + "`");
        assertThat(run.out).isEmpty();
    }

    @Test
    void shouldRejectAnUnknownSettingWithExitCode2() {
        final Run run = run("migrate", "-s", "postgres.prot=1");

        assertThat(run.code).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err.strip()).isEqualTo("hirehub migrate: unknown setting 'postgres.prot' on the command line");
    }

    @Test
    void shouldRejectAMalformedMatchingSettingBeforeConnectingToAnything() {
        final Run run = run(
                "matching",
                "run",
                "--kafka-bootstrap-servers",
                "localhost:1",
                "--jdbc-url",
                "jdbc:postgresql://localhost:1/x",
                "--jdbc-user",
                "u",
                "--registry-url",
                "http://localhost:1",
                "--state-dir",
                dataDir.resolve("matching").toString(),
                "-s",
                "match.recommended.threshold=120");

        assertThat(run.code).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err.strip())
                .isEqualTo("hirehub matching run: invalid value '120' for match.recommended.threshold"
                        + " (from command line): expected a score in 0..100");
    }

    @Test
    void shouldRejectAnUnknownOptionWithExitCode2() {
        assertThat(run("dev", "--no-such-option").code).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void shouldReachTheRegistryOnlyThroughTheUrlItIsGiven() {
        final Run run = run("registry", "subjects", "--registry-url", "http://localhost:1");

        assertThat(run.code).isEqualTo(ExitCodes.NO_STACK);
        assertThat(run.err)
                .startsWith("hirehub registry subjects: schema registry at http://localhost:1 does not answer");
    }

    private static Run run(final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cli = HirehubCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {}
}
