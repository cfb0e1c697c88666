package io.hirehub.launcher.status;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.stack.config.HirehubSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code hirehub dev --demo}'s progress on the console: one line (resumes analysed of all resumes,
 * open jobs matched) rewritten in place on a terminal, or printed every {@link #PLAIN_EVERY} when the
 * output is a file, until the demo is through: every resume answered, every consumer group caught up,
 * and the same counts twice in a row. Then one summary line.
 */
public final class DemoProgress implements Runnable {

    static final Duration POLL = Duration.ofSeconds(2);
    static final Duration PLAIN_EVERY = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(DemoProgress.class);

    private final HirehubSettings settings;
    private final PrintWriter out;
    private final boolean terminal;
    private final Instant processStart;
    private volatile boolean stopped;

    private volatile Endpoints endpoints;

    public DemoProgress(
            final HirehubSettings settings, final PrintWriter out, final boolean terminal, final Instant processStart) {
        this.settings = settings;
        this.out = out;
        this.terminal = terminal;
        this.processStart = processStart;
    }

    /** Watches the stack at {@code endpoints} on a daemon thread; stops by itself when the demo is through. */
    public Thread startInBackground(final Endpoints stackEndpoints) {
        this.endpoints = stackEndpoints;
        final Thread thread = new Thread(this, "hirehub-demo-progress");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    public void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        final Instant begin = Instant.now();
        Instant lastPrinted = Instant.EPOCH;
        String lastLine = "";
        PipelineCounts previous = null;
        long baseline = -1;
        try (StackProbe probe = new StackProbe(settings, endpoints.kafka(), endpoints.jdbc())) {
            while (!stopped) {
                final Optional<PipelineCounts> read = read(probe::counts);
                // Nothing to show until the demo's first rows are in.
                if (read.isPresent() && read.get().resumesTotal() + read.get().openJobs() > 0) {
                    final PipelineCounts counts = read.get();
                    final Instant now = Instant.now();
                    if (through(counts, previous, probe)) {
                        if (terminal) {
                            out.print("\r" + " ".repeat(lastLine.length()) + "\r");
                        }
                        out.println(summary(counts, Duration.between(processStart, now)));
                        out.flush();
                        return;
                    }
                    if (baseline < 0) {
                        baseline = counts.resumesAnalysed();
                    }
                    final String line = line(counts, counts.resumesAnalysed() - baseline, Duration.between(begin, now));
                    if (terminal) {
                        out.print("\r" + line + " ".repeat(Math.max(0, lastLine.length() - line.length())));
                        out.flush();
                        lastLine = line;
                    } else if (!line.equals(lastLine)
                            && Duration.between(lastPrinted, now).compareTo(PLAIN_EVERY) >= 0) {
                        out.println(line);
                        out.flush();
                        lastLine = line;
                        lastPrinted = now;
                    }
                    previous = counts;
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | Error e) { // NOPMD: this thread never ends without a word
            LOG.warn("demo progress stopped: {}", e.toString(), e);
        }
    }

    /** Every resume answered, the same counts as the last poll, and no consumer group behind. */
    private boolean through(final PipelineCounts counts, final PipelineCounts previous, final StackProbe probe) {
        if (counts.resumesTotal() == 0
                || counts.resumesAnalysed() < counts.resumesTotal()
                || !counts.equals(previous)) {
            return false;
        }
        final Optional<Map<String, Optional<Long>>> lag = read(probe::consumerLag);
        return lag.isPresent() && lag.get().values().stream().allMatch(l -> l.isPresent() && l.get() == 0);
    }

    /** The progress line; the rate counts the resumes analysed since this process began watching. */
    static String line(final PipelineCounts c, final long analysedSinceStart, final Duration elapsed) {
        final double seconds = Math.max(1, elapsed.toMillis()) / 1000.0;
        return String.format(
                Locale.ROOT,
                "demo: %s/%s resumes analysed (%.1f/s), %s/%s open jobs matched, %s matches",
                StatusText.number(c.resumesAnalysed()),
                StatusText.number(c.resumesTotal()),
                analysedSinceStart / seconds,
                StatusText.number(c.jobsMatched()),
                StatusText.number(c.openJobs()),
                StatusText.number(c.matches()));
    }

    static String summary(final PipelineCounts c, final Duration sinceStart) {
        return String.format(
                Locale.ROOT,
                "Demo through, %.1f s after start: %s resumes analysed (%s ready, %s error); %s of %s open jobs"
                        + " matched (%s matches, %s recommended).",
                sinceStart.toMillis() / 1000.0,
                StatusText.number(c.resumesAnalysed()),
                StatusText.number(c.resumes().getOrDefault("ready", 0L)),
                StatusText.number(c.resumes().getOrDefault("error", 0L)),
                StatusText.number(c.jobsMatched()),
                StatusText.number(c.openJobs()),
                StatusText.number(c.matches()),
                StatusText.number(c.recommended()));
    }

    private static <T> Optional<T> read(final Read<T> reader) {
        try {
            return Optional.of(reader.read());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            LOG.debug("demo progress: {}", e.toString());
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface Read<T> {
        T read() throws Exception;
    }
}
