package io.hirehub.topologies.resume.text;

/** The document formats the resume pipeline reads; {@link #dbValue()} is {@code resumes.file_type}. */
public enum DocumentType {
    PDF("pdf"),
    DOCX("docx"),
    TEXT("txt"),
    MARKDOWN("md");

    private final String dbValue;

    DocumentType(final String dbValue) {
        this.dbValue = dbValue;
    }

    public String dbValue() {
        return dbValue;
    }
}
