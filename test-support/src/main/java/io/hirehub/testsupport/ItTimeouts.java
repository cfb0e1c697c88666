package io.hirehub.testsupport;

import java.time.Duration;

/**
 * The one deadline integration tests poll against (Awaitility's {@code atMost}): long enough for the
 * slowest path on a loaded 2-core CI machine (a resume through PDF parsing, embedding, matching and
 * both write-backs), so a failure means the behaviour is missing, not that the machine was busy.
 * {@code -Dhirehub.it.timeout=PT5M} (an ISO-8601 duration) stretches it on a slower machine.
 */
public final class ItTimeouts {

    /** The deadline of any one awaited outcome. */
    public static final Duration WAIT = Duration.parse(System.getProperty("hirehub.it.timeout", "PT4M"));

    private ItTimeouts() {}
}
