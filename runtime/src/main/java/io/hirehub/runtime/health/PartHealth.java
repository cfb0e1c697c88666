package io.hirehub.runtime.health;

import io.hirehub.runtime.Failures;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one part, set by the part itself (and by the threads it starts) and read by
 * {@code hirehub status}, the ready check and the console. Every change goes to the {@link PartBoard}.
 */
public final class PartHealth {

    private final String part;
    private final PartBoard board;
    private PartStatus status; // guarded by this
    private Throwable lastFailure; // guarded by this

    PartHealth(final String part, final PartBoard board) {
        this.part = Objects.requireNonNull(part, "part");
        this.board = Objects.requireNonNull(board, "board");
        this.status = new PartStatus(part, PartState.STARTING, "", false, Instant.now());
    }

    public String part() {
        return part;
    }

    public void starting(final String detail) {
        set(PartState.STARTING, detail, false, null);
    }

    public void running(final String detail) {
        set(PartState.RUNNING, detail, false, null);
    }

    /** Failed and will try again by itself (after {@code retryIn}); the cause is the detail. */
    public void retrying(final Throwable cause, final Duration retryIn) {
        retrying(
                Failures.describe(cause)
                        + (retryIn.isZero() ? "; retrying" : "; retrying in " + retryIn.toSeconds() + " s"),
                cause);
    }

    /** Failed and will try again by itself, described by {@code detail}. */
    public void retrying(final String detail, final Throwable cause) {
        set(PartState.FAILED, detail, true, cause);
    }

    /** Failed for good: nothing in this process will try again. */
    public void failed(final Throwable cause) {
        set(PartState.FAILED, Failures.describe(cause), false, cause);
    }

    public void off(final String why) {
        set(PartState.OFF, why, false, null);
    }

    public void stopping() {
        set(PartState.STOPPING, "", false, null);
    }

    public void stopped() {
        set(PartState.STOPPED, "", false, null);
    }

    public synchronized PartStatus status() {
        return status;
    }

    /** The error behind the last failure, if the part ever failed. */
    public synchronized Optional<Throwable> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /**
     * Waits until the part runs; throws {@link PartFailedException} when it fails for good first or
     * does not run within {@code timeout} (naming the last failure it retried, if any).
     */
    public void awaitRunning(final Duration timeout) throws InterruptedException {
        final long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (true) {
                if (status.state() == PartState.RUNNING || status.state() == PartState.OFF) {
                    return;
                }
                if (status.state() == PartState.FAILED && !status.retrying()) {
                    throw new PartFailedException(part, Failures.describe(lastFailure), lastFailure);
                }
                if (status.state() == PartState.STOPPING || status.state() == PartState.STOPPED) {
                    throw new PartFailedException(part, "stopped before it ran", null);
                }
                final long left = deadline - System.nanoTime();
                if (left <= 0) {
                    final String last = lastFailure == null ? "" : "; last failure " + Failures.describe(lastFailure);
                    throw new PartFailedException(
                            part,
                            "not running within " + timeout.toSeconds() + " s (startup.timeout), still "
                                    + status.state().label()
                                    + (status.detail().isEmpty() ? "" : " (" + status.detail() + ")") + last,
                            lastFailure);
                }
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    private void set(final PartState state, final String detail, final boolean retrying, final Throwable cause) {
        final PartStatus next;
        synchronized (this) {
            if (status.state() == state
                    && status.detail().equals(detail == null ? "" : detail)
                    && status.retrying() == retrying) {
                return;
            }
            if (cause != null) {
                lastFailure = cause;
            }
            next = new PartStatus(part, state, detail, retrying, Instant.now());
            status = next;
            notifyAll();
        }
        board.changed(next);
    }
}
