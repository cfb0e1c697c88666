package io.hirehub.apps.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.runtime.health.PartBoard;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamsAppTest {

    @TempDir
    Path dir;

    @Test
    void shouldCloseItsResourcesNewestFirstWhenTheApplicationCannotBeCreated() {
        final List<String> closed = new ArrayList<>();
        final Resources resources = new Resources();
        resources.add(() -> closed.add("registry"));
        resources.add(() -> closed.add("pool"));
        final StreamsAppSettings refused = StreamsAppSettings.of("app", "localhost:1", dir)
                .withOverrides(Map.of(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "twice"));

        assertThatThrownBy(() -> StreamsApp.start(refused, topology(), new PartBoard(), "app", List.of(), resources))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("processing.guarantee");
        assertThat(closed).containsExactly("pool", "registry");
    }

    @Test
    void shouldStillCloseTheOtherResourcesWhenOneFailsToClose() {
        final List<String> closed = new ArrayList<>();
        final Resources resources = new Resources();
        resources.add(() -> closed.add("first"));
        resources.add(() -> {
            throw new IllegalStateException("cannot close");
        });
        resources.add(() -> closed.add("last"));

        resources.close();

        assertThat(closed).containsExactly("last", "first");
    }

    private static Topology topology() {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in").to("out");
        return builder.build();
    }
}
