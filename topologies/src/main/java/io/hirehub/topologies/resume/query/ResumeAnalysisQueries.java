package io.hirehub.topologies.resume.query;

import java.util.Optional;

/**
 * A resume's analysis state, as a port the edge calls. The resume pipeline keeps no store of it: the
 * state is what its write-back commits ({@code resumes.status} and the resume's {@code ai_tasks}
 * rows), so the implementation reads those rows ({@code apps}), and a read sees an analysis
 * once its results are committed.
 */
public interface ResumeAnalysisQueries {

    /** The analysis state of {@code resumeId}; empty when no such resume exists (or the id is not a UUID). */
    Optional<ResumeAnalysisState> analysis(String resumeId);
}
