package io.hirehub.edge.companies;

import java.time.Instant;
import java.util.UUID;

/** A {@code companies} row. */
public record CompanyView(
        UUID id,
        String name,
        String businessNumber,
        String industry,
        String companySize,
        String location,
        String logoUrl,
        String description,
        String status,
        Instant createdAt) {}
