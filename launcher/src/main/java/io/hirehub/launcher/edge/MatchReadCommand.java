package io.hirehub.launcher.edge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.edge.auth.LocalIssuer;
import io.hirehub.launcher.cli.CliException;
import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.launcher.cli.RunningStack;
import io.hirehub.launcher.cli.StackOptions;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.EndpointsFile;
import io.hirehub.stack.config.HirehubSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The reads of {@code hirehub match}: a GET on the edge, printed as JSON. The token is
 * {@code --token} (or {@code HIREHUB_TOKEN}); without one, against the development issuer, the
 * command signs as a user allowed to read the answer (a member of the job's company, the user, the
 * resume's owner). A problem answer ends the command with its detail (exit 1).
 */
abstract class MatchReadCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    StackOptions options;

    @Option(names = "--edge-url", paramLabel = "URL", description = "The edge (default: the running dev stack's).")
    String edgeUrl;

    @Option(
            names = "--token",
            paramLabel = "JWT",
            description = "Bearer token (default HIREHUB_TOKEN, else signed by dev's issuer).")
    String token;

    @Option(names = "--allow-stale", description = "Accept a standby's answer during a rebalance.")
    boolean allowStale;

    @Spec
    CommandSpec spec;

    /** The path and query to GET. */
    abstract String path();

    /** SQL (one UUID parameter) naming the user a dev token is signed for, with its schema. */
    abstract String holderQuery(MigrationSettings db);

    /** The parameter of {@link #holderQuery}. */
    abstract UUID holderKey();

    @Override
    public Integer call() throws Exception {
        final HirehubSettings settings = options.settings();
        final String edge = Optional.ofNullable(edgeUrl)
                .or(() -> EndpointsFile.read(settings.dataDir()).map(Endpoints::edge))
                .orElseThrow(
                        () -> new CliException(ExitCodes.NO_STACK, "no edge: start `hirehub dev` or pass --edge-url"));
        final String bearer = Optional.ofNullable(token)
                .or(() -> Optional.ofNullable(System.getenv("HIREHUB_TOKEN")))
                .orElseGet(() -> devToken(settings));
        final String query = path() + (allowStale ? (path().contains("?") ? "&" : "?") + "allow_stale=true" : "");
        final HttpResponse<String> answer;
        try {
            answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(edge.replaceAll("/+$", "") + query))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Authorization", "Bearer " + bearer)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CliException(ExitCodes.NO_STACK, "the edge at " + edge + " does not answer: " + e.getMessage());
        }
        final JsonNode body = JSON.readTree(answer.body().isEmpty() ? "{}" : answer.body());
        if (answer.statusCode() >= 400) {
            throw new CliException(
                    ExitCodes.FAILED,
                    answer.statusCode() + " " + body.path("title").asText() + ": "
                            + body.path("detail").asText());
        }
        final PrintWriter out = spec.commandLine().getOut();
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body));
        answer.headers()
                .firstValue("HireHub-Staleness")
                .ifPresent(lag -> spec.commandLine()
                        .getErr()
                        .println("answered by a standby, at most " + lag + " records behind"));
        out.flush();
        return ExitCodes.OK;
    }

    private String devToken(final HirehubSettings settings) {
        if (!settings.edge().localIssuer() || !Files.isRegularFile(DevIssuer.keyFile(settings.dataDir()))) {
            throw new CliException(ExitCodes.USAGE, "pass --token (or set HIREHUB_TOKEN): no development issuer here");
        }
        final MigrationSettings db =
                DatabaseSetup.migrationSettings(new RunningStack(settings).jdbc(), settings.postgres());
        try (Connection connection =
                        DriverManager.getConnection(db.jdbcUrlFor(HirehubService.USER), db.user(), db.password());
                PreparedStatement select = connection.prepareStatement(holderQuery(db))) {
            select.setObject(1, holderKey());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getString(1) == null) {
                    throw new CliException(ExitCodes.FAILED, "nobody may read this: " + holderKey() + " is unknown");
                }
                return LocalIssuer.load(DevIssuer.keyFile(settings.dataDir()))
                        .mint(row.getString(1), Optional.empty(), Duration.ofMinutes(5));
            }
        } catch (SQLException e) {
            throw new CliException(ExitCodes.NO_STACK, "cannot read users: " + e.getMessage(), e);
        }
    }

    private static String users(final MigrationSettings db) {
        return db.schemaFor(HirehubService.USER) + ".users";
    }

    /** {@code hirehub match top --job ID [--limit N] [--offset N]}. */
    @Command(name = "top", mixinStandardHelpOptions = true, description = "A job's top matches, best first.")
    static final class Top extends MatchReadCommand {
        @Option(names = "--job", required = true, paramLabel = "ID", description = "jobs.id")
        UUID job;

        @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "Page size (default 20).")
        int limit;

        @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "First item (default 0).")
        int offset;

        @Override
        String path() {
            return "/v1/jobs/" + job + "/matches?limit=" + limit + "&offset=" + offset;
        }

        @Override
        String holderQuery(final MigrationSettings db) {
            return "SELECT u.cognito_sub FROM " + db.schemaFor(HirehubService.JOB) + ".jobs j JOIN "
                    + db.schemaFor(HirehubService.USER) + ".company_members m ON m.company_id = j.company_id JOIN "
                    + users(db) + " u ON u.id = m.user_id WHERE j.id = ? ORDER BY m.is_primary DESC LIMIT 1";
        }

        @Override
        UUID holderKey() {
            return job;
        }
    }

    /** {@code hirehub match recommended --user ID}. */
    @Command(name = "recommended", mixinStandardHelpOptions = true, description = "A jobseeker's recommended jobs.")
    static final class Recommended extends MatchReadCommand {
        @Option(names = "--user", required = true, paramLabel = "ID", description = "users.id")
        UUID user;

        @Override
        String path() {
            return "/v1/users/" + user + "/recommendations";
        }

        @Override
        String holderQuery(final MigrationSettings db) {
            return "SELECT cognito_sub FROM " + users(db) + " WHERE id = ?";
        }

        @Override
        UUID holderKey() {
            return user;
        }
    }

    /** {@code hirehub match detail --job ID --resume ID}. */
    @Command(name = "detail", mixinStandardHelpOptions = true, description = "A match's scores and explanation.")
    static final class Detail extends MatchReadCommand {
        @Option(names = "--job", required = true, paramLabel = "ID", description = "jobs.id")
        UUID job;

        @Option(names = "--resume", required = true, paramLabel = "ID", description = "resumes.id")
        UUID resume;

        @Override
        String path() {
            return "/v1/matches/" + job + "/" + resume;
        }

        @Override
        String holderQuery(final MigrationSettings db) {
            return "SELECT u.cognito_sub FROM " + db.schemaFor(HirehubService.RESUME) + ".resumes r JOIN " + users(db)
                    + " u ON u.id = r.user_id WHERE r.id = ?";
        }

        @Override
        UUID holderKey() {
            return resume;
        }
    }
}
