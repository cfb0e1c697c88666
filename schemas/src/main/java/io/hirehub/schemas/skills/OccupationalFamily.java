package io.hirehub.schemas.skills;

import java.util.Locale;

/**
 * The occupational families the built-in skill catalogue covers. A tag lists under one family (where
 * recruiters of that family look for it); skills shared across families sit under {@link #GENERAL}.
 * Not a {@code skill_tags} column: it documents coverage and groups the quality figures.
 */
public enum OccupationalFamily {
    SOFTWARE,
    DATA,
    DESIGN,
    MARKETING,
    SALES,
    FINANCE,
    HEALTHCARE,
    MANUFACTURING,
    LOGISTICS,
    EDUCATION,
    LEGAL,
    HR,
    CUSTOMER_SERVICE,
    GENERAL;

    /** The spelling used in the catalogue and the labelled sets ({@code customer_service}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The family for a code, any case. */
    public static OccupationalFamily fromCode(final String code) {
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown occupational family '" + code + "'", e);
        }
    }
}
