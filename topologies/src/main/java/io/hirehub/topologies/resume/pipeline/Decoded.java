package io.hirehub.topologies.resume.pipeline;

import io.hirehub.avro.event.ResumeUploaded;

/**
 * A resume.uploaded record after decoding: the event, or the raw bytes and why they could not be
 * read (bound for the dead-letter topic).
 */
record Decoded(ResumeUploaded event, byte[] raw, String errorClass, String errorMessage) {

    static Decoded ok(final ResumeUploaded event) {
        return new Decoded(event, null, null, null);
    }

    static Decoded unreadable(final byte[] raw, final Exception error) {
        return new Decoded(null, raw, error.getClass().getName(), String.valueOf(error.getMessage()));
    }

    boolean readable() {
        return event != null;
    }
}
