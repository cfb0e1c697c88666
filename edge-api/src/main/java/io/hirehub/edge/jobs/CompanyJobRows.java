package io.hirehub.edge.jobs;

import io.hirehub.edge.db.Columns;
import io.hirehub.edge.write.StoreException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;

/** {@link CompanyJobs} over {@code jobs} rows (the job service's schema), one query per call. */
public final class CompanyJobRows implements CompanyJobs {

    private final DataSource jobs;
    private final String schema;
    private final Predicate<UUID> companies;

    /** @param companies whether a company exists (its rows live in the user service's schema) */
    public CompanyJobRows(final DataSource jobs, final String schema, final Predicate<UUID> companies) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.companies = Objects.requireNonNull(companies, "companies");
    }

    @Override
    public boolean companyExists(final UUID company) {
        return companies.test(company);
    }

    @Override
    public List<UUID> openJobs(final UUID company, final int max) {
        try (Connection connection = jobs.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT id FROM " + schema
                        + ".jobs WHERE company_id = ? AND status = 'open'"
                        + " ORDER BY posted_at DESC NULLS LAST, id LIMIT ?")) {
            select.setObject(1, company);
            select.setInt(2, max);
            return Columns.firstUuids(select);
        } catch (SQLException e) {
            throw new StoreException("cannot read the open jobs of company " + company + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Set<UUID> notOf(final UUID company, final Collection<UUID> ids) {
        final Set<UUID> foreign = new LinkedHashSet<>(ids);
        if (foreign.isEmpty()) {
            return Set.of();
        }
        try (Connection connection = jobs.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id FROM " + schema + ".jobs WHERE company_id = ? AND id = ANY(?)")) {
            final Array array = connection.createArrayOf("uuid", foreign.toArray());
            select.setObject(1, company);
            select.setArray(2, array);
            foreign.removeAll(Columns.firstUuids(select));
            return Collections.unmodifiableSet(foreign);
        } catch (SQLException e) {
            throw new StoreException("cannot read the jobs of company " + company + ": " + e.getMessage(), e);
        }
    }
}
