package io.hirehub.launcher.edge;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.config.HirehubSettings;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code dev --demo}: once the demo data is in, prints three requests against the edge that work on
 * it: a company member reads one of its jobs, posts a new one, and a jobseeker reads its resume's
 * analysis state; each gets its token from {@code hirehub token}.
 */
public final class DemoRequests {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRequests.class);

    private record Sample(UUID member, UUID company, UUID job, UUID jobseeker, UUID resume) {}

    private DemoRequests() {}

    /** Waits for {@code loader} (null when the data was loaded before), then prints; on a daemon thread. */
    public static void printWhenLoaded(
            final HirehubSettings settings, final Endpoints endpoints, final PrintWriter out, final Thread loader) {
        if (endpoints.edge() == null) {
            return;
        }
        final Thread thread = new Thread(
                () -> {
                    try {
                        if (loader != null) {
                            loader.join();
                        }
                        sample(settings, endpoints)
                                .ifPresentOrElse(
                                        sample -> print(out, settings, endpoints.edge(), sample),
                                        () -> LOG.warn("no demo company, job and resume to show requests on"));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception | Error e) { // NOPMD: this thread never ends without a word
                        LOG.error("cannot print the demo requests: {}", e.toString(), e);
                    }
                },
                "hirehub-demo-requests");
        thread.setDaemon(true);
        thread.start();
    }

    static String requests(final String edge, final String tokenCommand, final Sample s) {
        final String member = "\"Authorization: Bearer $(" + tokenCommand + " --user " + s.member() + ")\"";
        final String jobseeker = "\"Authorization: Bearer $(" + tokenCommand + " --user " + s.jobseeker() + ")\"";
        return String.join(
                System.lineSeparator(),
                "Try the edge (" + edge + "; /docs lists every route):",
                "  # a company member reads one of its jobs",
                "  curl -s -H " + member + " " + edge + "/v1/jobs/" + s.job(),
                "  # the same member posts an open job (run it twice: the Idempotency-Key replays the first answer)",
                "  curl -s -i -H " + member + " -H 'Content-Type: application/json' -H 'Idempotency-Key: demo-job-1'"
                        + " -d '{\"company_id\":\"" + s.company() + "\",\"title\":\"Kafka Streams engineer\","
                        + "\"job_type\":\"full-time\",\"status\":\"open\",\"salary_min\":6000,\"salary_max\":9000,"
                        + "\"required_skills\":[{\"name\":\"Kafka\",\"category\":\"framework\"}]}' " + edge
                        + "/v1/jobs",
                "  # a jobseeker reads its resume and its analysis state",
                "  curl -s -H " + jobseeker + " " + edge + "/v1/resumes/" + s.resume());
    }

    private static void print(
            final PrintWriter out, final HirehubSettings settings, final String edge, final Sample sample) {
        out.println(requests(edge, "./hirehub token --data-dir " + settings.dataDir(), sample));
        out.flush();
    }

    private static Optional<Sample> sample(final HirehubSettings settings, final Endpoints endpoints)
            throws SQLException {
        final MigrationSettings db = DatabaseSetup.migrationSettings(endpoints.jdbc(), settings.postgres());
        final String users = db.schemaFor(HirehubService.USER);
        final String jobs = db.schemaFor(HirehubService.JOB);
        final String resumes = db.schemaFor(HirehubService.RESUME);
        try (Connection connection =
                DriverManager.getConnection(db.jdbcUrlFor(HirehubService.USER), db.user(), db.password())) {
            UUID member = null;
            UUID company = null;
            UUID job = null;
            try (PreparedStatement select = connection.prepareStatement("SELECT m.user_id, m.company_id, j.id FROM "
                            + users + ".company_members m JOIN " + jobs + ".jobs j ON j.company_id = m.company_id"
                            + " WHERE j.status = 'open' ORDER BY j.created_at, j.id LIMIT 1");
                    ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    member = row.getObject(1, UUID.class);
                    company = row.getObject(2, UUID.class);
                    job = row.getObject(3, UUID.class);
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT user_id, id FROM " + resumes + ".resumes ORDER BY created_at, id LIMIT 1");
                    ResultSet row = select.executeQuery()) {
                if (member == null || !row.next()) {
                    return Optional.empty();
                }
                return Optional.of(
                        new Sample(member, company, job, row.getObject(1, UUID.class), row.getObject(2, UUID.class)));
            }
        }
    }
}
