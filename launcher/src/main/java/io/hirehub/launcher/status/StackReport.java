package io.hirehub.launcher.status;

import io.hirehub.connectors.cdc.SlotStatus;
import io.hirehub.runtime.health.PartState;
import io.hirehub.runtime.health.PartStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@code hirehub status} shows about a stack, read at one moment. A section that could not
 * be read is absent and its reason is in {@link #unavailable()}.
 *
 * @param dataDir     the stack's data dir
 * @param pid         the {@code hirehub dev} process, if one wrote {@code status.json} there
 * @param started     when that process started
 * @param parts       its parts' states (empty without a dev process)
 * @param slot        the CDC replication slot
 * @param consumerLag records behind, per consumer group (empty: the group has not consumed yet)
 * @param counts      resumes by status, matches and recommendations
 * @param deadLetters records per dead-letter topic (empty: the topic does not exist)
 * @param unavailable section → why it could not be read
 */
public record StackReport(
        Path dataDir,
        Optional<Long> pid,
        Optional<Instant> started,
        List<PartStatus> parts,
        Optional<SlotStatus> slot,
        Map<String, Optional<Long>> consumerLag,
        Optional<PipelineCounts> counts,
        Map<String, Optional<Long>> deadLetters,
        Map<String, String> unavailable) {

    public StackReport {
        parts = List.copyOf(parts);
        consumerLag = Map.copyOf(consumerLag);
        deadLetters = Map.copyOf(deadLetters);
        unavailable = Map.copyOf(unavailable);
    }

    /** Whether any part has failed (retrying or not). */
    public boolean anyFailed() {
        return parts.stream().anyMatch(PartStatus::failed);
    }

    /** Whether every consumer group has consumed and has nothing left to read. */
    public boolean caughtUp() {
        return !consumerLag.isEmpty()
                && consumerLag.values().stream().allMatch(lag -> lag.isPresent() && lag.get() == 0);
    }

    /** Whether every part runs (or is off by configuration). */
    public boolean allRunning() {
        return !parts.isEmpty()
                && parts.stream().allMatch(p -> p.state() == PartState.RUNNING || p.state() == PartState.OFF);
    }
}
