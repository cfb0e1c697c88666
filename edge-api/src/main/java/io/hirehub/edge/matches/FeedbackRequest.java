package io.hirehub.edge.matches;

/** {@code POST /v1/matches/{job_id}/{resume_id}/feedback}: helpful, not_helpful, hired or rejected. */
public record FeedbackRequest(String feedbackType) {}
