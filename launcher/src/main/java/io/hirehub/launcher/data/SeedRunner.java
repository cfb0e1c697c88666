package io.hirehub.launcher.data;

import io.hirehub.edge.write.NewCompany;
import io.hirehub.edge.write.NewJob;
import io.hirehub.edge.write.NewJobseeker;
import io.hirehub.edge.write.NewResume;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a {@link SeedPlan} through the system-of-record writers: the skill master, then companies,
 * jobs, and jobseekers with their resumes. Entities go in batches, one transaction per batch and
 * service (so each entity's row and outbox row still commit together); resume batches run on a
 * few threads so file generation overlaps uploads and inserts.
 */
final class SeedRunner {

    static final int COMPANY_BATCH = 100;
    static final int JOB_BATCH = 250;
    static final int RESUME_BATCH = 100;
    static final int APPLICATION_BATCH = 200;
    private static final int RESUME_WORKERS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SeedRunner.class);

    /** Receives progress: the phase starting with its total, then steps. */
    interface Progress {
        IntConsumer phase(String name, int total);

        Progress NONE = (name, total) -> steps -> {};
    }

    private final DataTargets targets;
    private final SeedPlan plan;
    private final Progress progress;
    private final SyntheticData data;
    private final AlreadyLoaded alreadyLoaded;

    SeedRunner(
            final DataTargets targets,
            final SeedPlan plan,
            final Progress progress,
            final AlreadyLoaded alreadyLoaded) {
        this.targets = targets;
        this.plan = plan;
        this.progress = progress;
        this.alreadyLoaded = alreadyLoaded;
        this.data = new SyntheticData(plan.seed(), plan.companies());
    }

    SeedSummary run() {
        final long begin = System.nanoTime();
        final Map<String, Double> seconds = new LinkedHashMap<>();
        final int skills = targets.skillTags().getOrCreate(data.skillTags()).size();

        long start = System.nanoTime();
        int members = 0;
        final IntConsumer companySteps = progress.phase("companies", plan.companies());
        for (int from = 0; from < plan.companies(); from += COMPANY_BATCH) {
            final List<NewCompany> batch = new ArrayList<>();
            for (int i = from; i < Math.min(plan.companies(), from + COMPANY_BATCH); i++) {
                batch.add(data.company(i));
            }
            skipLoaded(batch, NewCompany::id, targets.loadedUsers(), "companies");
            targets.companies().createAll(batch);
            members += batch.stream().mapToInt(c -> c.members().size()).sum();
            companySteps.accept(batch.size());
        }
        seconds.put("companies", elapsed(start));

        start = System.nanoTime();
        final Instant now = Instant.now();
        final IntConsumer jobSteps = progress.phase("jobs", plan.jobs());
        final List<UUID> jobIds = new ArrayList<>(plan.jobs());
        for (int from = 0; from < plan.jobs(); from += JOB_BATCH) {
            final List<NewJob> batch = new ArrayList<>();
            for (int i = from; i < Math.min(plan.jobs(), from + JOB_BATCH); i++) {
                batch.add(data.job(i, now));
            }
            batch.forEach(job -> jobIds.add(job.id()));
            skipLoaded(batch, NewJob::id, targets.loadedJobs(), "jobs");
            targets.jobs().createAll(batch);
            jobSteps.accept(batch.size());
        }
        seconds.put("jobs", elapsed(start));

        start = System.nanoTime();
        final Map<ResumeFiles.Format, AtomicLong> files = new EnumMap<>(ResumeFiles.Format.class);
        for (final ResumeFiles.Format format : ResumeFiles.Format.values()) {
            files.put(format, new AtomicLong());
        }
        final AtomicLong bytes = new AtomicLong();
        final List<SeedApplication> applications = java.util.Collections.synchronizedList(new ArrayList<>());
        loadResumes(progress.phase("resumes", plan.resumes()), files, bytes, jobIds, applications);
        seconds.put("resumes", elapsed(start));

        start = System.nanoTime();
        final List<SeedApplication> sorted = new ArrayList<>(applications);
        sorted.sort(java.util.Comparator.comparing(SeedApplication::id));
        final IntConsumer applySteps = progress.phase("applications", sorted.size());
        for (int from = 0; from < sorted.size(); from += APPLICATION_BATCH) {
            final List<SeedApplication> batch =
                    new ArrayList<>(sorted.subList(from, Math.min(sorted.size(), from + APPLICATION_BATCH)));
            final int size = batch.size();
            skipLoaded(batch, SeedApplication::id, targets.loadedApplications(), "applications");
            targets.applications().loadAll(batch);
            applySteps.accept(size);
        }
        seconds.put("applications", elapsed(start));
        seconds.put("total", elapsed(begin));

        final Map<String, Double> perSecond = new LinkedHashMap<>();
        perSecond.put("companies", rate(plan.companies(), seconds.get("companies")));
        perSecond.put("jobs", rate(plan.jobs(), seconds.get("jobs")));
        perSecond.put("resumes", rate(plan.resumes(), seconds.get("resumes")));
        perSecond.put("applications", rate(sorted.size(), seconds.get("applications")));
        return new SeedSummary(
                plan.seed(),
                plan.companies(),
                members,
                plan.jobs(),
                skills,
                plan.resumes(),
                plan.resumes(),
                sorted.size(),
                files.entrySet().stream()
                        .collect(Collectors.toMap(
                                e -> e.getKey().extension(), e -> e.getValue().get(), (a, b) -> a, LinkedHashMap::new)),
                bytes.get(),
                seconds,
                perSecond);
    }

    private void loadResumes(
            final IntConsumer steps,
            final Map<ResumeFiles.Format, AtomicLong> files,
            final AtomicLong bytes,
            final List<UUID> jobIds,
            final List<SeedApplication> applications) {
        final ExecutorService workers = Executors.newFixedThreadPool(RESUME_WORKERS, runnable -> {
            final Thread thread = new Thread(runnable, "hirehub-seed-resumes");
            thread.setDaemon(true);
            return thread;
        });
        try {
            final List<Future<?>> batches = new ArrayList<>();
            for (int from = 0; from < plan.resumes(); from += RESUME_BATCH) {
                final int first = from;
                final int last = Math.min(plan.resumes(), from + RESUME_BATCH);
                batches.add(workers.submit(() -> {
                    final List<NewJobseeker> jobseekers = new ArrayList<>(last - first);
                    final List<NewResume> resumes = new ArrayList<>(last - first);
                    for (int i = first; i < last; i++) {
                        final SyntheticData.GeneratedResume generated = data.resume(i);
                        jobseekers.add(generated.jobseeker());
                        resumes.add(generated.resume());
                        files.get(generated.format()).incrementAndGet();
                        data.application(
                                        i,
                                        generated.jobseeker().userId(),
                                        generated.resume().id(),
                                        jobIds)
                                .ifPresent(applications::add);
                        bytes.addAndGet(generated.resume().content().length);
                    }
                    skipLoaded(jobseekers, NewJobseeker::userId, targets.loadedUsers(), "users");
                    skipLoaded(resumes, NewResume::id, targets.loadedResumes(), "resumes");
                    targets.jobseekers().createAll(jobseekers);
                    targets.resumes().uploadAll(resumes);
                    steps.accept(resumes.size());
                }));
            }
            for (final Future<?> batch : batches) {
                batch.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading resumes", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    /**
     * Drops the entities an earlier run committed. Each batch commits as one transaction per
     * service, so a batch is either all there or not at all; a jobseeker's user and profile, and a
     * resume's row and outbox row, come and go together.
     */
    private <T> void skipLoaded(
            final List<T> batch, final Function<T, UUID> id, final LoadedIds loaded, final String table) {
        if (alreadyLoaded == AlreadyLoaded.REFUSE || batch.isEmpty()) {
            return;
        }
        final Set<UUID> there = loaded.among(table, batch.stream().map(id).toList());
        if (!there.isEmpty()) {
            batch.removeIf(entity -> there.contains(id.apply(entity)));
            LOG.info(
                    "{} of this batch's {} were loaded before; writing the other {}",
                    there.size(),
                    table,
                    batch.size());
        }
    }

    private static double elapsed(final long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e7) / 100.0;
    }

    private static double rate(final int count, final double seconds) {
        return seconds <= 0 ? 0 : Math.round(count / seconds * 10) / 10.0;
    }
}
