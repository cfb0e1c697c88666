package io.hirehub.launcher.status;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.config.PostgresSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the pipeline has produced so far, read from the system of record: resumes by status, open
 * jobs and how many of them have matches, {@code matches} rows and how many are recommended, and
 * applications by status.
 *
 * @param resumes     resume count per status ({@code processing}, {@code ready}, {@code error})
 * @param openJobs    jobs with status {@code open}
 * @param jobsMatched open jobs with at least one {@code matches} row
 * @param matches     {@code matches} rows
 * @param recommended {@code matches} rows with {@code is_recommended}
 * @param applications application count per status ({@code submitted}, {@code reviewing}, …)
 */
public record PipelineCounts(
        Map<String, Long> resumes,
        long openJobs,
        long jobsMatched,
        long matches,
        long recommended,
        Map<String, Long> applications) {

    public PipelineCounts {
        resumes = Map.copyOf(resumes);
        applications = Map.copyOf(applications);
    }

    public long applicationsTotal() {
        return applications.values().stream().mapToLong(Long::longValue).sum();
    }

    public long resumesTotal() {
        return resumes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Resumes the pipeline has answered (ready or error). */
    public long resumesAnalysed() {
        return resumesTotal() - resumes.getOrDefault("processing", 0L);
    }

    /** Reads the counts; each service's tables from its own database when one is configured. */
    public static PipelineCounts read(final Endpoints.Jdbc jdbc, final PostgresSettings settings) throws SQLException {
        final MigrationSettings postgres = DatabaseSetup.migrationSettings(jdbc, settings);
        final Map<String, Long> resumes = new TreeMap<>();
        try (Connection c = connect(postgres, HirehubService.RESUME);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT coalesce(status, 'processing'), count(*) FROM "
                        + postgres.schemaFor(HirehubService.RESUME) + ".resumes GROUP BY 1")) {
            while (rs.next()) {
                resumes.put(rs.getString(1), rs.getLong(2));
            }
        }
        final Map<String, Long> applications = new TreeMap<>();
        try (Connection c = connect(postgres, HirehubService.APPLY);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT status, count(*) FROM "
                        + postgres.schemaFor(HirehubService.APPLY) + ".applications GROUP BY 1")) {
            while (rs.next()) {
                applications.put(rs.getString(1), rs.getLong(2));
            }
        }
        final Map<String, Long> matches = new LinkedHashMap<>();
        try (Connection c = connect(postgres, HirehubService.MATCH);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE is_recommended) FROM "
                        + postgres.schemaFor(HirehubService.MATCH) + ".matches")) {
            rs.next();
            matches.put("rows", rs.getLong(1));
            matches.put("recommended", rs.getLong(2));
        }
        final long open;
        final long matched;
        final boolean oneDatabase =
                postgres.jdbcUrlFor(HirehubService.JOB).equals(postgres.jdbcUrlFor(HirehubService.MATCH));
        try (Connection c = connect(postgres, HirehubService.JOB);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*), "
                        + (oneDatabase
                                ? "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "
                                        + postgres.schemaFor(HirehubService.MATCH)
                                        + ".matches m WHERE m.job_id = j.id))"
                                : "0")
                        + " FROM " + postgres.schemaFor(HirehubService.JOB) + ".jobs j WHERE j.status = 'open'")) {
            rs.next();
            open = rs.getLong(1);
            matched = rs.getLong(2);
        }
        return new PipelineCounts(
                resumes, open, matched, matches.get("rows"), matches.get("recommended"), applications);
    }

    private static Connection connect(final MigrationSettings postgres, final HirehubService service)
            throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrlFor(service), postgres.user(), postgres.password());
    }
}
