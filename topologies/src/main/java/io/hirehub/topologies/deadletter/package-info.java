/**
 * Dead-letter values without personal data: {@link io.hirehub.topologies.deadletter.DeadLetterValues}
 * builds the value of every dead letter (CDC rows that cannot be mapped, records the topologies or
 * the write-back cannot decode) from the record's position, the masked error and, for a CDC row, its
 * columns masked; raw bytes never reach a dead-letter topic.
 */
package io.hirehub.topologies.deadletter;
