package io.hirehub.launcher.data;

/**
 * How much {@code hirehub seed} generates.
 *
 * @param seed      the generator's seed
 * @param companies companies (each with 1–3 members)
 * @param jobs      open jobs spread over the companies
 * @param resumes   jobseekers, each with a profile and one uploaded resume
 */
public record SeedPlan(long seed, int companies, int jobs, int resumes) {

    public SeedPlan {
        if (companies < 0 || jobs < 0 || resumes < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (jobs > 0 && companies == 0) {
            throw new IllegalArgumentException("--jobs needs at least one company (--companies)");
        }
    }

    /** The demo set of {@code hirehub dev --demo}. */
    public static SeedPlan demo() {
        return new SeedPlan(1, 20, 200, 1_000);
    }
}
