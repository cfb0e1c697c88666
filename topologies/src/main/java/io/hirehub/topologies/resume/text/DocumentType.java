package io.hirehub.topologies.resume.text;

import io.hirehub.schemas.values.ColumnValue;

/** The document formats the resume pipeline reads; {@link #sqlValue()} is {@code resumes.file_type}. */
public enum DocumentType implements ColumnValue {
    PDF("pdf"),
    DOCX("docx"),
    TEXT("txt"),
    MARKDOWN("md");

    private final String sqlValue;

    DocumentType(final String sqlValue) {
        this.sqlValue = sqlValue;
    }

    @Override
    public String sqlValue() {
        return sqlValue;
    }
}
