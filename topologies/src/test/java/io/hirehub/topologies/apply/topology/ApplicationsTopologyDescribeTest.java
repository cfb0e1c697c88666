package io.hirehub.topologies.apply.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.topologies.apply.query.ApplicationStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Golden test of {@code describe()}: store, processor and internal-topic names are the contract with
 * the changelogs and repartition topics on the broker, so any change must be deliberate (update
 * {@code apply/topology-describe.txt}).
 */
class ApplicationsTopologyDescribeTest {

    private final String actual = ApplicationsTopology.build(new InMemorySchemaRegistryClient())
            .describe()
            .toString();

    @Test
    void shouldDescribeTheTopologyExactlyAsTheGoldenFile() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/apply/topology-describe.txt")) {
            assertThat(in).as("golden file").isNotNull();
            assertThat(actual.strip()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    @Test
    void shouldHoldEveryQueryableStoreAndTheInternalTopics() {
        assertThat(actual)
                .contains(Stream.of(ApplicationStore.values())
                        .map(ApplicationStore::storeName)
                        .toArray(String[]::new))
                .contains(
                        ApplicationsTopology.SEEN_VIEWS_STORE,
                        ApplicationsTopology.PAIR_SCORES_STORE,
                        ApplicationsTopology.OBSERVED_STATUS_STORE,
                        ApplicationsTopology.FLAGGED_EVENTS_STORE,
                        "job-moves-repartition",
                        "user-interviews-repartition",
                        "pair-applications-repartition");
    }
}
