package io.hirehub.runtime.health;

import java.time.Instant;
import java.util.Objects;

/**
 * One part's state at a moment, as {@code hirehub status} shows it and {@code status.json} stores it.
 *
 * @param part     the part's name ({@code kafka}, {@code cdc}, {@code resume-writeback}, ...)
 * @param state    where the part is
 * @param detail   one line about it ({@code streaming slot hirehub_cdc}; for a failure the cause); may be empty
 * @param retrying for {@link PartState#FAILED}: whether the part tries again by itself
 * @param since    when it entered this state
 */
public record PartStatus(String part, PartState state, String detail, boolean retrying, Instant since) {

    public PartStatus {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(since, "since");
    }

    /** Failed, whether or not it retries: what makes {@code hirehub status} exit 1. */
    public boolean failed() {
        return state == PartState.FAILED;
    }
}
