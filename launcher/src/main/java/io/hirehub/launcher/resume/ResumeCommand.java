package io.hirehub.launcher.resume;

import io.hirehub.launcher.cli.CliException;
import io.hirehub.launcher.cli.CommandGroup;
import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.topologies.resume.ResumeAnalysis;
import io.hirehub.topologies.resume.ResumeAnalysisException;
import io.hirehub.topologies.resume.ResumeAnalysisJson;
import io.hirehub.topologies.resume.ResumeAnalysisSettings;
import io.hirehub.topologies.resume.ResumeAnalyzerFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hirehub resume}: operator tools around the resume pipeline's analysis. */
@Command(
        name = "resume",
        mixinStandardHelpOptions = true,
        description = "Resume analysis tools.",
        subcommands = ResumeCommand.Parse.class)
public final class ResumeCommand extends CommandGroup {

    /**
     * {@code hirehub resume parse FILE}: the pipeline's analysis of one file as JSON. The raw text's
     * length is printed, never the text: only masked text leaves the analyzer.
     */
    @Command(
            name = "parse",
            mixinStandardHelpOptions = true,
            description =
                    "Extract, mask, parse, embed and summarise FILE; print the result as JSON (masked text only).")
    static final class Parse implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A PDF, DOCX, TXT or MD resume.")
        private Path file;

        @Option(
                names = "--name",
                paramLabel = "NAME",
                description = "The account holder's name, masked wherever it appears; repeat it or separate forms with"
                        + " '/' to give it in several scripts (--name 홍길동 --name 'Hong Gildong'). Hangul names"
                        + " are also masked in their usual romanisations.")
        private List<String> names = List.of();

        @Override
        public Integer call() {
            final byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (final IOException e) {
                throw new CliException(
                        ExitCodes.USAGE,
                        "cannot read " + file + ": " + e.getClass().getSimpleName());
            }
            // Local, network-free analysis: the same rules the pipeline runs, no provider keys needed.
            final ResumeAnalysisSettings settings = ResumeAnalysisSettings.localDefaults();
            try (ResumeAnalyzerFactory.Handle handle = ResumeAnalyzerFactory.create(settings, Clock.systemUTC())) {
                final ResumeAnalysis analysis =
                        handle.analyzer().analyze(bytes, file.getFileName().toString(), AccountNames.joined(names));
                final PrintWriter out = spec.commandLine().getOut();
                out.println(ResumeAnalysisJson.toPrettyString(analysis));
                out.flush();
                return ExitCodes.OK;
            } catch (final ResumeAnalysisException e) {
                throw new CliException(ExitCodes.FAILED, file.getFileName() + ": " + e.errorMessage());
            }
        }
    }
}
