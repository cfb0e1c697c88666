package io.hirehub.topologies.apply.workflow;

import io.hirehub.avro.entity.ActorType;
import io.hirehub.avro.entity.ApplicationStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The application status workflow (DESIGN.md, "Application status transitions"): which moves exist
 * and which kind of actor may make each. The one implementation both the edge (to refuse a move
 * before writing) and the applications topology (to send an impossible sequence to the dead-letter
 * topic) use.
 *
 * <p>A jobseeker withdraws its application at any non-terminal state and accepts an offer; the job's
 * company makes every other move; {@link ActorType#SYSTEM} (admins, other systems) may make every move
 * that exists. {@code accepted}, {@code rejected} and {@code withdrawn} are terminal.
 */
public final class ApplicationWorkflow {

    /** The status every application starts in. */
    public static final ApplicationStatus INITIAL = ApplicationStatus.SUBMITTED;

    private static final Map<ApplicationStatus, Map<ApplicationStatus, ActorType>> MOVES = moves();

    private ApplicationWorkflow() {}

    private static Map<ApplicationStatus, Map<ApplicationStatus, ActorType>> moves() {
        final Map<ApplicationStatus, Map<ApplicationStatus, ActorType>> moves = new EnumMap<>(ApplicationStatus.class);
        final ApplicationStatus[] open = {
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.REVIEWING,
            ApplicationStatus.INTERVIEW_SCHEDULED,
            ApplicationStatus.INTERVIEW_COMPLETED,
            ApplicationStatus.OFFERED
        };
        final ApplicationStatus[] next = {
            ApplicationStatus.REVIEWING,
            ApplicationStatus.INTERVIEW_SCHEDULED,
            ApplicationStatus.INTERVIEW_COMPLETED,
            ApplicationStatus.OFFERED,
            ApplicationStatus.ACCEPTED
        };
        for (int i = 0; i < open.length; i++) {
            final Map<ApplicationStatus, ActorType> out = new EnumMap<>(ApplicationStatus.class);
            // Forward along the seed's diagram: the company's, except accepting an offer (the jobseeker's).
            out.put(next[i], next[i] == ApplicationStatus.ACCEPTED ? ActorType.JOBSEEKER : ActorType.COMPANY);
            out.put(ApplicationStatus.REJECTED, ActorType.COMPANY);
            out.put(ApplicationStatus.WITHDRAWN, ActorType.JOBSEEKER);
            moves.put(open[i], Collections.unmodifiableMap(out));
        }
        return Collections.unmodifiableMap(moves);
    }

    /** Whether nothing may follow {@code status}. */
    public static boolean isTerminal(final ApplicationStatus status) {
        return status == ApplicationStatus.ACCEPTED
                || status == ApplicationStatus.REJECTED
                || status == ApplicationStatus.WITHDRAWN;
    }

    /** The statuses reachable from {@code from} in one move (by some actor), empty for terminal ones. */
    public static Set<ApplicationStatus> next(final ApplicationStatus from) {
        final Map<ApplicationStatus, ActorType> out = MOVES.get(from);
        return out == null ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(out.keySet()));
    }

    /** The statuses {@code actor} may move an application to from {@code from}. */
    public static Set<ApplicationStatus> next(final ApplicationStatus from, final ActorType actor) {
        final Set<ApplicationStatus> out = EnumSet.noneOf(ApplicationStatus.class);
        for (final ApplicationStatus to : next(from)) {
            if (check(from, to, actor).allowed()) {
                out.add(to);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** Whether the move exists at all, whoever makes it (what the topology checks an event log against). */
    public static Decision check(final ApplicationStatus from, final ApplicationStatus to) {
        return check(from, to, ActorType.SYSTEM);
    }

    /** Whether {@code actor} may move an application from {@code from} to {@code to}, and if not, why. */
    public static Decision check(final ApplicationStatus from, final ApplicationStatus to, final ActorType actor) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        if (from == ApplicationStatus.UNKNOWN || to == ApplicationStatus.UNKNOWN) {
            return Decision.refused(Refusal.UNKNOWN_STATUS, "an unknown status takes part in no move");
        }
        if (actor == ActorType.UNKNOWN) {
            return Decision.refused(Refusal.NOT_THE_ACTORS_MOVE, "an unknown kind of actor makes no move");
        }
        if (isTerminal(from)) {
            return Decision.refused(
                    Refusal.TERMINAL, "the application is " + sql(from) + ": nothing follows a terminal status");
        }
        final ActorType owner = MOVES.get(from).get(to);
        if (owner == null) {
            return Decision.refused(
                    Refusal.NO_SUCH_MOVE,
                    "no move from " + sql(from) + " to " + sql(to) + "; from " + sql(from) + " the next statuses are "
                            + next(from).stream().map(ApplicationWorkflow::sql).toList());
        }
        if (actor != ActorType.SYSTEM && actor != owner) {
            return Decision.refused(
                    Refusal.NOT_THE_ACTORS_MOVE,
                    "moving from " + sql(from) + " to " + sql(to) + " is the " + sql(owner) + "'s move, not the "
                            + sql(actor) + "'s");
        }
        return Decision.ALLOWED;
    }

    /** The seed's SQL text of a status, e.g. {@code interview_scheduled}. */
    public static String sql(final Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Why a move is refused. */
    public enum Refusal {
        /** A status outside the seed's list ({@code UNKNOWN}). */
        UNKNOWN_STATUS,
        /** The application is accepted, rejected or withdrawn. */
        TERMINAL,
        /** The workflow has no such move from that status. */
        NO_SUCH_MOVE,
        /** The move exists but belongs to the other side. */
        NOT_THE_ACTORS_MOVE
    }

    /**
     * The answer of a check.
     *
     * @param refusal null when allowed
     * @param reason  a sentence for the caller or the dead-letter header; empty when allowed
     */
    public record Decision(Refusal refusal, String reason) {

        static final Decision ALLOWED = new Decision(null, "");

        static Decision refused(final Refusal refusal, final String reason) {
            return new Decision(Objects.requireNonNull(refusal, "refusal"), Objects.requireNonNull(reason, "reason"));
        }

        public boolean allowed() {
            return refusal == null;
        }
    }
}
