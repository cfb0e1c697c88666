package io.hirehub.topologies.match.scoring;

import io.hirehub.avro.entity.RemoteType;
import java.math.BigDecimal;

/**
 * {@code culture_score}: fit on what the data holds, as the weighted mean of the parts that can be
 * scored (a part whose data is missing drops out and the rest are re-weighted; none → neutral 50).
 *
 * <table>
 *   <caption>parts</caption>
 *   <tr><th>part</th><th>weight</th><th>rule</th></tr>
 *   <tr><td>location</td><td>0.35</td><td>remote job 100; same region ({@link Regions}) 100; other
 *       region: hybrid 50, on-site 0. The job's location falls back to the company's.</td></tr>
 *   <tr><td>position</td><td>0.25</td><td>share of the desired position's words found in the job
 *       title or company industry ({@link PositionWords})</td></tr>
 *   <tr><td>company size</td><td>0.10</td><td>only when the desired position names a size
 *       (스타트업/startup → up to 200, 중견 → 51–500, 대기업/enterprise → 201+): 100 if the company
 *       fits, else 0</td></tr>
 *   <tr><td>salary</td><td>0.30</td><td>ranges overlap 100; job pays less than the desired minimum:
 *       falls linearly to 0 at 25 % short; job's minimum above the desired maximum 90. A missing end
 *       is open.</td></tr>
 * </table>
 */
public final class CultureScorer {

    static final double LOCATION_WEIGHT = 0.35;
    static final double POSITION_WEIGHT = 0.25;
    static final double SIZE_WEIGHT = 0.10;
    static final double SALARY_WEIGHT = 0.30;
    static final double SHORTFALL_TO_ZERO = 0.25;
    static final double ABOVE_DESIRED_SCORE = 90;

    /** Scores one pair (prepares both sides: use the prepared overload in loops). */
    public CultureScore score(final JobMatchProfile job, final ResumeMatchProfile resume) {
        return score(
                PreparedJob.of(job, SkillCanonicalizer.identity()),
                PreparedResume.of(resume, SkillCanonicalizer.identity()));
    }

    /** Scores one prepared pair. */
    public CultureScore score(final PreparedJob preparedJob, final PreparedResume preparedResume) {
        final JobMatchProfile job = preparedJob.profile();
        final ResumeMatchProfile resume = preparedResume.profile();
        final LocationFit locationFit = locationFit(preparedJob, preparedResume);
        final Double location = switch (locationFit) {
            case REMOTE, SAME_REGION -> 100.0;
            case OTHER_REGION_HYBRID -> 50.0;
            case OTHER_REGION_ONSITE -> 0.0;
            case UNKNOWN -> null;
        };
        final PositionWords words = preparedResume.positionWords();
        final Double position = words.overlapWith(preparedJob.titleWords());
        final Double size = words.sizeFit(job.companySize());
        final SalaryFit salaryFit = salaryFit(job, resume);
        final Double salary = salaryFit == SalaryFit.UNKNOWN ? null : salaryScore(salaryFit, job, resume);

        double sum = 0;
        double weights = 0;
        if (location != null) {
            sum += LOCATION_WEIGHT * location;
            weights += LOCATION_WEIGHT;
        }
        if (position != null) {
            sum += POSITION_WEIGHT * position;
            weights += POSITION_WEIGHT;
        }
        if (size != null) {
            sum += SIZE_WEIGHT * size;
            weights += SIZE_WEIGHT;
        }
        if (salary != null) {
            sum += SALARY_WEIGHT * salary;
            weights += SALARY_WEIGHT;
        }
        final boolean known = weights > 0;
        return new CultureScore(
                known ? Scores.of(sum / weights) : Scores.NEUTRAL,
                known,
                orNull(location),
                locationFit,
                orNull(position),
                orNull(size),
                orNull(salary),
                salaryFit);
    }

    private static BigDecimal orNull(final Double value) {
        return value == null ? null : Scores.of(value);
    }

    static LocationFit locationFit(final PreparedJob preparedJob, final PreparedResume resume) {
        final JobMatchProfile job = preparedJob.profile();
        if (job.remoteType() == RemoteType.REMOTE) {
            return LocationFit.REMOTE;
        }
        final String jobRegion = preparedJob.region();
        final String wanted = resume.region();
        if (jobRegion == null || wanted == null) {
            return LocationFit.UNKNOWN;
        }
        if (jobRegion.equals(wanted)) {
            return LocationFit.SAME_REGION;
        }
        return job.remoteType() == RemoteType.HYBRID
                ? LocationFit.OTHER_REGION_HYBRID
                : LocationFit.OTHER_REGION_ONSITE;
    }

    static SalaryFit salaryFit(final JobMatchProfile job, final ResumeMatchProfile resume) {
        if ((job.salaryMin() == null && job.salaryMax() == null)
                || (resume.desiredSalaryMin() == null && resume.desiredSalaryMax() == null)) {
            return SalaryFit.UNKNOWN;
        }
        final long jobMin = job.salaryMin() == null ? 0 : job.salaryMin();
        final long jobMax = job.salaryMax() == null ? Long.MAX_VALUE : job.salaryMax();
        final long wantMin = resume.desiredSalaryMin() == null ? 0 : resume.desiredSalaryMin();
        final long wantMax = resume.desiredSalaryMax() == null ? Long.MAX_VALUE : resume.desiredSalaryMax();
        if (jobMax < wantMin) {
            return SalaryFit.BELOW_DESIRED;
        }
        if (jobMin > wantMax) {
            return SalaryFit.ABOVE_DESIRED;
        }
        return SalaryFit.OVERLAP;
    }

    private static double salaryScore(final SalaryFit fit, final JobMatchProfile job, final ResumeMatchProfile resume) {
        return switch (fit) {
            case OVERLAP -> 100;
            case ABOVE_DESIRED -> ABOVE_DESIRED_SCORE;
            case BELOW_DESIRED -> {
                final double wantMin = resume.desiredSalaryMin();
                final double shortfall = (wantMin - job.salaryMax()) / wantMin;
                yield Math.max(0, 100 * (1 - shortfall / SHORTFALL_TO_ZERO));
            }
            case UNKNOWN -> throw new IllegalStateException("unknown salary fit has no score");
        };
    }
}
