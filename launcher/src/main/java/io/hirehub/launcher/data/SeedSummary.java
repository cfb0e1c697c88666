package io.hirehub.launcher.data;

import java.util.Map;

/**
 * What a seed run wrote and how fast, printed as JSON on stdout.
 *
 * @param seed       the seed
 * @param companies  companies written
 * @param members    company members written
 * @param jobs       jobs written
 * @param skillTags  skill tags in the master
 * @param jobseekers jobseekers written
 * @param resumes    resumes uploaded
 * @param applications applications submitted (some moved along the workflow)
 * @param files      resume files by format
 * @param bytes      bytes uploaded
 * @param seconds    wall time by phase and in total
 * @param perSecond  rows per second by phase
 */
public record SeedSummary(
        long seed,
        int companies,
        int members,
        int jobs,
        int skillTags,
        int jobseekers,
        int resumes,
        int applications,
        Map<String, Long> files,
        long bytes,
        Map<String, Double> seconds,
        Map<String, Double> perSecond) {}
