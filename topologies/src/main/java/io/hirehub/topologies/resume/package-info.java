/**
 * The resume pipeline's domain logic (seed workflow 1, ai-service), free of Kafka and HTTP types
 * so it tests alone.
 *
 * <p>Entry point for the topology: {@link io.hirehub.topologies.resume.ResumeAnalyzer#analyze}
 * (built by {@link io.hirehub.topologies.resume.ResumeAnalyzerFactory#create} from
 * {@link io.hirehub.topologies.resume.ResumeAnalysisSettings}, whose Javadoc lists every
 * configuration key). It returns a {@link io.hirehub.topologies.resume.ResumeAnalysis} whose parts
 * map to the seed:
 * <ul>
 *   <li>{@code maskedText} → {@code resumes.masked_content}, {@code processed/{user_id}/{resume_id}/masked.txt}</li>
 *   <li>{@code parsed} → {@code resumes.parsed_content} and {@code parsed.json}
 *       ({@link io.hirehub.topologies.resume.parse.ParsedResumeJson}), {@code resume_experiences},
 *       {@code resume_educations}, {@code resume_skills}</li>
 *   <li>{@code summary} → {@code resumes.ai_summary}</li>
 *   <li>{@code chunks} → {@code resume_embeddings}; {@code documentEmbedding} → the resume profile</li>
 *   <li>{@code maskedFields} → {@code pii_masking_logs.masked_fields}
 *       ({@link io.hirehub.topologies.resume.pii.MaskedFields} documents the JSON shape)</li>
 *   <li>{@code tasks} → one completed {@code ai_tasks} row per task type</li>
 * </ul>
 * or throws a {@link io.hirehub.topologies.resume.ResumeAnalysisException} naming the failed task
 * type and {@link io.hirehub.topologies.resume.FailureKind} (→ resume status {@code error}, a failed
 * {@code ai_tasks} row, {@code resume.processed} with status error).
 *
 * <p>Sub-packages: {@code text} (extraction), {@code pii} (masking), {@code parse} (structure and
 * skills), {@code summary}, {@code provider} (LLM/HTTP clients, timeouts, retries), {@code pipeline}
 * (the topology). Embeddings and chunks are {@code io.hirehub.topologies.embed}, shared with matching;
 * {@code ai_tasks.task_type} is the Avro {@code AiTaskType}. Raw text exists only between extraction
 * and the rule masker.
 */
package io.hirehub.topologies.resume;
