package io.hirehub.edge.resumes;

import java.util.UUID;

/**
 * The parts of {@code POST /v1/resumes} ({@code multipart/form-data}).
 *
 * @param file      the resume: PDF, DOCX or UTF-8 text, checked by content, at most 20 MiB
 * @param title     {@code resumes.title}
 * @param isPrimary {@code true} or {@code false}
 * @param userId    the jobseeker (admins only; defaults to the caller)
 */
public record UploadForm(byte[] file, String title, Boolean isPrimary, UUID userId) {}
