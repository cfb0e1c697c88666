package io.hirehub.topologies.match;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code companies.company_size} bands, smallest first. */
public enum CompanySize implements SeedCodes.HasCode {
    XS("1-10"),
    S("11-50"),
    M("51-200"),
    L("201-500"),
    XL("500+");

    private final String code;

    CompanySize(final String code) {
        this.code = code;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    /** Parses a column value; {@code null} stays {@code null}. */
    public static CompanySize fromCode(final String code) {
        return SeedCodes.parse(CompanySize.class, "companies.company_size", code);
    }
}
