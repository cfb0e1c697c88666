package io.hirehub.edge.auth;

import io.hirehub.avro.entity.UserType;
import io.hirehub.edge.db.ExpiringCache;
import io.hirehub.edge.write.StoreException;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.schemas.values.TextMatch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Maps a token's subject to its HireHub account: the {@code users} row whose {@code cognito_sub}
 * it is, with the companies the user is a member of. Cached per subject for a short time, so a
 * request does not cost a database round trip; a user that is not {@code active} has no account.
 */
public final class Accounts {

    private final DataSource users;
    private final String sql;
    private final ExpiringCache<String, Account> cache;

    /**
     * @param users  user-service database
     * @param schema user-service schema
     * @param ttl    how long an account is cached (memberships changed elsewhere show after it)
     */
    public Accounts(final DataSource users, final String schema, final Duration ttl) {
        this.users = Objects.requireNonNull(users, "users");
        this.sql = "SELECT u.id, u.user_type, ARRAY(SELECT m.company_id FROM " + schema
                + ".company_members m WHERE m.user_id = u.id AND m.company_id IS NOT NULL) FROM " + schema
                + ".users u WHERE u.cognito_sub = ? AND COALESCE(u.status, 'active') = 'active'";
        this.cache = new ExpiringCache<>(10_000, ttl);
    }

    /** The active account of {@code subject}, if it has registered. */
    public Optional<Account> find(final String subject) {
        return cache.get(subject, this::load);
    }

    /** Forgets a subject's cached account (after this edge changed its user or memberships). */
    public void invalidate(final String subject) {
        cache.invalidate(subject);
    }

    private Optional<Account> load(final String subject) {
        try (Connection connection = users.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, subject);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                final Set<UUID> companies = new HashSet<>();
                for (final Object id : (Object[]) row.getArray(3).getArray()) {
                    companies.add((UUID) id);
                }
                final UserType type =
                        SeedValues.parse(UserType.class, "user_type", row.getString(2), TextMatch.ANY_CASE);
                return Optional.of(new Account(row.getObject(1, UUID.class), type, companies));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up the caller's account: " + e.getMessage(), e);
        }
    }
}
