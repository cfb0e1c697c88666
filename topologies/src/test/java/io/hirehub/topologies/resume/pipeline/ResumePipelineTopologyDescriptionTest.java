package io.hirehub.topologies.resume.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.topologies.resume.ResumeAnalyzer;
import io.hirehub.topologies.resume.support.Resources;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the topology's shape: renaming a processor, store or repartition topic changes
 * internal topic and state directory names, which breaks a running deployment; this test makes
 * such a change deliberate (update resume/pipeline-topology.txt with the new description).
 */
class ResumePipelineTopologyDescriptionTest {

    @Test
    void shouldKeepItsNamedShape() {
        final String description = ResumePipelineTopology.build(
                        ResumePipelineSettings.DEFAULT,
                        new ResumePipelinePorts(
                                ResumeAnalyzer.builder().build(),
                                new InMemoryObjectStore(),
                                new InMemorySchemaRegistryClient(),
                                Clock.systemUTC()))
                .describe()
                .toString();

        assertThat(description.strip())
                .isEqualTo(Resources.text("pipeline-topology.txt").strip());
        assertThat(description).doesNotContain("KSTREAM-", "KTABLE-", "STATE-STORE-0");
    }
}
