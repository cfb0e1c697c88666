package io.hirehub.topologies.streams;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Where a record stands in PostgreSQL's WAL, carried as a record header so a store can say which
 * writes it reflects (read-your-writes: the edge answers a write with the WAL position before its
 * first change, and a read passing it back waits until the store has applied a change at or past it).
 *
 * <p>CDC rows carry {@value #CDC_LSN} (the change's LSN, set by the CDC transform). A record derived
 * from them carries {@value #POSITION}: the highest LSN of the source changes it reflects. Positions
 * are decimal numbers (bytes of the LSN); {@link #UNKNOWN} (0) when a record has none.
 */
public final class SourcePositions {

    /** Header of a CDC row: its change's LSN as a decimal number. */
    public static final String CDC_LSN = "lsn";
    /** Header of a derived record: the highest LSN of the source changes it reflects. */
    public static final String POSITION = "hirehub.position";
    /** No position known (a record from before positions were carried, or not from CDC). */
    public static final long UNKNOWN = 0L;

    private SourcePositions() {}

    /** The position in header {@code name} (its last value), or {@link #UNKNOWN} when absent or not a number. */
    public static long read(final Headers headers, final String name) {
        final Header header = headers == null ? null : headers.lastHeader(name);
        if (header == null || header.value() == null) {
            return UNKNOWN;
        }
        try {
            return Math.max(UNKNOWN, Long.parseLong(new String(header.value(), StandardCharsets.UTF_8)));
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }

    /** New headers holding {@code position} in {@value #POSITION}; none when it is unknown. */
    public static Headers of(final long position) {
        final RecordHeaders headers = new RecordHeaders();
        if (position > UNKNOWN) {
            headers.add(POSITION, Long.toString(position).getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }
}
