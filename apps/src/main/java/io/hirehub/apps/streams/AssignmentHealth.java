package io.hirehub.apps.streams;

import io.hirehub.runtime.health.PartHealth;
import java.util.Collection;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/** A write-back's consumer group membership as its part's health: running once it has partitions to consume. */
final class AssignmentHealth implements ConsumerRebalanceListener {

    private final PartHealth health;
    private final String topic;

    AssignmentHealth(final PartHealth health, final String topic) {
        this.health = health;
        this.topic = topic;
    }

    @Override
    public void onPartitionsAssigned(final Collection<TopicPartition> partitions) {
        health.running("consuming " + topic + " (" + partitions.size()
                + (partitions.size() == 1 ? " partition)" : " partitions)"));
    }

    @Override
    public void onPartitionsRevoked(final Collection<TopicPartition> partitions) {
        // Revocation is followed by a new assignment (or by close); the part stays as it was.
    }
}
