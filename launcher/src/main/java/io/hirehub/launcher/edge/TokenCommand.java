package io.hirehub.launcher.edge;

import io.hirehub.edge.auth.LocalIssuer;
import io.hirehub.launcher.cli.CliException;
import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.launcher.cli.RunningStack;
import io.hirehub.launcher.cli.StackOptions;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.config.HirehubSettings;
import java.io.PrintWriter;
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
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hirehub token --user ID}: a bearer token for a user of the running dev stack, signed by the
 * edge's development issuer for the user's {@code cognito_sub}. Against a real issuer
 * ({@code edge.auth.issuer}) tokens come from the identity provider and this command refuses.
 */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Print a development bearer token for a user (users.id) of the running dev stack's edge.")
public final class TokenCommand implements Callable<Integer> {

    @Mixin
    private StackOptions options;

    @ArgGroup(multiplicity = "1")
    private Holder holder;

    /** Whose token: a registered user, or a bare subject that has yet to register (POST /v1/users). */
    static final class Holder {
        @Option(names = "--user", paramLabel = "ID", description = "users.id of the token's holder.")
        String user;

        @Option(
                names = "--subject",
                paramLabel = "SUB",
                description = "A subject (cognito_sub) that has not registered yet, to call POST /v1/users.")
        String subject;
    }

    @Option(names = "--email", paramLabel = "EMAIL", description = "The email claim of a --subject token.")
    private String email;

    @Option(
            names = "--ttl",
            paramLabel = "MINUTES",
            defaultValue = "60",
            description = "How long the token is valid, in minutes (1-1440, default 60).")
    private int ttlMinutes;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        final HirehubSettings settings = options.settings();
        if (!settings.edge().localIssuer()) {
            throw new CliException(
                    ExitCodes.USAGE,
                    "edge.auth.issuer is set: tokens come from "
                            + settings.edge().issuer().get() + ", not from hirehub");
        }
        if (ttlMinutes < 1 || ttlMinutes > 1440) {
            throw new CliException(ExitCodes.USAGE, "--ttl: 1 to 1440 minutes, was " + ttlMinutes);
        }
        if (!Files.isRegularFile(DevIssuer.keyFile(settings.dataDir()))) {
            throw new CliException(
                    ExitCodes.NO_STACK,
                    "no development issuer in " + settings.dataDir() + "; start `hirehub dev` (with the edge) first");
        }
        final Subject subject =
                holder.subject != null ? new Subject(holder.subject, email) : subject(settings, userId(holder.user));
        final LocalIssuer issuer = LocalIssuer.load(DevIssuer.keyFile(settings.dataDir()));
        final PrintWriter out = spec.commandLine().getOut();
        out.println(issuer.mint(subject.sub(), Optional.ofNullable(subject.email()), Duration.ofMinutes(ttlMinutes)));
        out.flush();
        return ExitCodes.OK;
    }

    private record Subject(String sub, String email) {}

    private static UUID userId(final String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "--user: a users.id UUID, was '" + text + "'");
        }
    }

    private static Subject subject(final HirehubSettings settings, final UUID userId) {
        final MigrationSettings database =
                DatabaseSetup.migrationSettings(new RunningStack(settings).jdbc(), settings.postgres());
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrlFor(HirehubService.USER), database.user(), database.password());
                PreparedStatement select = connection.prepareStatement("SELECT cognito_sub, email, status FROM "
                        + database.schemaFor(HirehubService.USER) + ".users WHERE id = ?")) {
            select.setObject(1, userId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new CliException(ExitCodes.FAILED, "no user " + userId);
                }
                if (row.getString(1) == null) {
                    throw new CliException(ExitCodes.FAILED, "user " + userId + " has no cognito_sub to sign for");
                }
                if (row.getString(3) != null && !row.getString(3).equals("active")) {
                    throw new CliException(
                            ExitCodes.FAILED, "user " + userId + " is " + row.getString(3) + ", not active");
                }
                return new Subject(row.getString(1), row.getString(2));
            }
        } catch (SQLException e) {
            throw new CliException(ExitCodes.NO_STACK, "cannot read users: " + e.getMessage(), e);
        }
    }
}
