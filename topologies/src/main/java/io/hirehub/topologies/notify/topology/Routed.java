package io.hirehub.topologies.notify.topology;

import io.hirehub.avro.entity.Notification;

/** What a notifications processor emits: a record for its topic, or a dead letter (reason in headers). */
sealed interface Routed {

    /** A rendered notification for {@code hirehub.notify.notifications}. */
    record Out(Notification notification) implements Routed {}

    /** An index entry (raw Avro bytes of the row, {@code null} = retract). */
    record Index(byte[] value) implements Routed {}

    /** A dead letter's value ({@code DeadLetterValues}). */
    record Dead(byte[] value) implements Routed {}
}
