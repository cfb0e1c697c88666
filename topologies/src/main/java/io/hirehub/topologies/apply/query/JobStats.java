package io.hirehub.topologies.apply.query;

import java.util.Map;
import java.util.TreeMap;

/**
 * A job's application funnel and counters.
 *
 * @param byStatus     how many of the job's applications are in each status now (seed SQL text → count;
 *                     statuses no application is in are absent)
 * @param appliesCount applications ever submitted (jobs.applies_count)
 * @param viewsCount   views (jobs.views_count)
 */
public record JobStats(String jobId, Map<String, Long> byStatus, long appliesCount, long viewsCount) {

    public JobStats {
        byStatus = Map.copyOf(byStatus);
    }

    public static JobStats empty(final String jobId) {
        return new JobStats(jobId, Map.of(), 0, 0);
    }

    /** One application moved from {@code from} (null for a new one) to {@code to}. */
    public JobStats moved(final String from, final String to) {
        final Map<String, Long> counts = new TreeMap<>(byStatus);
        if (from != null) {
            counts.computeIfPresent(from, (k, n) -> n <= 1 ? null : n - 1);
        }
        counts.merge(to, 1L, Long::sum);
        return new JobStats(jobId, counts, from == null ? appliesCount + 1 : appliesCount, viewsCount);
    }

    public JobStats viewed() {
        return new JobStats(jobId, byStatus, appliesCount, viewsCount + 1);
    }
}
