package io.hirehub.launcher.cdc;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hirehub cdc}: the Debezium CDC runner ({@code run}) and its slot's health ({@code status}).
 * Runs alone too ({@link #main}), which is how tests start a runner in a separate JVM.
 */
@Command(name = "cdc", mixinStandardHelpOptions = true,
        description = "Change data capture from PostgreSQL to the entity changelog and event topics.",
        subcommands = {CdcRunCommand.class, CdcStatusCommand.class})
public final class CdcCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(final String[] args) {
        System.exit(new CommandLine(new CdcCommand()).execute(args));
    }
}
