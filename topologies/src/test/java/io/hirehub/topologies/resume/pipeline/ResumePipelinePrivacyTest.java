package io.hirehub.topologies.resume.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.topologies.resume.ResumeAnalyzer;
import io.hirehub.topologies.resume.pii.ChatLlmPiiPass;
import io.hirehub.topologies.resume.pii.PiiMasker;
import io.hirehub.topologies.resume.summary.ChatSummarizer;
import io.hirehub.topologies.resume.support.RecordingProvider;
import io.hirehub.topologies.resume.support.Resources;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/** Raw text never leaves the masking step: not to a provider, an output topic, a store or processed/. */
class ResumePipelinePrivacyTest {

    private static final List<String> RAW_VALUES =
            List.of("김민준", "010-5555-1234", "minjun.kim", "올림픽로 300", "1991.07.14", "github.com/minjun-kim");

    @Test
    void shouldNeverLetRawPiiReachAProviderAnOutputTopicOrAStore() {
        final RecordingProvider recording = RecordingProvider.echo();
        final ResumeAnalyzer analyzer = ResumeAnalyzer.builder()
                .llmPiiPass(new ChatLlmPiiPass(recording, new PiiMasker()))
                .embeddings(recording)
                .summarizer(new ChatSummarizer(recording, 500))
                .build();
        final UUID user = UUID.randomUUID();
        try (PipelineHarness pipeline = new PipelineHarness(analyzer)) {
            pipeline.jobseeker(user, "김민준", "백엔드 개발자");
            pipeline.upload(user, "ko_backend.txt", Resources.bytes("ko_backend.txt"));

            final StringBuilder everything = new StringBuilder();
            pipeline.results
                    .readValuesToList()
                    .forEach(r -> everything.append(r).append('\n'));
            pipeline.profiles
                    .readValuesToList()
                    .forEach(p -> everything.append(p).append('\n'));
            pipeline.storedObjects().forEach((key, bytes) -> {
                if (key.contains("/processed/")) {
                    everything.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
                }
            });
            final KeyValueStore<String, Long> events =
                    pipeline.driver.getKeyValueStore(ResumePipelineNames.PROCESSED_EVENTS_STORE);
            final List<String> storeEntries = new ArrayList<>();
            try (KeyValueIterator<String, Long> all = events.all()) {
                all.forEachRemaining((KeyValue<String, Long> kv) -> storeEntries.add(kv.key + "=" + kv.value));
            }
            everything.append(storeEntries);

            assertThat(everything).contains("[NAME]", "[PHONE]");
            assertThat(recording.received()).isNotEmpty();
            for (final String raw : RAW_VALUES) {
                assertThat(recording.allReceived()).as("provider input").doesNotContain(raw);
                assertThat(everything.toString()).as("outputs and stores").doesNotContain(raw);
            }
        }
    }
}
