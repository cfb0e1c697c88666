/**
 * The notifications topology ({@link io.hirehub.topologies.notify.topology.NotifyTopology}): the five
 * source events, global stores over the CDC changelogs and four derived index topics, one processor
 * that drops seen event ids, waits for late rows and emits one notification per event, recipient and
 * channel to {@code hirehub.notify.notifications}. Every store name is in
 * {@link io.hirehub.topologies.notify.topology.NotifyNames}.
 */
package io.hirehub.topologies.notify.topology;
