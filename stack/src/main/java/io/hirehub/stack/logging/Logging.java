package io.hirehub.stack.logging;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * Where log lines go: the console shows the stack's own lines ({@link ConsoleFilter}); a process that
 * runs parts of the stack ({@code dev}, {@code cdc run}, {@code resume-pipeline run},
 * {@code matching run}) also writes everything, libraries included, to {@code DIR/logs/hirehub.log}
 * (rolled at 20 MB, five files kept); {@code --verbose} puts everything on the console too.
 */
public final class Logging {

    /**
     * Marks a line for the log file only: e.g. a part's start failure, which the command repeats as its
     * one-line error message, so the console does not say it twice.
     */
    public static final Marker FILE_ONLY = MarkerFactory.getMarker("HIREHUB_FILE_ONLY");

    /** The log file under a data dir. */
    public static final String FILE = "logs/hirehub.log";

    private static final String FILE_APPENDER = "FILE";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";
    private static volatile boolean verbose;
    private static volatile Path file;

    private Logging() {}

    /** {@code --verbose}: every line on the console, with thread, logger and stack traces. */
    public static void verbose(final boolean on) {
        verbose = on;
    }

    public static boolean verbose() {
        return verbose;
    }

    static boolean toFileEnabled() {
        return file != null;
    }

    /** The log file this process writes, if any. */
    public static Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /**
     * Writes every line, libraries' INFO and WARN included, to {@code dataDir/logs/hirehub.log} from now
     * on, and keeps the libraries off the console; returns the file. Idempotent.
     */
    public static synchronized Path toFile(final Path dataDir) {
        final Path target = dataDir.resolve(FILE).toAbsolutePath().normalize();
        if (target.equals(file)) {
            return target;
        }
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return target; // another SLF4J binding (a test harness): leave its configuration alone
        }
        final ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        final RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(FILE_APPENDER);
        appender.setFile(target.toString());

        final FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(target.toString().replaceFirst("\\.log$", "") + ".%i.log.gz");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();

        final SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("20MB"));
        trigger.start();

        final PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();
        root.detachAppender(FILE_APPENDER);
        root.addAppender(appender);
        file = target;
        return target;
    }
}
