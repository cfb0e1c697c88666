package io.hirehub.runtime;

import org.apache.kafka.common.config.ConfigException;

/** How to describe a failure in one line, and whether trying again can help. */
public final class Failures {

    private Failures() {}

    /**
     * One line: the first message of the chain that is not just a wrapper's, followed by the innermost
     * cause's when that says something more ({@code write failed: connection refused}). An
     * {@link Error} in the chain is what matters and is named with its type: a
     * {@code NoClassDefFoundError}'s message is only a class name.
     */
    public static String describe(final Throwable error) {
        for (Throwable t = error; t != null; t = next(t)) {
            if (t instanceof Error) {
                return t.getMessage() == null || t.getMessage().isBlank()
                        ? t.getClass().getSimpleName()
                        : t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        Throwable first = error;
        while (next(first) != null
                && (first.getMessage() == null
                        || first.getMessage().equals(next(first).toString()))) {
            first = next(first);
        }
        final Throwable root = root(error);
        final String outer = first.getMessage() == null || first.getMessage().isBlank()
                ? first.getClass().getSimpleName()
                : first.getMessage();
        final String inner = root.getMessage();
        return root == first || inner == null || inner.isBlank() || outer.contains(inner)
                ? outer
                : outer + ": " + inner;
    }

    private static Throwable next(final Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }

    public static Throwable root(final Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * Whether a retry cannot help: an {@link Error} anywhere in the chain (a class missing from the
     * classpath, a failed static initialiser, out of memory) or a configuration the engine refused.
     */
    public static boolean permanent(final Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Error || t instanceof ConfigException) {
                return true;
            }
        }
        return false;
    }
}
