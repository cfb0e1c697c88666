package io.hirehub.edge.companies;

import io.hirehub.edge.db.Columns;
import io.hirehub.edge.write.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads {@code companies} and {@code company_members} rows. */
public final class CompanyRows {

    private final DataSource users;
    private final String schema;

    public CompanyRows(final DataSource users, final String schema) {
        this.users = Objects.requireNonNull(users, "users");
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    public Optional<CompanyView> find(final UUID id) {
        try (Connection connection = users.getConnection()) {
            return find(connection, id);
        } catch (SQLException e) {
            throw new StoreException("cannot read company " + id + ": " + e.getMessage(), e);
        }
    }

    public Optional<CompanyView> find(final Connection connection, final UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name, business_number, industry,"
                + " company_size, location, logo_url, description, status, created_at FROM " + schema
                + ".companies WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CompanyView(
                        Columns.uuid(row, "id"),
                        row.getString("name"),
                        row.getString("business_number"),
                        row.getString("industry"),
                        row.getString("company_size"),
                        row.getString("location"),
                        row.getString("logo_url"),
                        row.getString("description"),
                        row.getString("status"),
                        Columns.instant(row, "created_at")));
            }
        }
    }

    public List<MemberView> members(final UUID companyId) {
        try (Connection connection = users.getConnection()) {
            return members(connection, companyId, Optional.empty());
        } catch (SQLException e) {
            throw new StoreException("cannot read the members of company " + companyId + ": " + e.getMessage(), e);
        }
    }

    /** The company's members, or only the member row {@code memberId}. */
    public List<MemberView> members(final Connection connection, final UUID companyId, final Optional<UUID> memberId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT m.id, m.user_id, m.company_id, u.email,"
                + " m.name, m.position, m.is_primary, m.created_at FROM " + schema + ".company_members m LEFT JOIN "
                + schema + ".users u ON u.id = m.user_id WHERE m.company_id = ? AND (?::uuid IS NULL OR m.id = ?::uuid)"
                + " ORDER BY m.created_at, m.id")) {
            select.setObject(1, companyId);
            select.setObject(2, memberId.orElse(null));
            select.setObject(3, memberId.orElse(null));
            try (ResultSet row = select.executeQuery()) {
                final List<MemberView> out = new ArrayList<>();
                while (row.next()) {
                    out.add(new MemberView(
                            Columns.uuid(row, "id"),
                            Columns.uuid(row, "user_id"),
                            Columns.uuid(row, "company_id"),
                            row.getString("email"),
                            row.getString("name"),
                            row.getString("position"),
                            row.getBoolean("is_primary"),
                            Columns.instant(row, "created_at")));
                }
                return out;
            }
        }
    }
}
