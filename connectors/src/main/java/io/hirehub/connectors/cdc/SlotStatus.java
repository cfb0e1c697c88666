package io.hirehub.connectors.cdc;

import java.util.Optional;

/**
 * What {@code hirehub cdc status} prints and the metrics expose about the replication slot.
 *
 * @param slot          slot name
 * @param exists        whether the slot exists yet (it is created on the first start)
 * @param active        whether a walsender streams from it now
 * @param retainedBytes WAL the slot keeps: {@code pg_current_wal_lsn() - restart_lsn}
 * @param lagBytes      WAL not yet confirmed by the runner: {@code pg_current_wal_lsn() - confirmed_flush_lsn}
 * @param leader        the instance holding the leader lock ({@code application name, pid}), if any
 */
public record SlotStatus(
        String slot, boolean exists, boolean active, long retainedBytes, long lagBytes, Optional<String> leader) {

    static SlotStatus missing(final String slot, final Optional<String> leader) {
        return new SlotStatus(slot, false, false, 0L, 0L, leader);
    }
}
