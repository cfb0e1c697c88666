package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.testsupport.SharedStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hirehub registry ...} over REST against the shared stack's registry. */
class RegistryCommandIT {

    private final SharedStack stack = SharedStack.get();

    @TempDir
    Path dir;

    @Test
    void shouldRegisterGetByIdListAndRefuseAnIncompatibleSchema() throws IOException {
        final String subject = "it.cli-" + UUID.randomUUID() + "-value";
        final Path v1 = write(
                "v1.avsc",
                "{\"type\":\"record\",\"name\":\"CliProbe\",\"namespace\":\"io.hirehub.it\",\"doc\":\"d\","
                        + "\"fields\":[{\"name\":\"id\",\"type\":\"string\",\"doc\":\"id\"}]}");
        final Path incompatible = write(
                "v2.avsc",
                "{\"type\":\"record\",\"name\":\"CliProbe\",\"namespace\":\"io.hirehub.it\","
                        + "\"doc\":\"d\",\"fields\":[{\"name\":\"id\",\"type\":\"string\",\"doc\":\"id\"},"
                        + "{\"name\":\"score\",\"type\":\"int\",\"doc\":\"no default: breaks BACKWARD\"}]}");

        final CliRun registered = run("register", "--subject", subject, "--file", v1.toString());
        assertThat(registered.code()).as(registered.err()).isEqualTo(ExitCodes.OK);
        final String id = registered.out().replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1");

        assertThat(run("get", "--id", id).out()).contains("CliProbe");
        assertThat(run("subjects").out()).contains(subject);
        assertThat(run("get", "--subject", subject).out()).contains("\"version\" : 1");
        assertThat(run("register", "--subject", subject, "--file", v1.toString())
                        .out())
                .contains("\"id\" : " + id);

        final CliRun refused = run("register", "--subject", subject, "--file", incompatible.toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(refused.err()).startsWith("hirehub registry register: schema registry answered 409");
    }

    @Test
    void shouldAnswer404ForAnUnknownId() {
        final CliRun run = run("get", "--id", "987654");

        assertThat(run.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.err()).contains("answered 404");
    }

    private CliRun run(final String... args) {
        final String[] full = new String[args.length + 3];
        full[0] = "registry";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--registry-url";
        full[args.length + 2] = stack.registryUrl();
        return CliRun.of(full);
    }

    private Path write(final String name, final String schema) throws IOException {
        return Files.writeString(dir.resolve(name), schema);
    }
}
