package io.hirehub.edge.jobs;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A company's jobs as the system of record has them, for reads that span all of them (a company's
 * best candidates across its open jobs).
 */
public interface CompanyJobs {

    /** Whether the company exists. */
    boolean companyExists(UUID company);

    /**
     * The company's open jobs, most recently posted first (never-posted ones last, then by id), at
     * most {@code max}.
     */
    List<UUID> openJobs(UUID company, int max);

    /** Those of {@code jobs} that are not the company's (unknown ids included). */
    Set<UUID> notOf(UUID company, Collection<UUID> jobs);
}
