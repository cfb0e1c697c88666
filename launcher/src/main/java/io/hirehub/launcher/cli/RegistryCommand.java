package io.hirehub.launcher.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hirehub registry ...}: talks REST to the schema registry of the running stack (or {@code --registry-url}). */
@Command(
        name = "registry",
        mixinStandardHelpOptions = true,
        description = "Query and update the schema registry (Confluent REST API).",
        subcommands = {
            RegistryCommand.Subjects.class,
            RegistryCommand.Versions.class,
            RegistryCommand.Get.class,
            RegistryCommand.Register.class,
            RegistryCommand.Check.class
        })
public final class RegistryCommand extends CommandGroup {

    /** What every registry subcommand shares. */
    abstract static class RestCommand implements Callable<Integer> {
        @Mixin
        StackOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            final RegistryRest rest = new RegistryRest(new RunningStack(options.settings()).registry());
            spec.commandLine().getOut().println(RegistryRest.pretty(run(rest)));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }

        abstract JsonNode run(RegistryRest rest);
    }

    @Command(name = "subjects", mixinStandardHelpOptions = true, description = "List subjects.")
    static final class Subjects extends RestCommand {
        @Override
        JsonNode run(final RegistryRest rest) {
            return rest.get("/subjects");
        }
    }

    @Command(name = "versions", mixinStandardHelpOptions = true, description = "List a subject's versions.")
    static final class Versions extends RestCommand {
        @Option(names = "--subject", required = true, description = "Subject, e.g. job.created-value.")
        String subject;

        @Override
        JsonNode run(final RegistryRest rest) {
            return rest.get("/subjects/" + RegistryRest.encode(subject) + "/versions");
        }
    }

    @Command(
            name = "get",
            mixinStandardHelpOptions = true,
            description = "Get a schema by --id, or a subject's --version (default latest).")
    static final class Get extends RestCommand {
        @Option(names = "--id", description = "Global schema id.")
        Integer id;

        @Option(names = "--subject", description = "Subject.")
        String subject;

        @Option(names = "--version", defaultValue = "latest", description = "Version number or 'latest'.")
        String version;

        @Override
        JsonNode run(final RegistryRest rest) {
            if (id != null) {
                return rest.get("/schemas/ids/" + id);
            }
            if (subject == null) {
                throw new CliException(ExitCodes.USAGE, "registry get needs --id N or --subject S");
            }
            return rest.get("/subjects/" + RegistryRest.encode(subject) + "/versions/" + RegistryRest.encode(version));
        }
    }

    /** Options naming a subject and an .avsc file. */
    abstract static class SchemaFileCommand extends RestCommand {
        @Option(names = "--subject", required = true, description = "Subject, e.g. job.created-value.")
        String subject;

        @Option(names = "--file", required = true, paramLabel = "F.avsc", description = "Avro schema file.")
        Path file;

        ObjectNode body() {
            try {
                final ObjectNode body = JsonNodeFactory.instance.objectNode();
                body.put("schema", Files.readString(file, StandardCharsets.UTF_8));
                return body;
            } catch (IOException e) {
                throw new CliException(ExitCodes.USAGE, "cannot read --file " + file + ": " + e.getMessage());
            }
        }
    }

    @Command(
            name = "register",
            mixinStandardHelpOptions = true,
            description = "Register an .avsc under a subject; prints its id (the same id again if already registered).")
    static final class Register extends SchemaFileCommand {
        @Override
        JsonNode run(final RegistryRest rest) {
            return rest.post("/subjects/" + RegistryRest.encode(subject) + "/versions", body());
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = "Check an .avsc against a subject's latest version under the subject's compatibility level.")
    static final class Check extends SchemaFileCommand {
        @Override
        JsonNode run(final RegistryRest rest) {
            return rest.post("/compatibility/subjects/" + RegistryRest.encode(subject) + "/versions/latest", body());
        }
    }
}
