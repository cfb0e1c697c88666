package io.hirehub.edge.auth;

import io.hirehub.avro.entity.UserType;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A registered HireHub user as the edge authorises it: its id, type, and the companies it is a
 * member of ({@code company_members}); only {@code active} users are accounts.
 */
public record Account(UUID userId, UserType type, Set<UUID> companies) {

    public Account {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(type, "type");
        companies = Set.copyOf(companies);
    }

    public boolean isAdmin() {
        return type == UserType.ADMIN;
    }

    public boolean memberOf(final UUID companyId) {
        return companies.contains(companyId);
    }
}
