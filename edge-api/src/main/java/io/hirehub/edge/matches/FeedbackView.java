package io.hirehub.edge.matches;

import java.util.UUID;

/** A {@code match_feedback} row as written. */
public record FeedbackView(UUID id, UUID matchId, UUID jobId, UUID resumeId, String feedbackType, UUID feedbackBy) {}
