package io.hirehub.launcher.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./hirehub} script builds a missing launcher without colour codes in its output when that
 * output is not a terminal, then runs the jar. Maven and Java are stood in for by scripts that behave
 * like Maven 3.8 here (an ANSI reset at start and exit unless {@code -Djansi.noreset=true} is in
 * {@code MAVEN_OPTS}) and record how they were called.
 */
class HirehubScriptTest {

    @TempDir
    Path root;

    @Test
    void shouldBuildWithoutColourCodesWhenTheOutputIsNotATerminalAndThenRunTheJar() throws Exception {
        Files.copy(Path.of("..", "hirehub"), root.resolve("hirehub"));
        executable(root.resolve("hirehub"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        final Path bin = Files.createDirectories(root.resolve("bin"));
        script(bin.resolve("mvn"), """
                #!/usr/bin/env bash
                reset=$'\\e[0m'
                [[ "$MAVEN_OPTS" == *-Djansi.noreset=true* ]] && reset=""
                printf '%s' "$reset"
                echo "mvn $*" >> "$ROOT/calls"
                mkdir -p launcher/target/lib && touch launcher/target/hirehub.jar
                printf '%s' "$reset" >&2
                """);
        script(bin.resolve("java"), "#!/usr/bin/env bash\necho \"java $*\" >> \"$ROOT/calls\"\necho ran\n");

        final ProcessBuilder builder = new ProcessBuilder(
                        root.resolve("hirehub").toString(), "--version")
                .redirectErrorStream(true)
                .redirectOutput(root.resolve("output").toFile());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("ROOT", root.toString());
        builder.environment().remove("HIREHUB_SKIP_BUILD");
        builder.environment().remove("MAVEN_OPTS");
        final Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        final String output = Files.readString(root.resolve("output"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .doesNotContain("\u001b")
                .contains("hirehub: building the launcher")
                .endsWith("ran\n");
        assertThat(Files.readAllLines(root.resolve("calls")))
                .containsExactly(
                        "mvn -q -B -Dstyle.color=never -DskipTests -pl launcher -am package",
                        "java -Xmx1g -jar " + root.toRealPath() + "/launcher/target/hirehub.jar --version");
    }

    private static void script(final Path path, final String text) throws IOException {
        Files.writeString(path, text);
        executable(path);
    }

    private static void executable(final Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
