package io.hirehub.launcher;

import io.hirehub.launcher.cdc.CdcCommand;
import io.hirehub.launcher.cli.CliException;
import io.hirehub.launcher.cli.CommandGroup;
import io.hirehub.launcher.cli.DevCommand;
import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.launcher.cli.MigrateCommand;
import io.hirehub.launcher.cli.RegistryCommand;
import io.hirehub.launcher.cli.TopicsCommand;
import io.hirehub.launcher.config.ConfigException;
import io.hirehub.launcher.data.ImportCommand;
import io.hirehub.launcher.data.SeedCommand;
import io.hirehub.launcher.stack.StackException;
import io.hirehub.launcher.topics.TopicPlanException;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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
            CommandLine.HelpCommand.class
        })
public final class HirehubCommand extends CommandGroup {

    /** A command line wired with the error handling of the real command; tests use it in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new HirehubCommand()).setExecutionExceptionHandler(HirehubCommand::handle);
    }

    public static void main(final String[] args) {
        // Route java.util.logging (jclouds, some JDK parts) into SLF4J.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        System.exit(commandLine().execute(args));
    }

    private static int handle(
            final Exception error, final CommandLine commandLine, final CommandLine.ParseResult parseResult) {
        final int code;
        if (error instanceof CliException cli) {
            code = cli.exitCode();
        } else if (error instanceof ConfigException) {
            code = ExitCodes.USAGE;
        } else if (error instanceof StackException) {
            code = ExitCodes.START_FAILED;
        } else if (error instanceof TopicPlanException) {
            code = ExitCodes.FAILED;
        } else {
            // Unexpected: keep the trace, it is a bug report.
            commandLine.getErr().println("hirehub: unexpected error");
            error.printStackTrace(commandLine.getErr());
            return ExitCodes.FAILED;
        }
        commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + error.getMessage());
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
