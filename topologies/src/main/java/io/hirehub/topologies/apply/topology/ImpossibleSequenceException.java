package io.hirehub.topologies.apply.topology;

/**
 * An application event the workflow says cannot happen where it arrived (a move from a status the
 * application is not in, a move that does not exist, a second submission): the event goes to the
 * dead-letter topic with this as the reason, and the application's state stays as it was.
 */
public final class ImpossibleSequenceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImpossibleSequenceException(final String message) {
        super(message, null, false, false);
    }
}
