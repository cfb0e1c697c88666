package io.hirehub.topologies.apply.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.entity.ActorType;
import io.hirehub.avro.entity.ApplicationStatus;
import io.hirehub.topologies.apply.workflow.ApplicationWorkflow.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApplicationWorkflowTest {

    private static final ActorType J = ActorType.JOBSEEKER;
    private static final ActorType C = ActorType.COMPANY;

    /** DESIGN.md's table written out by hand, with the side that owns each move. */
    private static final Map<String, ActorType> ALLOWED = Map.ofEntries(
            Map.entry("SUBMITTED>REVIEWING", C),
            Map.entry("SUBMITTED>REJECTED", C),
            Map.entry("SUBMITTED>WITHDRAWN", J),
            Map.entry("REVIEWING>INTERVIEW_SCHEDULED", C),
            Map.entry("REVIEWING>REJECTED", C),
            Map.entry("REVIEWING>WITHDRAWN", J),
            Map.entry("INTERVIEW_SCHEDULED>INTERVIEW_COMPLETED", C),
            Map.entry("INTERVIEW_SCHEDULED>REJECTED", C),
            Map.entry("INTERVIEW_SCHEDULED>WITHDRAWN", J),
            Map.entry("INTERVIEW_COMPLETED>OFFERED", C),
            Map.entry("INTERVIEW_COMPLETED>REJECTED", C),
            Map.entry("INTERVIEW_COMPLETED>WITHDRAWN", J),
            Map.entry("OFFERED>ACCEPTED", J),
            Map.entry("OFFERED>REJECTED", C),
            Map.entry("OFFERED>WITHDRAWN", J));

    /** Every (from, to, actor) over the known statuses and the three actor kinds: 8 × 8 × 3 cases. */
    static Stream<Arguments> everyMove() {
        final List<Arguments> out = new ArrayList<>();
        for (final ApplicationStatus from : known()) {
            for (final ApplicationStatus to : known()) {
                for (final ActorType actor : List.of(ActorType.JOBSEEKER, ActorType.COMPANY, ActorType.SYSTEM)) {
                    out.add(Arguments.of(from, to, actor));
                }
            }
        }
        return out.stream();
    }

    private static List<ApplicationStatus> known() {
        return Stream.of(ApplicationStatus.values())
                .filter(s -> s != ApplicationStatus.UNKNOWN)
                .toList();
    }

    @ParameterizedTest(name = "{2}: {0} -> {1}")
    @MethodSource("everyMove")
    void everyMoveForEveryActorIsAllowedOrRefusedAsTheTableSays(
            final ApplicationStatus from, final ApplicationStatus to, final ActorType actor) {
        final ActorType owner = ALLOWED.get(from + ">" + to);
        final ApplicationWorkflow.Decision decision = ApplicationWorkflow.check(from, to, actor);
        if (owner != null && (actor == owner || actor == ActorType.SYSTEM)) {
            assertThat(decision.allowed()).as(decision.reason()).isTrue();
            assertThat(decision.reason()).isEmpty();
        } else {
            assertThat(decision.allowed()).isFalse();
            final Refusal expected = ApplicationWorkflow.isTerminal(from)
                    ? Refusal.TERMINAL
                    : owner == null ? Refusal.NO_SUCH_MOVE : Refusal.NOT_THE_ACTORS_MOVE;
            assertThat(decision.refusal()).isEqualTo(expected);
            assertThat(decision.reason()).isNotBlank();
        }
        // Without an actor (the topology's check) a move is allowed exactly when it exists.
        assertThat(ApplicationWorkflow.check(from, to).allowed()).isEqualTo(owner != null);
    }

    @Test
    void refusalsSayWhy() {
        assertThat(ApplicationWorkflow.check(ApplicationStatus.SUBMITTED, ApplicationStatus.OFFERED, C)
                        .reason())
                .isEqualTo("no move from submitted to offered; from submitted the next statuses are"
                        + " [reviewing, rejected, withdrawn]");
        assertThat(ApplicationWorkflow.check(ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED, C)
                        .reason())
                .isEqualTo("moving from offered to accepted is the jobseeker's move, not the company's");
        assertThat(ApplicationWorkflow.check(ApplicationStatus.REJECTED, ApplicationStatus.REVIEWING, C)
                        .reason())
                .isEqualTo("the application is rejected: nothing follows a terminal status");
    }

    @Test
    void unknownStatusesAndActorsTakePartInNoMove() {
        assertThat(ApplicationWorkflow.check(ApplicationStatus.UNKNOWN, ApplicationStatus.REVIEWING, C)
                        .refusal())
                .isEqualTo(Refusal.UNKNOWN_STATUS);
        assertThat(ApplicationWorkflow.check(ApplicationStatus.SUBMITTED, ApplicationStatus.UNKNOWN, C)
                        .refusal())
                .isEqualTo(Refusal.UNKNOWN_STATUS);
        assertThat(ApplicationWorkflow.check(
                                ApplicationStatus.SUBMITTED, ApplicationStatus.REVIEWING, ActorType.UNKNOWN)
                        .refusal())
                .isEqualTo(Refusal.NOT_THE_ACTORS_MOVE);
    }

    @Test
    void nextListsEachSidesMoves() {
        assertThat(ApplicationWorkflow.next(ApplicationStatus.OFFERED, J))
                .containsExactlyInAnyOrder(ApplicationStatus.ACCEPTED, ApplicationStatus.WITHDRAWN);
        assertThat(ApplicationWorkflow.next(ApplicationStatus.OFFERED, C)).containsExactly(ApplicationStatus.REJECTED);
        assertThat(ApplicationWorkflow.next(ApplicationStatus.REVIEWING, C))
                .containsExactlyInAnyOrder(ApplicationStatus.INTERVIEW_SCHEDULED, ApplicationStatus.REJECTED);
        for (final ApplicationStatus terminal :
                List.of(ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN)) {
            assertThat(ApplicationWorkflow.isTerminal(terminal)).isTrue();
            assertThat(ApplicationWorkflow.next(terminal)).isEmpty();
        }
        assertThat(ApplicationWorkflow.isTerminal(ApplicationWorkflow.INITIAL)).isFalse();
    }
}
