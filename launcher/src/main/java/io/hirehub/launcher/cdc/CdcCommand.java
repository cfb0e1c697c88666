package io.hirehub.launcher.cdc;

import io.hirehub.launcher.HirehubCommand;
import io.hirehub.launcher.cli.CommandGroup;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hirehub cdc}: the Debezium CDC runner ({@code run}) and its slot's health ({@code status}).
 * Runs alone too ({@link #main}), which is how tests start a runner in a separate JVM.
 */
@Command(
        name = "cdc",
        mixinStandardHelpOptions = true,
        description = "Change data capture from PostgreSQL to the entity changelog and event topics.",
        subcommands = {CdcRunCommand.class, CdcStatusCommand.class})
public final class CdcCommand extends CommandGroup {

    public static void main(final String[] args) {
        System.exit(new CommandLine(new CdcCommand())
                .setExecutionExceptionHandler(HirehubCommand.errors())
                .execute(args));
    }
}
