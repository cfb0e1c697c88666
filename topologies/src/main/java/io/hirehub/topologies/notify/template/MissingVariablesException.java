package io.hirehub.topologies.notify.template;

import java.util.List;
import java.util.SortedSet;

/**
 * A template names variables the event did not supply (or supplied blank): the notification is
 * recorded as failed with this message instead of being sent with holes in it.
 */
public final class MissingVariablesException extends TemplateException {

    private static final long serialVersionUID = 1L;

    private final List<String> missing;

    public MissingVariablesException(final String template, final SortedSet<String> missing) {
        super("template " + template + " is missing variable(s) " + String.join(", ", missing));
        this.missing = List.copyOf(missing);
    }

    /** The missing names, sorted. */
    public List<String> missing() {
        return missing;
    }
}
