package io.hirehub.launcher.it;

import io.hirehub.launcher.HirehubCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the {@code hirehub} command with its real error handling.
 *
 * @param code exit code
 * @param out  what it printed on stdout
 * @param err  what it printed on stderr
 */
record CliRun(int code, String out, String err) {

    static CliRun of(final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cli = HirehubCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        final int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
