package io.hirehub.edge.write;

import io.hirehub.avro.entity.UserType;
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

/**
 * user-service writes for companies: the company, its member users (type company) and the
 * {@code company_members} rows, in one transaction. user-service emits none of the seed's topics,
 * so there is no outbox row: CDC publishes the entity changelogs.
 */
public final class CompanyWriter {

    private final Transactions transactions;
    private final String schema;

    /**
     * @param dataSource user-service database
     * @param schema     user-service schema ({@code user_service} by default)
     */
    public CompanyWriter(final DataSource dataSource, final String schema) {
        this.transactions = new Transactions(dataSource);
        this.schema = Objects.requireNonNull(schema, "schema");
    }

    /** Creates one company; returns its id. */
    public UUID create(final NewCompany company) {
        return createAll(List.of(company)).get(0);
    }

    /** Creates the companies in one transaction (all or nothing); returns their ids in order. */
    public List<UUID> createAll(final List<NewCompany> companies) {
        final List<NewCompany> checked = new ArrayList<>(companies.size());
        for (int i = 0; i < companies.size(); i++) {
            try {
                checked.add(Objects.requireNonNull(companies.get(i), "company").validated());
            } catch (InvalidFieldException e) {
                throw companies.size() == 1 ? e : e.under("companies[" + i + "]");
            }
        }
        return transactions.inTransaction("creating " + checked.size() + " company(ies)", connection -> {
            insert(connection, checked);
            return checked.stream().map(NewCompany::id).toList();
        });
    }

    /** The id of the first company named exactly {@code name}, creating it (without members) if there is none. */
    public UUID findOrCreateByName(final String name) {
        final String checked = Fields.required("company_name", name, 200);
        return transactions.inTransaction("finding company '" + checked + "'", connection -> {
            final Optional<UUID> found = findByName(connection, checked);
            if (found.isPresent()) {
                return found.get();
            }
            final NewCompany company =
                    new NewCompany(null, checked, null, null, null, null, null, null, List.of()).validated();
            insert(connection, List.of(company));
            return company.id();
        });
    }

    /**
     * Creates a company inside the caller's transaction with {@code owner} (an existing company user)
     * as its primary member; returns the company id.
     */
    public UUID createOwned(final Connection connection, final NewCompany company, final NewMember owner)
            throws SQLException {
        final NewCompany checked = Objects.requireNonNull(company, "company").validated();
        if (!checked.members().isEmpty()) {
            throw new InvalidFieldException("members", "add members with their own requests once the company exists");
        }
        insert(connection, List.of(checked));
        addMember(connection, checked.id(), owner);
        return checked.id();
    }

    /**
     * Adds an existing user of type company to a company inside the caller's transaction; returns the
     * member id. A missing company or user is a {@link NotFoundException}, a jobseeker or admin user an
     * {@link InvalidFieldException}, a user already member of the company a {@link ConflictException}.
     */
    public UUID addMember(final Connection connection, final UUID companyId, final NewMember member)
            throws SQLException {
        final NewMember checked = Objects.requireNonNull(member, "member").validated();
        try (PreparedStatement company =
                connection.prepareStatement("SELECT 1 FROM " + schema + ".companies WHERE id = ? FOR SHARE")) {
            company.setObject(1, companyId);
            try (ResultSet row = company.executeQuery()) {
                if (!row.next()) {
                    throw new NotFoundException("company " + companyId + " does not exist");
                }
            }
        }
        try (PreparedStatement user =
                connection.prepareStatement("SELECT user_type FROM " + schema + ".users WHERE id = ? FOR SHARE")) {
            user.setObject(1, checked.userId());
            try (ResultSet row = user.executeQuery()) {
                if (!row.next()) {
                    throw new InvalidFieldException("user_id", "no user " + checked.userId());
                }
                if (!"company".equals(row.getString(1))) {
                    throw new InvalidFieldException(
                            "user_id", "must be a company user to be a member (a " + row.getString(1) + " user)");
                }
            }
        }
        // Serialises concurrent additions of members to one company, so a user is never added twice.
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "company_members:" + companyId);
            lock.execute();
        }
        try (PreparedStatement existing = connection.prepareStatement(
                "SELECT 1 FROM " + schema + ".company_members WHERE company_id = ? AND user_id = ?")) {
            existing.setObject(1, companyId);
            existing.setObject(2, checked.userId());
            try (ResultSet row = existing.executeQuery()) {
                if (row.next()) {
                    throw new ConflictException(
                            "user " + checked.userId() + " is already a member of company " + companyId, null);
                }
            }
        }
        final UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema + ".company_members"
                + " (id, user_id, company_id, name, position, is_primary) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, checked.userId());
            insert.setObject(3, companyId);
            insert.setString(4, checked.name());
            insert.setString(5, checked.position());
            insert.setBoolean(6, checked.primary());
            insert.executeUpdate();
        }
        return id;
    }

    private Optional<UUID> findByName(final Connection connection, final String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM " + schema + ".companies WHERE name = ? ORDER BY created_at, id LIMIT 1")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }

    private void insert(final Connection connection, final List<NewCompany> companies) throws SQLException {
        try (PreparedStatement company = connection.prepareStatement("INSERT INTO " + schema + ".companies"
                        + " (id, name, business_number, industry, company_size, location, logo_url, description)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement user = connection.prepareStatement(Users.insertSql(schema));
                PreparedStatement member = connection.prepareStatement("INSERT INTO " + schema + ".company_members"
                        + " (id, user_id, company_id, name, position, is_primary) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (final NewCompany c : companies) {
                company.setObject(1, c.id());
                company.setString(2, c.name());
                company.setString(3, c.businessNumber());
                company.setString(4, c.industry());
                company.setString(5, c.companySize());
                company.setString(6, c.location());
                company.setString(7, c.logoUrl());
                company.setString(8, c.description());
                company.addBatch();
                for (final NewCompany.Member m : c.members()) {
                    Users.bind(user, m.userId(), m.email(), UserType.COMPANY);
                    user.addBatch();
                    member.setObject(1, m.memberId());
                    member.setObject(2, m.userId());
                    member.setObject(3, c.id());
                    member.setString(4, m.name());
                    member.setString(5, m.position());
                    member.setBoolean(6, m.primary());
                    member.addBatch();
                }
            }
            company.executeBatch();
            user.executeBatch();
            member.executeBatch();
        }
    }
}
