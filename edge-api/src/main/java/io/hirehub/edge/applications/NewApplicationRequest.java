package io.hirehub.edge.applications;

import java.util.UUID;

/** {@code POST /v1/applications}: apply to an open job with one of the caller's resumes. */
public record NewApplicationRequest(UUID jobId, UUID resumeId, String coverLetter) {}
