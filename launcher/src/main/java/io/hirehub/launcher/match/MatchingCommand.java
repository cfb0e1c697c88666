package io.hirehub.launcher.match;

import io.hirehub.launcher.stack.Endpoints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hirehub matching run}: job profiles, matching and the matches write-back alone, against external infrastructure. */
@Command(name = "matching", mixinStandardHelpOptions = true, description = "Job/resume matching.",
        subcommands = MatchingCommand.Run.class)
public final class MatchingCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run the matching topology (exactly-once) and the matches write-back until stopped.")
    static final class Run implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--kafka-bootstrap-servers", required = true, paramLabel = "HOST:PORT")
        private String kafka;

        @Option(names = "--jdbc-url", required = true, paramLabel = "URL")
        private String jdbcUrl;

        @Option(names = "--jdbc-user", required = true, paramLabel = "USER")
        private String jdbcUser;

        @Option(names = "--jdbc-password", paramLabel = "PASSWORD", defaultValue = "${env:HIREHUB_POSTGRES_PASSWORD}")
        private String jdbcPassword;

        @Option(names = "--registry-url", required = true, paramLabel = "URL")
        private String registryUrl;

        @Option(names = "--partitions", paramLabel = "N", defaultValue = "6",
                description = "Partitions of hirehub.resume.profiles (the job broadcast topic gets as many).")
        private int partitions;

        @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = ".hirehub/matching")
        private Path stateDir;

        @Override
        public Integer call() throws Exception {
            final MatchingRuntime runtime = MatchingRuntime.start(kafka,
                    new Endpoints.Jdbc(jdbcUrl, jdbcUser, jdbcPassword == null ? "" : jdbcPassword), registryUrl,
                    Files.createDirectories(stateDir), partitions);
            final CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                runtime.close();
                stop.countDown();
            }, "hirehub-matching-shutdown"));
            spec.commandLine().getOut().println("hirehub matching: running (Ctrl-C to stop)");
            spec.commandLine().getOut().flush();
            stop.await();
            return 0;
        }
    }
}
