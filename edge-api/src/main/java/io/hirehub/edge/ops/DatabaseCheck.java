package io.hirehub.edge.ops;

import io.hirehub.edge.db.ServiceDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** Ready when every service database answers a validity check within two seconds. */
public final class DatabaseCheck implements ReadinessCheck {

    private static final int TIMEOUT_SECONDS = 2;

    private final ServiceDatabases databases;

    public DatabaseCheck(final ServiceDatabases databases) {
        this.databases = Objects.requireNonNull(databases, "databases");
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Optional<String> problem() {
        for (final Map.Entry<String, DataSource> pool : databases.pools().entrySet()) {
            try (Connection connection = pool.getValue().getConnection()) {
                if (!connection.isValid(TIMEOUT_SECONDS)) {
                    return Optional.of("a service database does not answer");
                }
            } catch (SQLException e) {
                return Optional.of("a service database is unreachable: " + e.getMessage());
            }
        }
        return Optional.empty();
    }
}
