package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hirehub.launcher.cdc.CdcStackComponent;
import io.hirehub.launcher.it.support.ProviderStandIn;
import io.hirehub.stack.EmbeddedStack;
import io.hirehub.stack.EndpointsFile;
import io.hirehub.stack.StackComponent;
import io.hirehub.stack.StackComponents;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stand-alone runners from the packaged launcher read the provider keys from the one
 * configuration, each key group from another layer: Bedrock embeddings from {@code --config FILE},
 * the LLM (summaries) from {@code HIREHUB_*}, an embedding setting from {@code -s}. A local stand-in
 * speaking Bedrock's and an OpenAI-compatible wire format sees the resume pipeline embed and summarise
 * through it and matching embed the jobs with the same model; matching configured with another
 * provider refuses to start. The infrastructure (broker, PostgreSQL, S3, registry, CDC) runs in this
 * JVM on its own data dir, without the processing parts, which the runners provide.
 */
class ProviderSettingsIT {

    private static final String TITAN_V2 = "amazon.titan-embed-text-v2:0";

    private final ProviderStandIn standIn = new ProviderStandIn();
    private final List<Process> runners = new ArrayList<>();
    private Path dataDir;
    private EmbeddedStack infrastructure;

    @BeforeEach
    void startInfrastructure() throws IOException {
        dataDir = Files.createTempDirectory("hirehub-providers-it-");
        final HirehubSettings settings = SharedStack.testSettings(dataDir);
        final List<StackComponent> parts = new ArrayList<>(StackComponents.infrastructure(settings));
        parts.add(new CdcStackComponent());
        infrastructure = EmbeddedStack.start(settings, parts);
        // The runners and `hirehub seed` find the endpoints as they find a running dev's.
        EndpointsFile.write(
                dataDir,
                infrastructure.endpoints().withPid(ProcessHandle.current().pid()));
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (final Process runner : runners) {
            runner.destroy();
            runner.waitFor(30, TimeUnit.SECONDS);
            runner.destroyForcibly();
        }
        infrastructure.close();
        standIn.close();
        SharedStack.deleteRecursively(dataDir);
    }

    @Test
    void shouldReachTheProvidersFromEveryConfigurationLayerAndKeepOneEmbeddingModel() throws Exception {
        final Path config = dataDir.resolve("providers.properties");
        Files.writeString(
                config,
                "embedding.provider=bedrock\nbedrock.region=us-east-1\nbedrock.endpoint=" + standIn.url()
                        + "\nbedrock.embedding.model=" + TITAN_V2 + "\nbedrock.embedding.dimensions=256\n"
                        + "bedrock.access.key.id=AKIASTANDIN\ntopics.partitions=3\n");
        final Map<String, String> llm = Map.of(
                "HIREHUB_LLM_BASE_URL", standIn.url() + "/v1",
                "HIREHUB_LLM_MODEL", "qwen3-8b",
                "HIREHUB_SUMMARY_PROVIDER", "llm",
                "HIREHUB_BEDROCK_SECRET_ACCESS_KEY", "stand-in-secret");
        runners.add(runner(
                llm, "resume-pipeline", "run", "--config", config.toString(), "-s", "embedding.chunk.max.chars=600"));
        runners.add(runner(llm, "matching", "run", "--config", config.toString()));
        final DemoChecks checks = new DemoChecks(infrastructure.endpoints());

        final DevProcess.PackagedRun seed = DevProcess.run(
                "seed",
                "--companies",
                "1",
                "--jobs",
                "3",
                "--resumes",
                "4",
                "--no-progress",
                "--data-dir",
                dataDir.toString());
        assertThat(seed.code()).as(seed.err()).isZero();

        await("resumes analysed through the stand-in, jobs matched")
                .atMost(ItTimeouts.WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> checks.progress().ready() == 4 && checks.progress().jobsMatched() > 0);
        assertThat(checks.count("SELECT count(*) FROM ai_service.ai_tasks WHERE task_type = 'embedding'"
                        + " AND model_used = '" + TITAN_V2 + "'"))
                .isEqualTo(4);
        assertThat(checks.count("SELECT count(*) FROM ai_service.ai_tasks WHERE task_type = 'summary'"
                        + " AND model_used = 'qwen3-8b'"))
                .isEqualTo(4);
        assertThat(checks.count("SELECT max(length(chunk_text)) FROM resume_service.resume_embeddings"))
                .isLessThanOrEqualTo(600);
        assertThat(standIn.embeddings(TITAN_V2)).allSatisfy(call -> {
            assertThat(call.body().path("dimensions").asInt()).isEqualTo(256);
            assertThat(call.authorization()).contains("Credential=AKIASTANDIN/");
        });
        assertThat(standIn.chats()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(jobTextsEmbedded(checks))
                .as("matching embedded the jobs through the stand-in")
                .isPositive();

        final DevProcess.PackagedRun other = DevProcess.run(
                "matching",
                "run",
                "--data-dir",
                dataDir.toString(),
                "-s",
                "topics.partitions=3",
                "-s",
                "embedding.provider=local");
        assertThat(other.code()).isEqualTo(2);
        assertThat(other.err().strip())
                .isEqualTo("hirehub matching run: matching would embed jobs with hirehub-local-hash-v2, but resumes in"
                        + " the database were embedded with " + TITAN_V2 + "; configure the embedding.* /"
                        + " bedrock.embedding.* keys as the resume pipeline has them (switching model means"
                        + " re-analysing every resume)");
    }

    /** Embedding calls whose text holds a job's title: matching's, as resumes hold no job titles verbatim. */
    private long jobTextsEmbedded(final DemoChecks checks) throws Exception {
        final List<String> titles = checks.strings("SELECT title FROM job_service.jobs");
        return standIn.embeddings(TITAN_V2).stream()
                .filter(call -> titles.stream()
                        .anyMatch(t -> call.body().path("inputText").asText().contains(t)))
                .count();
    }

    private Process runner(final Map<String, String> environment, final String... args) throws IOException {
        final List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : ""))
                        .toString(),
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-jar",
                DevProcess.jar().toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data-dir", dataDir.toString()));
        final Path log = Files.createTempFile(dataDir, args[0] + "-", ".log");
        final ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("HIREHUB_"));
        builder.environment().putAll(environment);
        return builder.start();
    }
}
