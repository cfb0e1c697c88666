package io.hirehub.launcher;

import io.hirehub.apps.match.EmbeddingMismatchException;
import io.hirehub.launcher.cdc.CdcCommand;
import io.hirehub.launcher.cli.CliException;
import io.hirehub.launcher.cli.CommandGroup;
import io.hirehub.launcher.cli.DevCommand;
import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.launcher.cli.MigrateCommand;
import io.hirehub.launcher.cli.RegistryCommand;
import io.hirehub.launcher.cli.TopicsCommand;
import io.hirehub.launcher.data.ImportCommand;
import io.hirehub.launcher.data.SeedCommand;
import io.hirehub.launcher.status.StatusCommand;
import io.hirehub.runtime.health.PartFailedException;
import io.hirehub.stack.StackException;
import io.hirehub.stack.config.ConfigException;
import io.hirehub.stack.logging.Logging;
import io.hirehub.stack.topics.TopicPlanException;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code hirehub} command. Failures the user can act on (a busy port, a bad setting, no running
 * stack) end as one line on stderr and a documented exit code, never as a stack trace.
 */
@Command(
        name = "hirehub",
        mixinStandardHelpOptions = true,
        versionProvider = HirehubCommand.Version.class,
        description = "HireHub streams: the embedded dev stack and the tools around it.",
        subcommands = {
            DevCommand.class,
            StatusCommand.class,
            MigrateCommand.class,
            TopicsCommand.class,
            RegistryCommand.class,
            CdcCommand.class,
            SeedCommand.class,
            ImportCommand.class,
            io.hirehub.launcher.resume.ResumeCommand.class,
            io.hirehub.launcher.resume.PiiCommand.class,
            io.hirehub.launcher.resume.ResumePipelineCommand.class,
            io.hirehub.launcher.match.MatchingCommand.class,
            io.hirehub.launcher.edge.TokenCommand.class,
            io.hirehub.launcher.edge.MatchCommand.class,
            io.hirehub.launcher.notify.NotificationsCommand.class,
            CommandLine.HelpCommand.class
        })
public final class HirehubCommand extends CommandGroup {

    /** {@code --verbose}, on every subcommand: the console shows every log line, libraries' included. */
    @Option(
            names = "--verbose",
            scope = ScopeType.INHERIT,
            description = "Show every log line on the console (libraries' INFO and WARN too, with stack traces).")
    void verbose(final boolean on) {
        Logging.verbose(on);
    }

    /** A command line wired with the error handling of the real command; tests use it in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new HirehubCommand()).setExecutionExceptionHandler(HirehubCommand::handle);
    }

    /** The error handling of the real command, for a subcommand run on its own ({@code CdcCommand.main}). */
    public static CommandLine.IExecutionExceptionHandler errors() {
        return HirehubCommand::handle;
    }

    public static void main(final String[] args) {
        pinXmlFactories();
        // Route java.util.logging (jclouds, some JDK parts) into SLF4J.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(commandLine().execute(args));
    }

    /**
     * Names the JDK's own XML factories, which are what the shipped classpath resolves to anyway: without
     * the names, JAXP looks for providers in every jar's META-INF/services on each lookup, and POI does
     * a lookup per DOCX resume (about 3% of a resume's analysis).
     */
    private static void pinXmlFactories() {
        System.getProperties()
                .putIfAbsent(
                        "javax.xml.parsers.SAXParserFactory",
                        "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
        System.getProperties()
                .putIfAbsent(
                        "javax.xml.parsers.DocumentBuilderFactory",
                        "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
        System.getProperties()
                .putIfAbsent(
                        "javax.xml.transform.TransformerFactory",
                        "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
    }

    private static int handle(
            final Exception error, final CommandLine commandLine, final CommandLine.ParseResult parseResult) {
        final int code;
        if (error instanceof CliException cli) {
            code = cli.exitCode();
        } else if (error instanceof ConfigException || error instanceof EmbeddingMismatchException) {
            code = ExitCodes.USAGE;
        } else if (error instanceof StackException || error instanceof PartFailedException) {
            code = ExitCodes.START_FAILED;
        } else if (error instanceof TopicPlanException) {
            code = ExitCodes.FAILED;
        } else {
            // Unexpected: keep the trace, it is a bug report.
            commandLine.getErr().println("hirehub: unexpected error");
            error.printStackTrace(commandLine.getErr());
            return ExitCodes.FAILED;
        }
        // A part that failed has a stack trace in the log; a busy port or a data dir in use needs none.
        final String details = code == ExitCodes.START_FAILED && error.getCause() != null
                ? Logging.file().map(log -> " (details in " + log + ")").orElse("")
                : "";
        commandLine
                .getErr()
                .println(commandLine.getCommandSpec().qualifiedName() + ": " + error.getMessage() + details);
        commandLine.getErr().flush();
        return code;
    }

    /** The version from the jar manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            final String version = HirehubCommand.class.getPackage().getImplementationVersion();
            return new String[] {"hirehub " + (version == null ? "(development build)" : version)};
        }
    }
}
