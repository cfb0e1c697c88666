package io.hirehub.edge.write;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** JDBC parameter helpers: nullable ints, and TIMESTAMP columns (no zone) holding UTC. */
final class Rows {

    private Rows() {}

    static Timestamp timestamp(final Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static void setInt(final PreparedStatement statement, final int index, final Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static void setTimestamp(final PreparedStatement statement, final int index, final Instant value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, timestamp(value));
        }
    }
}
