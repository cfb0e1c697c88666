package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.stack.EmbeddedStack;
import io.hirehub.stack.StackComponents;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.testsupport.SharedStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every part pointed at existing infrastructure (here: the shared stack's parts, standing in for
 * MSK, Aurora, S3 and a Confluent registry) starts nothing and still sets that infrastructure up:
 * planned topics, migrations, the bucket.
 */
class ExternalInfrastructureIT {

    private final SharedStack shared = SharedStack.get();

    @Test
    void shouldStartNoEmbeddedPartWhenEveryEndpointIsExternal() throws Exception {
        final Path dataDir = Files.createTempDirectory("hirehub-external-it-");
        final Endpoints external = shared.endpoints();
        final HirehubSettings settings = HirehubSettings.load(
                Optional.empty(),
                Map.of(
                        "HIREHUB_KAFKA_BOOTSTRAP_SERVERS", external.kafka(),
                        "HIREHUB_POSTGRES_JDBC_URL", external.jdbc().url(),
                        "HIREHUB_S3_ENDPOINT", external.s3().endpoint(),
                        "HIREHUB_S3_BUCKET", "hirehub-resumes-external-it",
                        "HIREHUB_REGISTRY_URL", external.registry()),
                Map.of(
                        "data.dir",
                        dataDir.toString(),
                        "topics.partitions",
                        "3",
                        // Busy ports do not matter: nothing embedded binds them.
                        "kafka.port",
                        portOf(external.kafka()),
                        "registry.port",
                        portOf(external.registry())));
        // Infrastructure only: the shared stack already runs the pipeline's processes against it.
        try (EmbeddedStack stack = EmbeddedStack.start(settings, StackComponents.infrastructure(settings))) {
            final Endpoints endpoints = stack.endpoints();

            assertThat(endpoints.kafka()).isEqualTo(external.kafka());
            assertThat(endpoints.jdbc().url()).isEqualTo(external.jdbc().url());
            assertThat(endpoints.registry()).isEqualTo(external.registry());
            assertThat(shared.s3Client()
                            .headBucket(b -> b.bucket("hirehub-resumes-external-it"))
                            .sdkHttpResponse()
                            .isSuccessful())
                    .isTrue();
            assertThat(dataDir.resolve("kafka")).doesNotExist();
            assertThat(dataDir.resolve("postgres")).doesNotExist();
        } finally {
            SharedStack.deleteRecursively(dataDir);
        }
    }

    private static String portOf(final String hostPort) {
        return hostPort.substring(hostPort.lastIndexOf(':') + 1);
    }
}
