package io.hirehub.launcher.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.schemas.topics.TopicSpec;
import io.hirehub.stack.topics.TopicState;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.stream.Collectors;

/** Renders plan-vs-actual topic states as a text table or JSON. */
final class TopicTable {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ROW = "%-42s %-8s %-11s %-11s %-15s %-15s %s%n";

    private TopicTable() {}

    static String text(final Collection<TopicState> states, final Collection<String> created) {
        final StringBuilder table = new StringBuilder(
                String.format(ROW, "TOPIC", "STATUS", "PARTITIONS", "REPLICAS", "CLEANUP", "RETENTION.MS", "DRIFT"));
        for (final TopicState state : states) {
            final TopicSpec spec = state.spec();
            final String status =
                    created.contains(spec.name()) ? "CREATED" : state.status().name();
            table.append(String.format(
                    ROW,
                    spec.name(),
                    status,
                    state.actual()
                            .map(a -> spec.partitions() + "/" + a.partitions())
                            .orElse(spec.partitions() + "/-"),
                    state.actual()
                            .map(a -> spec.replicationFactor() + "/" + a.replicationFactor())
                            .orElse(spec.replicationFactor() + "/-"),
                    state.actual()
                            .map(a -> a.cleanupPolicy())
                            .orElse(spec.cleanupPolicy().kafkaValue()),
                    state.actual().map(a -> Long.toString(a.retentionMs())).orElse(Long.toString(spec.retentionMs())),
                    state.drifts().isEmpty()
                            ? ""
                            : state.drifts().stream().map(Object::toString).collect(Collectors.joining("; "))));
        }
        table.append("(PARTITIONS and REPLICAS are planned/actual; replication is clamped to the cluster size.)")
                .append(System.lineSeparator());
        return table.toString();
    }

    static String json(final Collection<TopicState> states, final Collection<String> created) {
        final ArrayNode topics = MAPPER.createArrayNode();
        for (final TopicState state : states) {
            final TopicSpec spec = state.spec();
            final ObjectNode node = topics.addObject();
            node.put("name", spec.name());
            node.put("kind", spec.kind().name());
            node.put(
                    "status",
                    created.contains(spec.name()) ? "CREATED" : state.status().name());
            final ObjectNode planned = node.putObject("planned");
            planned.put("partitions", spec.partitions());
            planned.put("replicationFactor", spec.replicationFactor());
            planned.put("cleanupPolicy", spec.cleanupPolicy().kafkaValue());
            planned.put("retentionMs", spec.retentionMs());
            planned.put("minInSyncReplicas", spec.minInSyncReplicas());
            state.actual().ifPresent(a -> {
                final ObjectNode actual = node.putObject("actual");
                actual.put("partitions", a.partitions());
                actual.put("replicationFactor", a.replicationFactor());
                actual.put("cleanupPolicy", a.cleanupPolicy());
                actual.put("retentionMs", a.retentionMs());
                actual.put("minInSyncReplicas", a.minInSyncReplicas());
            });
            final ArrayNode drifts = node.putArray("drift");
            state.drifts()
                    .forEach(d -> drifts.addObject()
                            .put("property", d.property())
                            .put("planned", d.planned())
                            .put("actual", d.actual()));
        }
        try {
            return MAPPER.writeValueAsString(MAPPER.createObjectNode().set("topics", topics));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
