package io.hirehub.schemas.keys;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A job/resume pair: the key {@code {job_id}:{resume_id}} of {@code hirehub.match.matches}, the
 * {@code match-detail} and {@code match-pairs} stores, and the seed's {@code match:detail:…} key.
 * Its {@link #matchId()} is the {@code matches.id} the write-back gives the pair's row.
 */
public record PairKey(String jobId, String resumeId) {

    private static final String SHAPE = "{job_id}:{resume_id}";

    /** Rejects empty ids and a job id containing ':' (the key would not parse back). */
    public PairKey {
        CompositeKeys.join(jobId, resumeId);
    }

    /** The pair of a key {@code {job_id}:{resume_id}}. */
    public static PairKey parse(final String key) {
        final String[] parts = CompositeKeys.split(key, SHAPE);
        return new PairKey(parts[0], parts[1]);
    }

    /** The pair of a reverse key {@code {resume_id}:{job_id}} ({@link #formatByResume()}). */
    public static PairKey parseByResume(final String key) {
        final String[] parts = CompositeKeys.split(key, "{resume_id}:{job_id}");
        return new PairKey(parts[1], parts[0]);
    }

    /** The key text {@code {job_id}:{resume_id}}. */
    public String format() {
        return jobId + CompositeKeys.SEPARATOR + resumeId;
    }

    /** The reverse key text {@code {resume_id}:{job_id}}, for indexes that find a resume's pairs. */
    public String formatByResume() {
        return CompositeKeys.join(resumeId, jobId);
    }

    /** The prefix of every pair key of one job, for prefix scans. */
    public static String jobPrefix(final String jobId) {
        return CompositeKeys.prefix(jobId);
    }

    /** The prefix of every reverse key of one resume, for prefix scans. */
    public static String resumePrefix(final String resumeId) {
        return CompositeKeys.prefix(resumeId);
    }

    /**
     * {@code matches.id}: a name-based UUID of {@code "match:{job_id}:{resume_id}"}. A pair keeps one
     * id for ever (re-inserted after a retraction it gets the same one).
     */
    public UUID matchId() {
        return UUID.nameUUIDFromBytes(("match:" + format()).getBytes(StandardCharsets.UTF_8));
    }

    /** The job id as a UUID (the contracts' type). */
    public UUID jobUuid() {
        return UUID.fromString(jobId);
    }

    /** The resume id as a UUID (the contracts' type). */
    public UUID resumeUuid() {
        return UUID.fromString(resumeId);
    }

    /** The key text, as {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }
}
