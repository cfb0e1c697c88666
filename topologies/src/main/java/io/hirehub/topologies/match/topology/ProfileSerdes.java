package io.hirehub.topologies.match.topology;

import io.hirehub.topologies.match.scoring.JobMatchProfile;
import io.hirehub.topologies.match.scoring.ResumeMatchProfile;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Serdes of the domain profiles over {@link ProfileCodec}; {@code null} (tombstone) passes through. */
final class ProfileSerdes {

    private ProfileSerdes() {}

    static Serde<JobMatchProfile> job() {
        return Serdes.serdeFrom(
                (t, v) -> v == null ? null : ProfileCodec.writeJob(v),
                (t, b) -> b == null ? null : ProfileCodec.readJob(b));
    }

    static Serde<ResumeMatchProfile> resume() {
        return Serdes.serdeFrom(
                (t, v) -> v == null ? null : ProfileCodec.writeResume(v),
                (t, b) -> b == null ? null : ProfileCodec.readResume(b));
    }
}
