package io.hirehub.launcher.data;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.stack.config.HirehubSettings;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code hirehub dev --demo}: loads {@link SeedPlan#demo()} once per data dir, remembered by
 * {@code DIR/demo-loaded.json} (the seed summary). Runs beside the stack so Ctrl-C still works. A
 * load that a crash interrupted goes on at the next {@code dev --demo}: what committed is skipped.
 */
public final class DemoData {

    public static final String MARKER = "demo-loaded.json";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private DemoData() {}

    /** Starts loading on a daemon thread unless this data dir already has the demo set; returns that thread or null. */
    public static Thread loadInBackground(
            final HirehubSettings settings, final Endpoints endpoints, final PrintWriter out) {
        final Path marker = settings.dataDir().resolve(MARKER);
        if (Files.exists(marker)) {
            out.println("Demo data already loaded in this data dir (" + marker + ").");
            out.flush();
            return null;
        }
        final Thread thread = new Thread(() -> load(settings, endpoints, out, marker), "hirehub-demo-data");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Loads the demo set now and writes the marker; false if it failed (logged, the stack keeps running). */
    static boolean load(
            final HirehubSettings settings, final Endpoints endpoints, final PrintWriter out, final Path marker) {
        final SeedPlan plan = SeedPlan.demo();
        out.printf(
                "Loading demo data: %d companies, %d jobs, %d resumes ...%n",
                plan.companies(), plan.jobs(), plan.resumes());
        out.flush();
        try (DataTargets targets = DataTargets.open(endpoints, settings.postgres())) {
            final SeedSummary summary = SeedCommand.run(targets, plan, false, AlreadyLoaded.SKIP);
            Files.writeString(marker, DataJson.write(summary) + System.lineSeparator());
            out.printf(
                    "Demo data loaded in %.1f s (seed %d).%n", summary.seconds().get("total"), plan.seed());
            out.flush();
            return true;
        } catch (Exception | Error e) { // NOPMD: this thread never ends without a word
            LOG.error("Loading the demo data failed: {}", e.toString(), e);
            out.println("Loading the demo data failed: " + e.getMessage() + " (the stack keeps running; see the log)");
            out.flush();
            return false;
        }
    }
}
