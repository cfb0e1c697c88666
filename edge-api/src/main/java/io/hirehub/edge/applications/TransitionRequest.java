package io.hirehub.edge.applications;

/**
 * {@code POST /v1/applications/{id}/transitions}: move an application to {@code to_status}.
 *
 * @param fromStatus optional: the status the caller saw; the move is refused with 409 when it moved since
 * @param note       optional free text kept in the event's payload
 */
public record TransitionRequest(String toStatus, String fromStatus, String note) {}
