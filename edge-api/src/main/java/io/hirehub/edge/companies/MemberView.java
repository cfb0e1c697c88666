package io.hirehub.edge.companies;

import java.time.Instant;
import java.util.UUID;

/** A {@code company_members} row with its user's email. */
public record MemberView(
        UUID id,
        UUID userId,
        UUID companyId,
        String email,
        String name,
        String position,
        boolean isPrimary,
        Instant createdAt) {}
