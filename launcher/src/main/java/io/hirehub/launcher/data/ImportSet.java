package io.hirehub.launcher.data;

import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.JobType;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.edge.write.Fields;
import io.hirehub.edge.write.InvalidFieldException;
import io.hirehub.edge.write.NewJob;
import io.hirehub.edge.write.NewJobseeker;
import io.hirehub.edge.write.NewResume;
import io.hirehub.edge.write.NewSkillTag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A validated import directory: {@code jobs.jsonl} and {@code resumes.jsonl}. Everything is
 * checked here, the writers' own rules included, so a bad line is refused before anything is written.
 *
 * @param jobs    jobs with their company name
 * @param resumes jobseekers with their resume file
 */
record ImportSet(List<JobLine> jobs, List<ResumeLine> resumes) {

    static final String JOBS_FILE = "jobs.jsonl";
    static final String RESUMES_FILE = "resumes.jsonl";

    static final Set<String> JOB_FIELDS = new LinkedHashSet<>(List.of(
            "key",
            "company_name",
            "title",
            "description",
            "requirements",
            "job_type",
            "experience_level",
            "experience_min",
            "experience_max",
            "salary_min",
            "salary_max",
            "location",
            "remote_type",
            "status",
            "posted_at",
            "expires_at",
            "required",
            "preferred"));

    static final Set<String> RESUME_FIELDS = new LinkedHashSet<>(List.of(
            "key",
            "name",
            "file",
            "title",
            "email",
            "phone",
            "experience_years",
            "desired_position",
            "desired_salary_min",
            "desired_salary_max",
            "skills"));

    /** A job line; {@code job.companyId()} is a placeholder until the company is resolved. */
    record JobLine(String key, int line, String companyName, NewJob job) implements JsonlFile.Keyed {}

    /** A resume line: the jobseeker to create and the file to upload. */
    record ResumeLine(String key, int line, NewJobseeker jobseeker, String title, String fileName, Path file)
            implements JsonlFile.Keyed {}

    /** Reads and validates {@code dir}; throws {@link ImportException} on the first problem. */
    static ImportSet read(final Path dir, final Instant now) {
        if (!Files.isDirectory(dir)) {
            throw new ImportException(dir + " is not a directory");
        }
        if (!Files.exists(dir.resolve(JOBS_FILE)) && !Files.exists(dir.resolve(RESUMES_FILE))) {
            throw new ImportException(dir + " has neither " + JOBS_FILE + " nor " + RESUMES_FILE);
        }
        final Path base = dir.toAbsolutePath().normalize();
        return new ImportSet(
                JsonlFile.read(dir.resolve(JOBS_FILE), JOB_FIELDS, (line, n) -> job(line, n, now)),
                JsonlFile.read(dir.resolve(RESUMES_FILE), RESUME_FIELDS, (line, n) -> resume(line, n, base)));
    }

    private static JobLine job(final JsonLine line, final int number, final Instant now) {
        final String key = line.text("key", true);
        final String company = Fields.required("company_name", line.text("company_name", true), 200);
        final String title = line.text("title", true);
        final JobStatus status = line.enumValue(JobStatus.class, "status");
        final NewJob job = new NewJob(
                UUID.randomUUID(),
                UUID.randomUUID(),
                title,
                line.text("description", false),
                line.text("requirements", false),
                line.enumValue(JobType.class, "job_type"),
                line.enumValue(ExperienceLevel.class, "experience_level"),
                line.integer("experience_min"),
                line.integer("experience_max"),
                line.integer("salary_min"),
                line.integer("salary_max"),
                line.text("location", false),
                line.enumValue(RemoteType.class, "remote_type"),
                // Imports are for matching: a posting without a status is open, not the table's draft.
                status == null ? JobStatus.OPEN : status,
                line.instant("posted_at"),
                line.instant("expires_at"),
                tags(line.strings("required")),
                tags(line.strings("preferred")));
        return new JobLine(key, number, company, job.validated(now));
    }

    private static List<NewSkillTag> tags(final List<String> names) {
        return names.stream().map(SkillMaster::tagFor).toList();
    }

    private static ResumeLine resume(final JsonLine line, final int number, final Path base) {
        final String key = line.text("key", true);
        final String name = line.text("name", true);
        final String fileText = line.text("file", true);
        final Path file = base.resolve(fileText).normalize();
        if (!file.startsWith(base)) {
            throw new InvalidFieldException(
                    "file", "must be a path inside the import directory, was '" + fileText + "'");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidFieldException("file", "no such file '" + fileText + "'");
        }
        final String fileName = file.getFileName().toString();
        try {
            NewResume.fileType(fileName);
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException("file", e.reason());
        }
        final long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (size == 0 || size > NewResume.MAX_BYTES) {
            throw new InvalidFieldException(
                    "file",
                    size == 0
                            ? "'" + fileText + "' is empty"
                            : "'" + fileText + "' is larger than " + NewResume.MAX_BYTES + " bytes");
        }
        final UUID userId = UUID.randomUUID();
        final String email = line.text("email", false);
        final NewJobseeker jobseeker = new NewJobseeker(
                userId,
                UUID.randomUUID(),
                email == null ? "import." + userId + "@hirehub.invalid" : email,
                name,
                line.text("phone", false),
                line.integer("experience_years"),
                line.text("desired_position", false),
                line.integer("desired_salary_min"),
                line.integer("desired_salary_max"),
                line.strings("skills"));
        final String title = Fields.optional("title", line.text("title", false), 200);
        return new ResumeLine(key, number, jobseeker.validated(), title, fileName, file);
    }
}
