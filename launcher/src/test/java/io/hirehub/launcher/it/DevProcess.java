package io.hirehub.launcher.it;

import static org.awaitility.Awaitility.await;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.stack.EndpointsFile;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code hirehub dev} as a separate JVM from the packaged runnable layout ({@code target/hirehub.jar}
 * + {@code target/lib}), as a user runs it, so SIGTERM and the shutdown hook are exercised for real.
 */
final class DevProcess implements AutoCloseable {

    private final Process process;
    private final Path dataDir;
    private final Path stdout;
    private final Path stderr;

    private DevProcess(final Process process, final Path dataDir, final Path stdout, final Path stderr) {
        this.process = process;
        this.dataDir = dataDir;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** The JVM options the {@code ./hirehub} script uses by default. */
    static final List<String> SCRIPT_JVM = List.of("-Xmx1g");

    /** A small JVM for tests that load no data. */
    static final List<String> SMALL_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC");

    /** Starts {@code hirehub dev --data-dir dataDir} with every port picked free, plus {@code extra} arguments. */
    static DevProcess start(final Path dataDir, final String... extra) throws IOException {
        return start(dataDir, SMALL_JVM, List.of("-s", "topics.partitions=2"), extra);
    }

    /**
     * Starts {@code hirehub dev --data-dir dataDir} exactly as {@code ./hirehub dev} does (its JVM
     * options, the default partitions), every port picked free, plus {@code extra} arguments.
     */
    static DevProcess startAsTheScriptDoes(final Path dataDir, final String... extra) throws IOException {
        return start(dataDir, SCRIPT_JVM, List.of(), extra);
    }

    private static DevProcess start(
            final Path dataDir, final List<String> jvm, final List<String> settings, final String... extra)
            throws IOException {
        final List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvm);
        command.addAll(List.of(
                "-jar",
                jar().toString(),
                "dev",
                "--data-dir",
                dataDir.toString(),
                "-s",
                "kafka.port=0",
                "-s",
                "kafka.controller.port=0",
                "-s",
                "postgres.port=0",
                "-s",
                "s3.port=0",
                "-s",
                "registry.port=0",
                "-s",
                "edge.port=0"));
        command.addAll(settings);
        command.addAll(List.of(extra));
        final Path logs = Files.createTempDirectory("hirehub-dev-it-logs-");
        final Path out = logs.resolve("stdout.txt");
        final Path err = logs.resolve("stderr.txt");
        final ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        // The child must not pick up a developer's HIREHUB_* settings.
        builder.environment().keySet().removeIf(k -> k.startsWith("HIREHUB_"));
        return new DevProcess(builder.start(), dataDir, out, err);
    }

    /**
     * Runs another {@code hirehub} command from the packaged launcher ({@code java -jar hirehub.jar
     * args}) and waits up to two minutes for it.
     */
    static PackagedRun run(final String... args) throws IOException, InterruptedException {
        final List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m", "-XX:+UseSerialGC", "-jar"));
        command.add(jar().toString());
        command.addAll(List.of(args));
        final Path logs = Files.createTempDirectory("hirehub-run-");
        final ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(logs.resolve("out").toFile())
                .redirectError(logs.resolve("err").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("HIREHUB_"));
        final Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("hirehub " + String.join(" ", args) + " did not end within 2 minutes");
        }
        final PackagedRun run = new PackagedRun(
                process.exitValue(), Files.readString(logs.resolve("out")), Files.readString(logs.resolve("err")));
        SharedStack.deleteRecursively(logs);
        return run;
    }

    /**
     * Starts the packaged {@code hirehub <command> run --data-dir dataDir}, each of {@code settings} as
     * {@code -s}, in a small JVM without the caller's {@code HIREHUB_*} variables; its output goes to
     * {@code dataDir/<name>-stdout.txt} and {@link #runnerErr}. Returns once it says it runs; fails
     * with its stderr if it exits first.
     */
    static Process startRunner(final String command, final Path dataDir, final String name, final List<String> settings)
            throws IOException {
        final Path out = dataDir.resolve(name + "-stdout.txt");
        final Path err = runnerErr(dataDir, name);
        final List<String> args = new ArrayList<>();
        args.add(java());
        args.addAll(SMALL_JVM);
        args.addAll(List.of("-jar", jar().toString(), command, "run", "--data-dir", dataDir.toString()));
        for (final String setting : settings) {
            args.add("-s");
            args.add(setting);
        }
        final ProcessBuilder builder =
                new ProcessBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("HIREHUB_"));
        final Process process = builder.start();
        await("hirehub " + command + " run (" + name + ") is running")
                .atMost(ItTimeouts.WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("hirehub " + command + " run exited with " + process.exitValue()
                                + ":\n" + Files.readString(err));
                    }
                    return Files.readString(out).contains("running (Ctrl-C to stop)");
                });
        return process;
    }

    /** Where {@link #startRunner} sends the runner's stderr. */
    static Path runnerErr(final Path dataDir, final String name) {
        return dataDir.resolve(name + "-stderr.txt");
    }

    /** What a packaged command printed and its exit code. */
    record PackagedRun(int code, String out, String err) {}

    static Path jar() {
        final Path jar = Path.of("target", "hirehub.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar) || !Files.isDirectory(jar.resolveSibling("lib"))) {
            throw new IllegalStateException("run the package phase first: " + jar + " and target/lib are needed");
        }
        return jar;
    }

    /** The {@code java} of the JVM running the tests, for the child processes. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                .toString();
    }

    /** Waits for the endpoints file a ready stack writes; fails early if the process dies. */
    Endpoints awaitReady(final Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("hirehub dev exited with " + process.exitValue() + ":\n" + stderr());
            }
            return Files.exists(EndpointsFile.path(dataDir)) && stdout().contains("Press Ctrl-C to stop.");
        });
        return EndpointsFile.read(dataDir).orElseThrow();
    }

    long pid() {
        return process.pid();
    }

    /** Sends SIGTERM, like Ctrl-C or a process manager. */
    void terminate() {
        process.destroy();
    }

    /** Sends SIGKILL, like the OOM killer or a laptop that froze: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Waits until stdout holds {@code text}; fails early if the process dies. */
    void awaitStdout(final String text, final Duration timeout) {
        await().atMost(timeout).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("hirehub dev exited with " + process.exitValue() + ":\n" + stderr());
            }
            return stdout().contains(text);
        });
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the exit; returns the exit code, or throws if it takes longer than {@code timeout}. */
    int awaitExit(final Duration timeout) throws InterruptedException, IOException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            // Its stderr says which part was still stopping.
            throw new AssertionError("hirehub dev did not exit within " + timeout + ":\n" + stderr());
        }
        return process.exitValue();
    }

    String stdout() throws IOException {
        return Files.readString(stdout);
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
