package io.hirehub.schemas.values;

/** {@code companies.company_size} bands, smallest first (a string column in the seed and the contracts). */
public enum CompanySize implements ColumnValue {
    XS("1-10"),
    S("11-50"),
    M("51-200"),
    L("201-500"),
    XL("500+");

    private final String sqlValue;

    CompanySize(final String sqlValue) {
        this.sqlValue = sqlValue;
    }

    @Override
    public String sqlValue() {
        return sqlValue;
    }
}
