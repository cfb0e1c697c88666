package io.hirehub.launcher.data;

import io.hirehub.avro.entity.ApplicationStatus;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A jobseeker's application in the demo data, and the statuses it moves through after submission
 * (company moves, or the jobseeker's withdrawal), so funnels show every stage.
 *
 * @param interviewInDays when the path reaches {@code interview_scheduled}, the interview is this many days ahead
 */
record SeedApplication(
        UUID id, UUID jobId, UUID userId, UUID resumeId, List<ApplicationStatus> path, int interviewInDays) {

    /** The paths a demo application takes, by index: a funnel that narrows. */
    static final List<List<ApplicationStatus>> PATHS = List.of(
            List.of(),
            List.of(),
            List.of(ApplicationStatus.REVIEWING),
            List.of(ApplicationStatus.REVIEWING, ApplicationStatus.INTERVIEW_SCHEDULED),
            List.of(
                    ApplicationStatus.REVIEWING,
                    ApplicationStatus.INTERVIEW_SCHEDULED,
                    ApplicationStatus.INTERVIEW_COMPLETED),
            List.of(ApplicationStatus.REJECTED),
            List.of(ApplicationStatus.WITHDRAWN));

    SeedApplication {
        Objects.requireNonNull(id, "id");
        path = List.copyOf(path);
    }
}
