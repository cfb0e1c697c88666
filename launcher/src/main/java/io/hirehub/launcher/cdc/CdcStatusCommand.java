package io.hirehub.launcher.cdc;

import io.hirehub.connectors.cdc.SlotStatus;
import io.hirehub.connectors.cdc.SlotStatusReader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code hirehub cdc status}: the replication slot as PostgreSQL sees it, and who leads. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Print the slot, whether it is active, retained WAL bytes, lag bytes and the leader.")
final class CdcStatusCommand implements Callable<Integer> {

    @Mixin
    private CdcOptions options;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        final SlotStatus status = new SlotStatusReader(options.settings()).read();
        final PrintWriter out = spec.commandLine().getOut();
        out.println(format(status));
        out.flush();
        return status.exists() ? 0 : 3;
    }

    static String format(final SlotStatus s) {
        return String.join(
                System.lineSeparator(),
                "slot:          " + s.slot() + (s.exists() ? "" : " (missing: created on the runner's first start)"),
                "active:        " + s.active(),
                "retained WAL:  " + s.retainedBytes() + " bytes",
                "lag:           " + s.lagBytes() + " bytes",
                "leader:        " + s.leader().orElse("none"));
    }
}
