package io.hirehub.edge.db;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Reading the seed's column types into the edge's values: TIMESTAMP holding UTC, arrays, nullable ints. */
public final class Columns {

    private Columns() {}

    public static Instant instant(final Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    public static Instant instant(final ResultSet row, final String column) throws SQLException {
        return instant(row.getTimestamp(column));
    }

    public static Integer integer(final ResultSet row, final String column) throws SQLException {
        final int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    public static BigDecimal decimal(final ResultSet row, final String column) throws SQLException {
        return row.getBigDecimal(column);
    }

    public static UUID uuid(final ResultSet row, final String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    public static List<UUID> uuids(final Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((Object[]) array.getArray())
                        .map(UUID.class::cast)
                        .toList();
    }

    /** The first column of every row of {@code select}'s result, as UUIDs, in row order. */
    public static List<UUID> firstUuids(final PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            final List<UUID> out = new ArrayList<>();
            while (row.next()) {
                out.add(row.getObject(1, UUID.class));
            }
            return out;
        }
    }

    public static List<String> strings(final Array array) throws SQLException {
        return array == null
                ? List.of()
                : Arrays.stream((Object[]) array.getArray())
                        .map(String::valueOf)
                        .toList();
    }
}
