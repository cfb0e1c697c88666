package io.hirehub.connectors.cdc;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link CdcRunner} is doing, for health reporting ({@code hirehub status}, the dev stack's
 * ready check, {@code hirehub cdc run}'s exit code).
 *
 * @param phase   where the runner is
 * @param detail  one line about it (the slot, the leader, the cause of a failure)
 * @param failure the error behind {@link Phase#RESTARTING} and {@link Phase#FAILED}
 */
public record CdcState(Phase phase, String detail, Optional<Throwable> failure) {

    /** The runner's phases. */
    public enum Phase {
        /** Building the engine, or the engine snapshots and has not started streaming yet. */
        STARTING,
        /** Another instance holds the slot's leader lock; this one waits to take over. */
        STANDBY,
        /** This instance leads and its engine streams from the slot (the slot is active). */
        STREAMING,
        /** The engine failed with an error a retry can help; it restarts after a backoff. */
        RESTARTING,
        /** The engine cannot run (a class missing from the classpath, a refused configuration). */
        FAILED,
        /** Closed. */
        STOPPED
    }

    public CdcState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(failure, "failure");
    }

    static CdcState of(final Phase phase, final String detail) {
        return new CdcState(phase, detail, Optional.empty());
    }

    static CdcState failing(final Phase phase, final String detail, final Throwable failure) {
        return new CdcState(phase, detail, Optional.of(failure));
    }
}
