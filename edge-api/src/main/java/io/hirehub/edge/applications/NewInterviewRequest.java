package io.hirehub.edge.applications;

import java.time.Instant;

/** {@code POST /v1/applications/{id}/interviews}: book an interview (the job's company). */
public record NewInterviewRequest(
        String interviewType, Instant scheduledAt, Integer durationMinutes, String location) {}
