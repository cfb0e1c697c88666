package io.hirehub.edge.companies;

import java.util.UUID;

/** {@code POST /v1/companies/{id}/members}: an existing company user joins the company. */
public record NewMemberRequest(UUID userId, String name, String position, Boolean isPrimary) {}
