package io.hirehub.edge.resumes;

import java.time.Instant;

/** A short-lived presigned link to a resume's original file. */
public record DownloadLink(String url, Instant expiresAt, String fileName) {}
