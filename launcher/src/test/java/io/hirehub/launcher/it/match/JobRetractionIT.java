package io.hirehub.launcher.it.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.hirehub.avro.entity.JobStatus;
import io.hirehub.edge.write.JobChanges;
import io.hirehub.launcher.data.DataTargets;
import io.hirehub.launcher.it.DevStackParts;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import io.hirehub.topologies.query.ReadFrom;
import io.hirehub.topologies.query.StoreUnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Closing a matched job retracts everything: its top-N leaves the store and its {@code matches} rows go. */
class JobRetractionIT {

    @Test
    void shouldRetractAJobsMatchesWhenItCloses() throws Exception {
        try (DataTargets targets = DevStackParts.targets(SharedStack.get())) {
            final MatchingScenario scenario = MatchingScenario.start(targets);
            scenario.awaitStrongResumeFirst();
            scenario.awaitStrongRow();

            targets.jobUpdater().update(scenario.job, JobChanges.none().withStatus(JobStatus.CLOSED));

            await().atMost(ItTimeouts.WAIT)
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptionsInstanceOf(StoreUnavailableException.class)
                    .untilAsserted(() -> {
                        assertThat(scenario.matching
                                        .queries()
                                        .topMatches(scenario.job.toString(), 0, 20, ReadFrom.ACTIVE))
                                .isEmpty();
                        assertThat(scenario.rows()).isEmpty();
                    });
        }
    }
}
