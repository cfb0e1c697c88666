package io.hirehub.connectors.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import io.debezium.transforms.outbox.EventRouter;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.predicates.TopicNameMatches;
import org.junit.jupiter.api.Test;

/** The outbox half of the pipeline config, applied to a change event shaped like Debezium's. */
class OutboxRoutingTest {

    private static final Schema ROW = SchemaBuilder.struct()
            .name("p.job_service.job_outbox.Value")
            .optional()
            .field("id", SchemaBuilder.string().name("io.debezium.data.Uuid").build())
            .field("aggregate_type", Schema.STRING_SCHEMA)
            .field("aggregate_id", Schema.STRING_SCHEMA)
            .field("event_type", Schema.STRING_SCHEMA)
            .field("payload", Schema.BYTES_SCHEMA)
            .field(
                    "created_at",
                    SchemaBuilder.int64()
                            .name("io.debezium.time.MicroTimestamp")
                            .build())
            .build();
    private static final Schema SOURCE = SchemaBuilder.struct()
            .name("io.debezium.connector.postgresql.Source")
            .field("schema", Schema.STRING_SCHEMA)
            .field("table", Schema.STRING_SCHEMA)
            .field("lsn", Schema.OPTIONAL_INT64_SCHEMA)
            .build();
    private static final Schema ENVELOPE = SchemaBuilder.struct()
            .name("p.job_service.job_outbox.Envelope")
            .field("before", ROW)
            .field("after", ROW)
            .field("source", SOURCE)
            .field("op", Schema.STRING_SCHEMA)
            .field("ts_ms", Schema.OPTIONAL_INT64_SCHEMA)
            .build();

    @Test
    void shouldRouteOutboxInsertToEventTypeTopicWithAggregateKeyAndIdHeader() {
        final CdcSettings settings = CdcSettings.fromMap(Map.of(
                "postgres.jdbc.url",
                "jdbc:postgresql://h:5432/d",
                "kafka.bootstrap.servers",
                "k:9092",
                "registry.url",
                "http://r",
                "cdc.topic.prefix",
                "p"));
        final Map<String, String> pipeline = PipelineConfig.pipeline(settings);
        final Map<String, String> routerConfig = new HashMap<>();
        pipeline.forEach((k, v) -> {
            if (k.startsWith("transforms.outbox.")) {
                routerConfig.put(k.substring("transforms.outbox.".length()), v);
            }
        });
        final TopicNameMatches<SourceRecord> predicate = new TopicNameMatches<>();
        predicate.configure(Map.of("pattern", pipeline.get("predicates.outbox.pattern")));
        final EventRouter<SourceRecord> router = new EventRouter<>();
        router.configure(routerConfig);
        final byte[] payload = {0, 0, 0, 0, 1, 2};
        final Struct row = new Struct(ROW)
                .put("id", "11111111-1111-1111-1111-111111111111")
                .put("aggregate_type", "job")
                .put("aggregate_id", "agg-1")
                .put("event_type", "job.created")
                .put("payload", payload)
                .put("created_at", 1_700_000_000_000_000L);
        final Struct envelope = new Struct(ENVELOPE)
                .put("after", row)
                .put("op", "c")
                .put("ts_ms", 5L)
                .put(
                        "source",
                        new Struct(SOURCE)
                                .put("schema", "job_service")
                                .put("table", "job_outbox")
                                .put("lsn", 9L));
        final SourceRecord in =
                new SourceRecord(Map.of(), Map.of(), "p.job_service.job_outbox", null, null, null, ENVELOPE, envelope);

        assertThat(predicate.test(in)).isTrue();
        final SourceRecord out = router.apply(in);

        assertThat(out.topic()).isEqualTo("job.created");
        assertThat(out.key()).isEqualTo("agg-1");
        assertThat(out.value()).isEqualTo(payload);
        assertThat(out.headers().lastWithName("id").value()).isEqualTo("11111111-1111-1111-1111-111111111111");
        // The entity transform's negated predicate sees the routed topic and so runs next: it must not touch it.
        assertThat(predicate.test(out)).isFalse();
        final io.hirehub.connectors.connect.EntityRowTransform<SourceRecord> entity =
                new io.hirehub.connectors.connect.EntityRowTransform<>();
        entity.configure(Map.of());
        assertThat(entity.apply(out)).isSameAs(out);
        entity.close();
    }
}
