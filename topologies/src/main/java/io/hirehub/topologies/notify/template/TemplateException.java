package io.hirehub.topologies.notify.template;

/** A notification template that cannot be rendered: a syntax error or missing variables. */
public class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TemplateException(final String message) {
        super(message);
    }

    public TemplateException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
