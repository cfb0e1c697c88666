package io.hirehub.stack.topics;

/** The topic plan could not be read from or applied to the cluster. */
public final class TopicPlanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TopicPlanException(final String message) {
        super(message);
    }

    public TopicPlanException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
