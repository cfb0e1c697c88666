/**
 * The resume pipeline application ({@link io.hirehub.apps.resume.ResumePipelineApp}: the topology in
 * one {@code StreamsApp}, its PostgreSQL write-back beside it) and the implementation of the
 * topologies' {@code ResumeAnalysisQueries} port over the rows that write-back commits.
 */
package io.hirehub.apps.resume;
