package io.hirehub.edge.users;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user as the edge shows it (never its {@code cognito_sub}). */
public record UserView(
        UUID id, String email, String userType, String status, List<UUID> companyIds, Instant createdAt) {}
