package io.hirehub.launcher.it.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.launcher.data.AlreadyLoaded;
import io.hirehub.launcher.data.DataTargets;
import io.hirehub.launcher.data.SeedCommand;
import io.hirehub.launcher.data.SeedPlan;
import io.hirehub.launcher.data.SeedSummary;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A demo load that a crash interrupted goes on where it stopped: the same seed skips what committed
 * and writes the rest, once each; without skipping, the database refuses the duplicate ids.
 */
class SeedResumptionIT {

    @Test
    void shouldWriteOnlyWhatAnInterruptedLoadOfTheSameSeedLeftOut() throws Exception {
        final long seed = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        final DataTargets targets = DataStack.targets(); // migrates the itdata_* schemas on first use
        final long companies = DataStack.count("SELECT count(*) FROM itdata_user.companies");
        final long jobs = DataStack.count("SELECT count(*) FROM itdata_job.jobs");
        final long profiles = DataStack.count("SELECT count(*) FROM itdata_user.jobseeker_profiles");
        final long resumes = DataStack.count("SELECT count(*) FROM itdata_resume.resumes");
        final long uploaded = DataStack.count(
                "SELECT count(*) FROM itdata_resume.resume_outbox WHERE event_type = 'resume.uploaded'");
        // The interrupted load: companies and some jobs and resumes committed, the rest never ran.
        SeedCommand.run(targets, new SeedPlan(seed, 2, 3, 4), false, AlreadyLoaded.REFUSE);

        final SeedSummary summary = SeedCommand.run(targets, new SeedPlan(seed, 2, 7, 9), false, AlreadyLoaded.SKIP);

        assertThat(summary.resumes()).isEqualTo(9);
        assertThat(DataStack.count("SELECT count(*) FROM itdata_user.companies"))
                .isEqualTo(companies + 2);
        assertThat(DataStack.count("SELECT count(*) FROM itdata_job.jobs")).isEqualTo(jobs + 7);
        assertThat(DataStack.count("SELECT count(*) FROM itdata_user.jobseeker_profiles"))
                .isEqualTo(profiles + 9);
        assertThat(DataStack.count("SELECT count(*) FROM itdata_resume.resumes"))
                .isEqualTo(resumes + 9);
        assertThat(DataStack.count(
                        "SELECT count(*) FROM itdata_resume.resume_outbox WHERE event_type = 'resume.uploaded'"))
                .isEqualTo(uploaded + 9);

        assertThatThrownBy(() -> SeedCommand.run(targets, new SeedPlan(seed, 2, 0, 0), false, AlreadyLoaded.REFUSE))
                .hasMessageContaining("duplicate key value");
        assertThat(DataStack.count("SELECT count(*) FROM itdata_user.companies"))
                .isEqualTo(companies + 2);
    }
}
