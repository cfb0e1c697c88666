package io.hirehub.schemas.topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declarative topic plan: the single source for topic creation ({@code hirehub topics apply}),
 * the docs and the Helm chart, built from the typed topics of {@link Topics}. Topics that are joined share one partition count so they stay
 * co-partitioned (same key bytes, same partition).
 */
public final class TopicPlan {

    /** Partitions of every co-partitioned topic unless configured otherwise. */
    public static final int DEFAULT_PARTITIONS = 6;
    /** Planned replication; a smaller cluster (the embedded broker) gets what it can hold. */
    public static final short DEFAULT_REPLICATION = 3;

    public static final int DEFAULT_MIN_ISR = 2;
    public static final Duration EVENT_RETENTION = Topics.EVENT_RETENTION;
    public static final Duration DEAD_LETTER_RETENTION = Topics.DEAD_LETTER_RETENTION;

    private final Map<String, TopicSpec> byName;

    private TopicPlan(final List<TopicSpec> specs) {
        final Map<String, TopicSpec> map = new LinkedHashMap<>();
        for (final TopicSpec spec : specs) {
            if (map.putIfAbsent(spec.name(), spec) != null) {
                throw new IllegalArgumentException("topic planned twice: " + spec.name());
            }
        }
        this.byName = Collections.unmodifiableMap(map);
    }

    /** The plan with the default partition count. */
    public static TopicPlan standard() {
        return withPartitions(DEFAULT_PARTITIONS);
    }

    /** The plan with {@code partitions} for every co-partitioned topic: one entry per {@link Topics} topic. */
    public static TopicPlan withPartitions(final int partitions) {
        final List<TopicSpec> specs = new ArrayList<>();
        for (final Topic<?, ?> topic : Topics.all()) {
            specs.add(topic.spec(partitions));
        }
        return new TopicPlan(specs);
    }

    public List<TopicSpec> topics() {
        return List.copyOf(byName.values());
    }

    public Optional<TopicSpec> find(final String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The spec of a planned topic. */
    public TopicSpec get(final String name) {
        final TopicSpec spec = byName.get(name);
        if (spec == null) {
            throw new IllegalArgumentException("topic '" + name + "' is not in the topic plan");
        }
        return spec;
    }
}
