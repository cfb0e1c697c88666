package io.hirehub.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's tables list every configuration key (with its environment variable and default) and every planned topic. */
class ReadmeConfigurationTest {

    @Test
    void shouldDocumentEveryKeyInTheReadme() throws IOException {
        final String readme = Files.readString(Path.of("..", "README.md"));

        assertThat(ConfigKeys.all()).allSatisfy(key -> {
            final String defaultCell = key.defaultValue().isEmpty() ? "" : "`" + key.defaultValue() + "`";
            assertThat(readme)
                    .as("README row of " + key.name())
                    .contains("| `" + key.name() + "` | `" + key.envVar() + "` | " + defaultCell + " |");
        });
    }

    @Test
    void shouldListEveryPlannedTopicInTheReadme() throws IOException {
        final String readme = Files.readString(Path.of("..", "README.md"));

        assertThat(io.hirehub.schemas.topics.TopicPlan.standard().topics())
                .allSatisfy(spec -> assertThat(readme)
                        .as("README row of topic " + spec.name())
                        .contains("| `" + spec.name() + "` | "));
    }
}
