package io.hirehub.launcher.cli;

/** A failure to report as one line on stderr with a chosen exit code, without a stack trace. */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliException(final int exitCode, final String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(final int exitCode, final String message, final Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
