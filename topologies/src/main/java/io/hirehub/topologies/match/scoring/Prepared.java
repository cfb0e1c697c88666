package io.hirehub.topologies.match.scoring;

/**
 * One side of a pair prepared for scoring ({@link PreparedJob}, {@link PreparedResume}): what a
 * {@link PreparedIndex} needs to hold it and pre-select it.
 */
public sealed interface Prepared permits PreparedJob, PreparedResume {

    /** The job or resume id. */
    String id();

    /** The full-precision embedding, {@code null} when there is none. */
    float[] embedding();
}
