package io.hirehub.launcher.it.data;

import io.hirehub.launcher.HirehubCommand;
import io.hirehub.testsupport.SharedStack;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of a data command against the shared stack through explicit endpoints.
 *
 * @param code exit code
 * @param out  stdout
 * @param err  stderr
 */
record DataCli(int code, String out, String err) {

    static DataCli run(final Path dataDir, final String... args) {
        final SharedStack stack = SharedStack.get();
        final List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--data-dir",
                dataDir.toString(),
                "--jdbc-url",
                stack.jdbcUrl(),
                "--registry-url",
                stack.registryUrl(),
                "--s3-endpoint",
                stack.s3Endpoint(),
                "-s",
                "s3.bucket=" + stack.bucket()));
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cli = HirehubCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        final int code = cli.execute(all.toArray(String[]::new));
        return new DataCli(code, out.toString(), err.toString());
    }
}
