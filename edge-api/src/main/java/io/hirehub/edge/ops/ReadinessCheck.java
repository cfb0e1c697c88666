package io.hirehub.edge.ops;

import java.util.Optional;

/**
 * One thing {@code /readyz} needs: the databases answer, the query side can serve or forward. A
 * check answers empty when ready, else why not, and must return within a second or two.
 */
public interface ReadinessCheck {

    /** Short name shown in {@code /readyz}, e.g. {@code database}. */
    String name();

    /** Empty when ready; otherwise the reason. */
    Optional<String> problem();
}
