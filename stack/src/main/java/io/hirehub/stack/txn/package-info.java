/**
 * Finishing transactions the embedded broker left hanging: a partition that still holds an open
 * transaction its coordinator has already completed (a broker killed mid-commit restarts, and the
 * coordinator it brings back up on stale metadata writes the outcome without the partitions' markers).
 * Such a partition holds its last stable offset and its group's committed offsets until the markers
 * are written, so every read_committed reader and every exactly-once application waits on it forever.
 */
package io.hirehub.stack.txn;
