package io.hirehub.topologies.resume.pipeline;

import io.hirehub.avro.event.ResumeUploaded;

/**
 * A resume.uploaded record after decoding: the event, or the raw bytes and why they could not be
 * read (bound for the dead-letter topic).
 */
record DecodedUpload(ResumeUploaded event, byte[] raw, String errorClass, String errorMessage) {

    static DecodedUpload ok(final ResumeUploaded event) {
        return new DecodedUpload(event, null, null, null);
    }

    static DecodedUpload unreadable(final byte[] raw, final Exception error) {
        return new DecodedUpload(null, raw, error.getClass().getName(), String.valueOf(error.getMessage()));
    }

    boolean readable() {
        return event != null;
    }
}
