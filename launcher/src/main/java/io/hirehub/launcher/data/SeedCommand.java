package io.hirehub.launcher.data;

import io.hirehub.edge.write.WriteException;
import io.hirehub.launcher.cli.CliException;
import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.launcher.cli.StackOptions;
import io.hirehub.stack.config.HirehubSettings;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hirehub seed}: realistic synthetic companies, jobs, jobseekers and resume files written
 * through the system of record, deterministic for a seed. Progress on stderr, a JSON summary on stdout.
 */
@Command(
        name = "seed",
        mixinStandardHelpOptions = true,
        description = "Write synthetic companies, jobs and resumes (Korean and English) through the system of record.")
public final class SeedCommand implements Callable<Integer> {

    @Mixin
    private StackOptions options;

    @Option(
            names = "--companies",
            paramLabel = "C",
            defaultValue = "10",
            description = "Companies (default ${DEFAULT-VALUE}).")
    private int companies;

    @Option(
            names = "--jobs",
            paramLabel = "J",
            defaultValue = "100",
            description = "Open jobs (default ${DEFAULT-VALUE}).")
    private int jobs;

    @Option(
            names = "--resumes",
            paramLabel = "R",
            defaultValue = "500",
            description = "Jobseekers, each with one uploaded resume (default ${DEFAULT-VALUE}).")
    private int resumes;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "42",
            description = "Seed: the same seed writes the same data with the same ids (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(
            names = "--env",
            paramLabel = "ENV",
            description = "Environment whose bucket (hirehub-resumes-ENV) receives the files; default: the stack's.")
    private String env;

    @Option(names = "--no-progress", description = "No progress bar on stderr.")
    private boolean noProgress;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        final SeedPlan plan;
        try {
            plan = new SeedPlan(seed, companies, jobs, resumes);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
        final HirehubSettings settings = options.settings();
        final SeedSummary summary;
        try (DataTargets targets = DataTargets.open(settings, Optional.ofNullable(env))) {
            summary = run(targets, plan, !noProgress, AlreadyLoaded.REFUSE);
        } catch (WriteException e) {
            throw new CliException(ExitCodes.FAILED, e.getMessage(), e);
        }
        final PrintWriter out = spec.commandLine().getOut();
        out.println(DataJson.write(summary));
        out.flush();
        return ExitCodes.OK;
    }

    /** Runs a plan with an optional progress bar on stderr; also used by {@code dev --demo}. */
    public static SeedSummary run(
            final DataTargets targets,
            final SeedPlan plan,
            final boolean showProgress,
            final AlreadyLoaded alreadyLoaded) {
        try (ProgressBars bars = showProgress ? ProgressBars.onStderr() : ProgressBars.none()) {
            return new SeedRunner(targets, plan, bars, alreadyLoaded).run();
        }
    }
}
