package io.hirehub.topologies.match.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.topologies.match.scoring.MatchExplainer;
import io.hirehub.topologies.match.scoring.MatchScorer;
import io.hirehub.topologies.match.scoring.ReasoningRewriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Golden test of {@code describe()}: store, processor and internal-topic names are the contract
 * with the changelogs on the broker, so any change must be deliberate (update the golden file).
 */
class MatchTopologyDescribeTest {

    @Test
    void shouldDescribeTheTopologyExactlyAsTheGoldenFile() throws IOException {
        final String actual = MatchTopology.build(
                        MatchTopologySettings.defaults(3),
                        new InMemorySchemaRegistryClient(),
                        MatchScorer.defaults(),
                        new MatchExplainer(ReasoningRewriter.NONE),
                        matchId -> java.util.Optional.empty())
                .describe()
                .toString();
        try (InputStream in = getClass().getResourceAsStream("/match/topology-describe.txt")) {
            assertThat(in).as("golden file").isNotNull();
            assertThat(actual.strip()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    @Test
    void shouldNameEveryStoreFromTheNamesClass() {
        final String actual = MatchTopology.build(
                        MatchTopologySettings.defaults(3),
                        new InMemorySchemaRegistryClient(),
                        MatchScorer.defaults(),
                        new MatchExplainer(ReasoningRewriter.NONE),
                        matchId -> java.util.Optional.empty())
                .describe()
                .toString();
        assertThat(actual)
                .contains(
                        MatchNames.JOB_PROFILES_STORE,
                        MatchNames.RESUME_PROFILES_STORE,
                        MatchNames.PAIRS_STORE,
                        MatchNames.PAIRS_BY_RESUME_STORE,
                        MatchNames.RECOMMENDED_MEMORY_STORE,
                        MatchNames.JOB_PARTIALS_STORE,
                        MatchNames.JOB_TOP_STORE,
                        MatchNames.USER_RECOMMENDED_STORE,
                        MatchNames.DETAIL_STORE,
                        MatchNames.JOB_BROADCAST + "-repartition");
    }
}
