package io.hirehub.edge.query;

/**
 * An answer that knows which source position (PostgreSQL WAL LSN, as a write's {@code HireHub-Position}
 * says) it reflects, so a read passing {@code min_position} can wait until it does.
 */
public interface Positioned {

    /** Whether this answer reflects every write at or before {@code position}. */
    boolean reflects(long position);
}
