package io.hirehub.edge.companies;

/**
 * {@code POST /v1/companies}: a company, with the caller (a company user) as its primary member.
 *
 * @param memberName     the caller's {@code company_members.name}
 * @param memberPosition the caller's {@code company_members.position}
 */
public record NewCompanyRequest(
        String name,
        String businessNumber,
        String industry,
        String companySize,
        String location,
        String logoUrl,
        String description,
        String memberName,
        String memberPosition) {}
