package io.hirehub.launcher.resume;

import io.hirehub.launcher.cli.CliException;
import io.hirehub.launcher.cli.CommandGroup;
import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.topologies.resume.pii.PiiMasker;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hirehub pii}: the pipeline's PII masking as a tool. */
@Command(
        name = "pii",
        mixinStandardHelpOptions = true,
        description = "PII masking tools.",
        subcommands = PiiCommand.Mask.class)
public final class PiiCommand extends CommandGroup {

    /** {@code hirehub pii mask [--name NAME]}: UTF-8 stdin in, {@code {"masked_text", "masked_fields"}} out. */
    @Command(
            name = "mask",
            mixinStandardHelpOptions = true,
            description =
                    "Mask PII in UTF-8 text read from stdin; print {\"masked_text\": ..., \"masked_fields\": {...}}.")
    static final class Mask implements Callable<Integer> {

        /** Tests swap stdin here; the CLI reads System.in. */
        static InputStream input = System.in;

        @Spec
        private CommandSpec spec;

        @Option(
                names = "--name",
                paramLabel = "NAME",
                description = "The account holder's name, masked wherever it appears; repeat it or separate forms with"
                        + " '/' to give it in several scripts (--name 홍길동 --name 'Hong Gildong'). Hangul names"
                        + " are also masked in their usual romanisations.")
        private List<String> names = List.of();

        @Override
        public Integer call() {
            final String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(input.readAllBytes()))
                        .toString();
            } catch (final CharacterCodingException e) {
                throw new CliException(ExitCodes.USAGE, "stdin is not UTF-8 text");
            } catch (final IOException e) {
                throw new CliException(ExitCodes.FAILED, "cannot read stdin: " + e.getMessage());
            }
            final PrintWriter out = spec.commandLine().getOut();
            out.println(new PiiMasker().mask(text, AccountNames.joined(names)).toJson());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
