/**
 * Data to see the pipeline work and to measure it: {@code hirehub seed} (deterministic synthetic
 * companies, jobs, jobseekers and resume files, Korean and English), {@code hirehub import DIR}
 * (real jobs and resumes from JSONL, validated before the first write) and the demo set of
 * {@code hirehub dev --demo}. All of it goes through the system-of-record writers of
 * {@code io.hirehub.edge.write}, so every row arrives with its outbox event exactly as the HTTP
 * edge will write it.
 *
 * <p>Import format, one JSON object per line (blank lines skipped, unknown fields refused):
 * <ul>
 *   <li>{@code jobs.jsonl}: {@code key}, {@code company_name} (get-or-create by exact name),
 *       {@code title}, and optionally the seed's job columns {@code description},
 *       {@code requirements}, {@code job_type}, {@code experience_level}, {@code experience_min},
 *       {@code experience_max}, {@code salary_min}, {@code salary_max} (만원), {@code location},
 *       {@code remote_type}, {@code status} (default {@code open}), {@code posted_at},
 *       {@code expires_at} (ISO-8601), and the skill names {@code required} / {@code preferred}.</li>
 *   <li>{@code resumes.jsonl}: {@code key}, {@code name}, {@code file} (a .pdf, .docx or .txt path
 *       inside DIR), and optionally {@code title}, {@code email}, {@code phone},
 *       {@code experience_years}, {@code desired_position}, {@code desired_salary_min},
 *       {@code desired_salary_max}, {@code skills}.</li>
 * </ul>
 * A bad line stops the import before anything is written, as {@code <file>:<line>: <field>: <reason>}
 * with exit code 2.
 */
package io.hirehub.launcher.data;
