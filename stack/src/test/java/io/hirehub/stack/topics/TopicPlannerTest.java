package io.hirehub.stack.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.topics.TopicPlan;
import io.hirehub.schemas.topics.TopicSpec;
import io.hirehub.schemas.topics.Topics;
import org.junit.jupiter.api.Test;

class TopicPlannerTest {

    private final TopicSpec jobs = TopicPlan.withPartitions(6).get(Topics.JOBS.name());

    @Test
    void shouldSeeNoDriftWhenTheTopicMatchesThePlanClampedToOneBroker() {
        final TopicState.ActualTopic actual = new TopicState.ActualTopic(6, 1, "compact", -1, 1);

        assertThat(TopicPlanner.drifts(jobs, actual, 1)).isEmpty();
    }

    @Test
    void shouldReportFewerPartitionsAndAnotherCleanupPolicy() {
        final TopicState.ActualTopic actual = new TopicState.ActualTopic(3, 1, "delete", 604_800_000L, 1);

        assertThat(TopicPlanner.drifts(jobs, actual, 1))
                .extracting(Object::toString)
                .containsExactly(
                        "partitions planned 6 but is 3",
                        "cleanup.policy planned compact but is delete",
                        "retention.ms planned -1 but is 604800000");
    }

    @Test
    void shouldReportUnderReplicationOnlyWhereTheClusterCouldHoldMore() {
        final TopicState.ActualTopic actual = new TopicState.ActualTopic(6, 1, "compact", -1, 1);

        assertThat(TopicPlanner.drifts(jobs, actual, 5))
                .extracting(Object::toString)
                .containsExactly("replication.factor planned 3 but is 1", "min.insync.replicas planned 2 but is 1");
    }

    @Test
    void shouldTreatCleanupPolicyOrderAsIrrelevant() {
        final TopicSpec spec = new TopicSpec(
                "t",
                jobs.kind(),
                1,
                (short) 1,
                io.hirehub.schemas.topics.CleanupPolicy.COMPACT_DELETE,
                java.util.Optional.empty(),
                1,
                "d");

        assertThat(TopicPlanner.drifts(spec, new TopicState.ActualTopic(1, 1, "delete,compact", -1, 1), 1))
                .isEmpty();
    }
}
