package io.hirehub.launcher.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.schemas.serde.AvroSerializer;
import io.hirehub.schemas.serde.ConfluentWireDecoder;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A record produced with our serde (configured the Kafka way, by properties) through the real
 * embedded broker, consumed as raw bytes and decoded by the spec-only {@link ConfluentWireDecoder}.
 */
class WireFormatIT {

    private final SharedStack stack = SharedStack.get();

    private String newTopic() throws Exception {
        final String topic = "it.wire." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        return topic;
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(final String topic, final int expected) {
        final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.kafkaBootstrap(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            final TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            await().atMost(ItTimeouts.WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= expected;
            });
        }
        return records;
    }

    @Test
    void shouldDecodeOurSerdesRecordWithTheSpecOnly() throws Exception {
        final String topic = newTopic();
        final UUID resumeId = UUID.randomUUID();
        final Instant occurredAt = Instant.parse("2026-03-01T09:30:15.123456Z");
        final ResumeUploaded event = ResumeUploaded.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(occurredAt)
                .setResumeId(resumeId)
                .setUserId(UUID.randomUUID())
                .setFileUrl("s3://hirehub-resumes-it/original/u/" + resumeId + "/cv.pdf")
                .build();
        try (KafkaProducer<String, ResumeUploaded> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                AvroSerializer.class,
                "schema.registry.url",
                stack.registryUrl()))) {
            producer.send(new ProducerRecord<>(topic, resumeId.toString(), event))
                    .get();
            producer.send(new ProducerRecord<>(topic, resumeId.toString(), null))
                    .get();
        }

        final List<ConsumerRecord<byte[], byte[]>> records = readAll(topic, 2);
        final ConfluentWireDecoder.Decoded decoded = new ConfluentWireDecoder(stack.registryUrl())
                .decode(records.get(0).value());

        assertThat(new String(records.get(0).key(), StandardCharsets.UTF_8)).isEqualTo(resumeId.toString());
        assertThat(decoded.writerSchema().getFullName()).isEqualTo("io.hirehub.avro.event.ResumeUploaded");
        assertThat(decoded.value().get("resume_id").toString()).isEqualTo(resumeId.toString());
        assertThat(decoded.value().get("occurred_at"))
                .isEqualTo(occurredAt.getEpochSecond() * 1_000_000L + occurredAt.getNano() / 1_000);
        assertThat(decoded.value().get("file_url").toString()).endsWith("/cv.pdf");
        assertThat(records.get(1).value()).as("tombstone stays null").isNull();
    }
}
