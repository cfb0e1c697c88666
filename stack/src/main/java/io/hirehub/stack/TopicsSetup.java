package io.hirehub.stack;

import io.hirehub.schemas.topics.TopicPlan;
import io.hirehub.stack.topics.TopicPlanner;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Creates the planned topics that are missing, so the parts after it find them with the plan's configs. */
public final class TopicsSetup implements StackComponent {

    private final int partitions;

    public TopicsSetup(final int partitions) {
        this.partitions = partitions;
    }

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public List<String> after() {
        return List.of("kafka");
    }

    @Override
    public void start(final StackContext context) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, context.kafka()))) {
            new TopicPlanner(admin, TopicPlan.withPartitions(partitions)).apply();
        }
    }

    @Override
    public void close() {
        // Nothing held between start and stop.
    }
}
