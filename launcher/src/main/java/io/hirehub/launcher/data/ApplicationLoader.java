package io.hirehub.launcher.data;

import io.hirehub.avro.entity.ActorType;
import io.hirehub.avro.entity.ApplicationStatus;
import io.hirehub.avro.entity.InterviewType;
import io.hirehub.edge.applications.ApplicationWriter;
import io.hirehub.edge.write.Transactions;
import io.hirehub.topologies.apply.workflow.ApplicationWorkflow;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes demo applications through apply-service's writer: each submission, then its moves and
 * interview, in one transaction per batch, every move checked with {@link ApplicationWorkflow} (the
 * demo acts as {@code system}, except a withdrawal, which is the jobseeker's).
 */
final class ApplicationLoader {

    private final Transactions transactions;
    private final ApplicationWriter writer;

    ApplicationLoader(final Transactions transactions, final ApplicationWriter writer) {
        this.transactions = transactions;
        this.writer = writer;
    }

    void loadAll(final List<SeedApplication> applications) {
        if (applications.isEmpty()) {
            return;
        }
        transactions.inTransaction("loading " + applications.size() + " applications", c -> {
            for (final SeedApplication a : applications) {
                writer.submit(
                        c,
                        new ApplicationWriter.NewApplication(a.id(), a.jobId(), a.userId(), a.resumeId(), null, null));
                ApplicationStatus from = ApplicationWorkflow.INITIAL;
                for (final ApplicationStatus to : a.path()) {
                    final ActorType actor = to == ApplicationStatus.WITHDRAWN ? ActorType.JOBSEEKER : ActorType.SYSTEM;
                    if (!ApplicationWorkflow.check(from, to, actor).allowed()) {
                        throw new IllegalStateException("demo path " + a.path() + " is not a workflow path");
                    }
                    writer.move(
                            c,
                            a.id(),
                            from,
                            to,
                            actor == ActorType.JOBSEEKER ? a.userId() : null,
                            actor,
                            Map.of("source", "demo"));
                    if (to == ApplicationStatus.INTERVIEW_SCHEDULED) {
                        writer.interview(
                                c,
                                new ApplicationWriter.NewInterview(
                                        UUID.nameUUIDFromBytes(("interview:" + a.id()).getBytes()),
                                        a.id(),
                                        InterviewType.VIDEO,
                                        Instant.now()
                                                .plus(Duration.ofDays(a.interviewInDays()))
                                                .truncatedTo(ChronoUnit.HOURS),
                                        60,
                                        "온라인"),
                                null,
                                ActorType.SYSTEM);
                    }
                    from = to;
                }
            }
            return null;
        });
    }
}
