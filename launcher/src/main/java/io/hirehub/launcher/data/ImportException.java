package io.hirehub.launcher.data;

/** A malformed import line: {@code <file>:<line>: <field>: <reason>}; thrown before anything is written. */
public final class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportException(final String file, final int line, final String problem) {
        super(file + ":" + line + ": " + problem);
    }

    public ImportException(final String problem) {
        super(problem);
    }
}
