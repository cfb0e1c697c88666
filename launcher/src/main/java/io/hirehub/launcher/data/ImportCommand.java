package io.hirehub.launcher.data;

import io.hirehub.edge.write.WriteException;
import io.hirehub.launcher.cli.CliException;
import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.launcher.cli.StackOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hirehub import DIR}: real jobs and resumes from {@code DIR/jobs.jsonl} and
 * {@code DIR/resumes.jsonl}, validated completely before the first write; prints the id of each key.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description =
                "Load jobs (DIR/jobs.jsonl) and resumes (DIR/resumes.jsonl + files) through the system of record.")
public final class ImportCommand implements Callable<Integer> {

    @Mixin
    private StackOptions options;

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory holding jobs.jsonl and/or resumes.jsonl.")
    private Path dir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        final ImportSet set;
        try {
            set = ImportSet.read(dir, Instant.now());
        } catch (ImportException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage(), e);
        }
        final Importer.Result result;
        try (DataTargets targets = DataTargets.open(options.settings(), Optional.empty())) {
            result = new Importer(targets).write(set);
        } catch (WriteException e) {
            throw new CliException(ExitCodes.FAILED, e.getMessage(), e);
        }
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("jobs", result.jobs());
        json.put("resumes", result.resumes());
        final PrintWriter out = spec.commandLine().getOut();
        out.println(DataJson.write(json));
        out.flush();
        return ExitCodes.OK;
    }
}
