package io.hirehub.topologies.match.topology;

import io.hirehub.topologies.match.JobProfile;
import io.hirehub.topologies.match.ProfileCodec;
import io.hirehub.topologies.match.ResumeProfile;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Serdes of the domain profiles over {@link ProfileCodec}; {@code null} (tombstone) passes through. */
final class ProfileSerdes {

    private ProfileSerdes() {}

    static Serde<JobProfile> job() {
        return Serdes.serdeFrom(
                (t, v) -> v == null ? null : ProfileCodec.writeJob(v),
                (t, b) -> b == null ? null : ProfileCodec.readJob(b));
    }

    static Serde<ResumeProfile> resume() {
        return Serdes.serdeFrom(
                (t, v) -> v == null ? null : ProfileCodec.writeResume(v),
                (t, b) -> b == null ? null : ProfileCodec.readResume(b));
    }
}
