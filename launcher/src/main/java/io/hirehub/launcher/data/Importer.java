package io.hirehub.launcher.data;

import io.hirehub.edge.write.NewJob;
import io.hirehub.edge.write.NewJobseeker;
import io.hirehub.edge.write.NewResume;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a validated {@link ImportSet} through the system-of-record writers: companies by name
 * (get-or-create), jobs in batches, then jobseekers and their resumes in batches.
 */
final class Importer {

    /** The ids created, by each line's key, in file order. */
    record Result(Map<String, UUID> jobs, Map<String, UUID> resumes) {}

    private final DataTargets targets;

    Importer(final DataTargets targets) {
        this.targets = targets;
    }

    Result write(final ImportSet set) {
        final Map<String, UUID> companies = new HashMap<>();
        final Map<String, UUID> jobIds = new LinkedHashMap<>();
        final List<NewJob> batch = new ArrayList<>();
        for (final ImportSet.JobLine job : set.jobs()) {
            final UUID companyId =
                    companies.computeIfAbsent(job.companyName(), targets.companies()::findOrCreateByName);
            final NewJob j = job.job();
            batch.add(new NewJob(
                    j.id(),
                    companyId,
                    j.title(),
                    j.description(),
                    j.requirements(),
                    j.jobType(),
                    j.experienceLevel(),
                    j.experienceMin(),
                    j.experienceMax(),
                    j.salaryMin(),
                    j.salaryMax(),
                    j.location(),
                    j.remoteType(),
                    j.status(),
                    j.postedAt(),
                    j.expiresAt(),
                    j.required(),
                    j.preferred()));
            jobIds.put(job.key(), j.id());
            if (batch.size() == SeedRunner.JOB_BATCH) {
                targets.jobs().createAll(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            targets.jobs().createAll(batch);
        }
        final Map<String, UUID> resumeIds = new LinkedHashMap<>();
        final List<ImportSet.ResumeLine> resumes = set.resumes();
        for (int from = 0; from < resumes.size(); from += SeedRunner.RESUME_BATCH) {
            final List<ImportSet.ResumeLine> chunk =
                    resumes.subList(from, Math.min(resumes.size(), from + SeedRunner.RESUME_BATCH));
            final List<NewJobseeker> jobseekers = new ArrayList<>();
            final List<NewResume> uploads = new ArrayList<>();
            for (final ImportSet.ResumeLine r : chunk) {
                jobseekers.add(r.jobseeker());
                final UUID resumeId = UUID.randomUUID();
                uploads.add(new NewResume(
                        resumeId,
                        r.jobseeker().userId(),
                        r.title() == null ? r.jobseeker().name() + " resume" : r.title(),
                        r.fileName(),
                        bytes(r),
                        true));
                resumeIds.put(r.key(), resumeId);
            }
            targets.jobseekers().createAll(jobseekers);
            targets.resumes().uploadAll(uploads);
        }
        return new Result(jobIds, resumeIds);
    }

    private static byte[] bytes(final ImportSet.ResumeLine resume) {
        try {
            return Files.readAllBytes(resume.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resume.file(), e);
        }
    }
}
