package io.hirehub.topologies.resume.pipeline;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.topologies.resume.ResumeAnalyzer;
class TmpDumpTest {
    @Test
    void dump() throws Exception {
        java.nio.file.Files.writeString(java.nio.file.Path.of("target/pipeline-topology.txt"), ResumePipelineTopology.build(ResumePipelineSettings.DEFAULT,
                new ResumePipelinePorts(ResumeAnalyzer.builder().build(), new InMemoryObjectStore(),
                        new InMemorySchemaRegistryClient(), Clock.systemUTC())).describe().toString());
    }
}
