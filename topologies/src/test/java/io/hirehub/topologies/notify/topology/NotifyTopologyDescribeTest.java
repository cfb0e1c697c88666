package io.hirehub.topologies.notify.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import org.junit.jupiter.api.Test;

class NotifyTopologyDescribeTest {

    @Test
    void shouldNameEveryStreamProcessorAndStore() {
        final String described = NotifyTopology.build(NotifyDriver.SETTINGS, new InMemorySchemaRegistryClient())
                .describe()
                .toString();
        assertThat(described)
                .doesNotContain("KSTREAM-")
                .contains(
                        "Processor: notifier (stores: [",
                        "notify-members-by-company-indexer",
                        "Sink: notifications-sink (topic: hirehub.notify.notifications)");
    }
}
