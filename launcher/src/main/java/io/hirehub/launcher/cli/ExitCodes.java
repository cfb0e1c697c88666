package io.hirehub.launcher.cli;

/** Exit codes of the {@code hirehub} command, documented in the README. */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** The operation failed (a request was refused, a migration failed). */
    public static final int FAILED = 1;
    /** Bad usage or configuration: unknown option, unknown setting, malformed value. */
    public static final int USAGE = 2;
    /** No stack to talk to: no endpoints.json and no explicit endpoint, or it does not answer. */
    public static final int NO_STACK = 3;
    /** The dev stack could not start: a busy port, a data dir in use, a part that failed. */
    public static final int START_FAILED = 4;
    /** The cluster differs from the topic plan (drift, or planned topics missing on describe). */
    public static final int DRIFT = 5;

    private ExitCodes() {}
}
