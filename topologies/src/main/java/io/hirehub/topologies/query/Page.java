package io.hirehub.topologies.query;

import java.util.List;

/**
 * One page of a ranked list.
 *
 * @param items  at most {@code limit} items, starting at {@code offset}
 * @param offset index of the first item in the whole list
 * @param total  length of the whole list
 * @param <T>    the items
 */
public record Page<T>(List<T> items, int offset, int total) {

    /** The largest page a query answers. */
    public static final int MAX_LIMIT = 1_000;

    public Page {
        items = List.copyOf(items);
        if (offset < 0 || total < 0) {
            throw new IllegalArgumentException("offset and total must be >= 0, were " + offset + ", " + total);
        }
    }

    /** Items {@code offset} to {@code offset + limit - 1} of {@code all}; empty past its end. */
    public static <T> Page<T> of(final List<T> all, final int offset, final int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
        }
        final int from = Math.min(offset, all.size());
        final int to = (int) Math.min((long) from + limit, all.size());
        return new Page<>(all.subList(from, to), offset, all.size());
    }

    /** Whether items follow this page. */
    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
