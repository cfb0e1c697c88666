package io.hirehub.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.connectors.cdc.CdcKeys;
import io.hirehub.runtime.config.ConfigKey;
import io.hirehub.schemas.topics.TopicPlan;
import io.hirehub.stack.config.*;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's configuration table lists exactly the declared keys (the launcher's {@link ConfigKeys}
 * and the CDC runner's {@link CdcKeys}), each with its environment variable and default, and its
 * topic table every planned topic.
 */
class ReadmeConfigurationTest {

    private static final Pattern KEY_ROW = Pattern.compile("^\\| `([a-z0-9.]+)` \\| `HIREHUB_[A-Z0-9_]+` \\|");

    private static List<ConfigKey> declared() {
        return Stream.concat(ConfigKeys.all().stream(), CdcKeys.all().stream()).toList();
    }

    @Test
    void shouldListExactlyTheDeclaredKeysInTheConfigurationTable() throws IOException {
        final List<String> documented = Files.readAllLines(Path.of("..", "README.md")).stream()
                .map(KEY_ROW::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();

        assertThat(documented)
                .as("keys of the README's configuration table")
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        declared().stream().map(ConfigKey::name).toList());
    }

    @Test
    void shouldDocumentEveryKeyInTheReadme() throws IOException {
        final String readme = Files.readString(Path.of("..", "README.md"));

        assertThat(declared()).allSatisfy(key -> {
            final String defaultCell = key.defaultValue().isEmpty() ? "" : "`" + key.defaultValue() + "`";
            assertThat(readme)
                    .as("README row of " + key.name())
                    .contains("| `" + key.name() + "` | `" + key.envVar() + "` | " + defaultCell + " |");
        });
    }

    @Test
    void shouldListEveryPlannedTopicInTheReadme() throws IOException {
        final String readme = Files.readString(Path.of("..", "README.md"));

        assertThat(TopicPlan.standard().topics())
                .allSatisfy(spec -> assertThat(readme)
                        .as("README row of topic " + spec.name())
                        .contains("| `" + spec.name() + "` | "));
    }
}
