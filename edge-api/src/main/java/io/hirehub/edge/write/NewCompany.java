package io.hirehub.edge.write;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A company to create with its members (each a {@code users} row of type company plus a
 * {@code company_members} row). Column names in error messages are the seed's.
 *
 * @param id             the company id, or null for a random one
 * @param name           {@code name}, required
 * @param businessNumber {@code business_number} (unique), optional
 * @param industry       {@code industry}
 * @param companySize    {@code company_size}: 1-10, 11-50, 51-200, 201-500, 500+
 * @param location       {@code location}
 * @param logoUrl        {@code logo_url}
 * @param description    {@code description}
 * @param members        the company's members (may be empty)
 */
public record NewCompany(
        UUID id,
        String name,
        String businessNumber,
        String industry,
        String companySize,
        String location,
        String logoUrl,
        String description,
        List<Member> members) {

    /**
     * A company member and its user account.
     *
     * @param userId   {@code users.id}, or null for a random one
     * @param memberId {@code company_members.id}, or null for a random one
     * @param email    {@code users.email} (unique), required
     * @param name     {@code company_members.name}
     * @param position {@code company_members.position}
     * @param primary  {@code company_members.is_primary}
     */
    public record Member(UUID userId, UUID memberId, String email, String name, String position, boolean primary) {

        Member validated(final String path) {
            try {
                return new Member(
                        userId == null ? UUID.randomUUID() : userId,
                        memberId == null ? UUID.randomUUID() : memberId,
                        Fields.email("email", email),
                        Fields.optional("name", name, 100),
                        Fields.optional("position", position, 100),
                        primary);
            } catch (InvalidFieldException e) {
                throw e.under(path);
            }
        }
    }

    /** A copy with ids filled in and texts normalised; throws {@link InvalidFieldException}. */
    public NewCompany validated() {
        final FieldChecks checks = new FieldChecks();
        final List<Member> checked = new ArrayList<>();
        final List<Member> given = members == null ? List.of() : members;
        for (int i = 0; i < given.size(); i++) {
            final String path = "members[" + i + "]";
            final Member member = given.get(i);
            final Member valid = checks.check(() -> {
                if (member == null) {
                    throw new InvalidFieldException(path, "is required");
                }
                return member.validated(path);
            });
            if (valid != null) {
                checked.add(valid);
            }
        }
        final NewCompany company = new NewCompany(
                id == null ? UUID.randomUUID() : id,
                checks.check(() -> Fields.required("name", name, 200)),
                checks.check(() -> Fields.optional("business_number", businessNumber, 20)),
                checks.check(() -> Fields.optional("industry", industry, 100)),
                checks.check(() -> Fields.companySize("company_size", companySize)),
                checks.check(() -> Fields.optional("location", location, 200)),
                checks.check(() -> Fields.optional("logo_url", logoUrl, 500)),
                checks.check(() -> Fields.optional("description", description, 100_000)),
                List.copyOf(checked));
        checks.done();
        return company;
    }
}
