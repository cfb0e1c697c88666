package io.hirehub.stack.topics;

import io.hirehub.schemas.topics.CleanupPolicy;
import io.hirehub.schemas.topics.TopicPlan;
import io.hirehub.schemas.topics.TopicSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the declarative {@link TopicPlan} with a cluster and creates what is missing. It never
 * deletes, shrinks or alters an existing topic: differences are reported as drift for a human to
 * resolve, because changing partitions or cleanup policy of a live topic breaks keyed state.
 */
public final class TopicPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicPlanner.class);
    private static final long TIMEOUT_SECONDS = 30;

    private final Admin admin;
    private final TopicPlan plan;

    public TopicPlanner(final Admin admin, final TopicPlan plan) {
        this.admin = admin;
        this.plan = plan;
    }

    /** Plan vs cluster for every planned topic, in plan order. */
    public List<TopicState> describe() {
        final int brokers = brokerCount();
        final Set<String> existing = call(admin.listTopics().names());
        final List<String> present = plan.topics().stream()
                .map(TopicSpec::name)
                .filter(existing::contains)
                .toList();
        final Map<String, TopicState.ActualTopic> actuals = actuals(present);
        final List<TopicState> states = new ArrayList<>();
        for (final TopicSpec spec : plan.topics()) {
            final Optional<TopicState.ActualTopic> actual = Optional.ofNullable(actuals.get(spec.name()));
            states.add(new TopicState(
                    spec, actual, actual.map(a -> drifts(spec, a, brokers)).orElse(List.of())));
        }
        return states;
    }

    /** Creates every missing planned topic; reports drift of the others without touching them. */
    public ApplyResult apply() {
        final int brokers = brokerCount();
        final List<TopicState> before = describe();
        final List<NewTopic> toCreate = before.stream()
                .filter(s -> s.status() == TopicState.Status.MISSING)
                .map(s -> new NewTopic(
                                s.spec().name(), s.spec().partitions(), s.spec().effectiveReplicationFactor(brokers))
                        .configs(s.spec().configs(brokers)))
                .toList();
        final List<String> created = new ArrayList<>();
        if (!toCreate.isEmpty()) {
            admin.createTopics(toCreate).values().forEach((name, future) -> {
                try {
                    future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    created.add(name);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new TopicPlanException(
                                "cannot create topic " + name + ": "
                                        + e.getCause().getMessage(),
                                e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new TopicPlanException("interrupted while creating topic " + name, e);
                } catch (TimeoutException e) {
                    throw new TopicPlanException("timed out creating topic " + name, e);
                }
            });
        }
        final List<TopicState> drifted = before.stream()
                .filter(s -> s.status() == TopicState.Status.DRIFT)
                .toList();
        drifted.forEach(
                s -> LOG.warn("Topic {} drifted from the plan: {}", s.spec().name(), s.drifts()));
        LOG.info(
                "Topic plan applied: {} created, {} drifted, {} planned",
                created.size(),
                drifted.size(),
                before.size());
        return new ApplyResult(before, created, brokers);
    }

    private Map<String, TopicState.ActualTopic> actuals(final Collection<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        final Map<String, TopicDescription> descriptions =
                call(admin.describeTopics(names).allTopicNames());
        final List<ConfigResource> resources = names.stream()
                .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n))
                .toList();
        final Map<ConfigResource, Config> configs =
                call(admin.describeConfigs(resources).all());
        final Map<String, TopicState.ActualTopic> result = new HashMap<>();
        for (final String name : names) {
            final TopicDescription description = descriptions.get(name);
            final Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name));
            result.put(
                    name,
                    new TopicState.ActualTopic(
                            description.partitions().size(),
                            description.partitions().get(0).replicas().size(),
                            value(config, "cleanup.policy"),
                            Long.parseLong(value(config, "retention.ms")),
                            Integer.parseInt(value(config, "min.insync.replicas"))));
        }
        return result;
    }

    static List<TopicState.Drift> drifts(final TopicSpec spec, final TopicState.ActualTopic actual, final int brokers) {
        final List<TopicState.Drift> drifts = new ArrayList<>();
        if (actual.partitions() != spec.partitions()) {
            drifts.add(new TopicState.Drift(
                    "partitions", Integer.toString(spec.partitions()), Integer.toString(actual.partitions())));
        }
        if (actual.replicationFactor() < spec.effectiveReplicationFactor(brokers)) {
            drifts.add(new TopicState.Drift(
                    "replication.factor",
                    Integer.toString(spec.effectiveReplicationFactor(brokers)),
                    Integer.toString(actual.replicationFactor())));
        }
        if (!sameCleanupPolicy(spec.cleanupPolicy(), actual.cleanupPolicy())) {
            drifts.add(
                    new TopicState.Drift("cleanup.policy", spec.cleanupPolicy().kafkaValue(), actual.cleanupPolicy()));
        }
        if (actual.retentionMs() != spec.retentionMs()) {
            drifts.add(new TopicState.Drift(
                    "retention.ms", Long.toString(spec.retentionMs()), Long.toString(actual.retentionMs())));
        }
        if (actual.minInSyncReplicas() != spec.effectiveMinInSyncReplicas(brokers)) {
            drifts.add(new TopicState.Drift(
                    "min.insync.replicas",
                    Integer.toString(spec.effectiveMinInSyncReplicas(brokers)),
                    Integer.toString(actual.minInSyncReplicas())));
        }
        return drifts;
    }

    private static boolean sameCleanupPolicy(final CleanupPolicy planned, final String actual) {
        try {
            return CleanupPolicy.fromKafka(actual) == planned;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String value(final Config config, final String name) {
        final ConfigEntry entry = config.get(name);
        if (entry == null || entry.value() == null) {
            throw new TopicPlanException("broker did not report " + name);
        }
        return entry.value();
    }

    private int brokerCount() {
        return call(admin.describeCluster().nodes()).size();
    }

    private static <T> T call(final org.apache.kafka.common.KafkaFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicPlanException("interrupted while talking to Kafka", e);
        } catch (ExecutionException e) {
            throw new TopicPlanException("Kafka request failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new TopicPlanException("Kafka did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /** The outcome of {@link #apply()}. */
    public record ApplyResult(List<TopicState> before, List<String> created, int brokers) {

        public ApplyResult {
            before = List.copyOf(before);
            created = List.copyOf(created);
        }

        public List<TopicState> drifted() {
            return before.stream()
                    .filter(s -> s.status() == TopicState.Status.DRIFT)
                    .collect(Collectors.toList());
        }
    }
}
