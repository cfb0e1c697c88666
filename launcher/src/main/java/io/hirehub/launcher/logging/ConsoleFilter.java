package io.hirehub.launcher.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * What the console shows. The stack's own narrative (the launcher's lines at INFO: parts starting,
 * ready, stopping) and our WARNs and errors always; the engines we embed (Kafka, Debezium, jclouds,
 * ...) only at WARN and above, and not at all once the process writes a log file
 * ({@link Logging#toFile}), where everything goes. {@link Logging#verbose} turns this filter off
 * (the verbose appender then shows everything).
 */
public final class ConsoleFilter extends Filter<ILoggingEvent> {

    private static final String OURS = "io.hirehub.";
    private static final String LAUNCHER = "io.hirehub.launcher.";

    @Override
    public FilterReply decide(final ILoggingEvent event) {
        final boolean fileOnly = event.getMarkerList() != null
                && event.getMarkerList().contains(Logging.FILE_ONLY)
                && Logging.toFileEnabled();
        return !fileOnly && shows(event.getLoggerName(), event.getLevel(), Logging.verbose(), Logging.toFileEnabled())
                ? FilterReply.NEUTRAL
                : FilterReply.DENY;
    }

    /** The rule, apart from logback: whether a line of {@code logger} at {@code level} reaches the console. */
    static boolean shows(final String logger, final Level level, final boolean verbose, final boolean logFile) {
        if (verbose) {
            return false; // the verbose appender shows it, with thread, logger and full stack traces
        }
        if (logger.startsWith(LAUNCHER)) {
            return level.isGreaterOrEqual(Level.INFO);
        }
        if (logger.startsWith(OURS)) {
            return level.isGreaterOrEqual(Level.WARN);
        }
        return !logFile && level.isGreaterOrEqual(Level.WARN);
    }
}
