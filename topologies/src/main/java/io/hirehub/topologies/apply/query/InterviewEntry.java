package io.hirehub.topologies.apply.query;

/**
 * An interview booked for an application.
 *
 * @param scheduledAt epoch microseconds
 * @param eventId     the interview.scheduled event that booked it
 */
public record InterviewEntry(
        String interviewId, String applicationId, String jobId, String userId, long scheduledAt, String eventId) {}
