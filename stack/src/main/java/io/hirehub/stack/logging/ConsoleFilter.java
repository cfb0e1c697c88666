package io.hirehub.stack.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;

/**
 * What the console shows. The stack's own narrative (the launcher's lines at INFO: parts starting,
 * ready, stopping) and our WARNs and errors always; the engines we embed (Kafka, Debezium, jclouds,
 * ...) only at WARN and above, and not at all once the process writes a log file
 * ({@link Logging#toFile}), where everything goes. {@link Logging#verbose} turns this filter off
 * (the verbose appender then shows everything).
 */
public final class ConsoleFilter extends Filter<ILoggingEvent> {

    private static final String OURS = "io.hirehub.";
    /** The command's own lines and the stack's (parts starting, ready, stopping), shown from INFO. */
    private static final List<String> AT_INFO = List.of("io.hirehub.launcher.", "io.hirehub.stack.");

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
        if (AT_INFO.stream().anyMatch(logger::startsWith)) {
            return level.isGreaterOrEqual(Level.INFO);
        }
        if (logger.startsWith(OURS)) {
            return level.isGreaterOrEqual(Level.WARN);
        }
        return !logFile && level.isGreaterOrEqual(Level.WARN);
    }
}
