/**
 * The resume pipeline's query port: {@link io.hirehub.topologies.resume.query.ResumeAnalysisQueries}
 * (a resume's analysis state), implemented over the rows its write-back commits
 * ({@code apps.resume.JdbcResumeAnalysisQueries}).
 */
package io.hirehub.topologies.resume.query;
