package io.hirehub.topologies.apply.query;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A user's interviews, soonest first. */
public record UserInterviews(String userId, List<InterviewEntry> interviews) {

    public UserInterviews {
        interviews = List.copyOf(interviews);
    }

    /** With {@code interview} added (once: a redelivered booking changes nothing). */
    public UserInterviews with(final InterviewEntry interview) {
        if (interviews.stream().anyMatch(i -> i.interviewId().equals(interview.interviewId()))) {
            return this;
        }
        return new UserInterviews(
                userId,
                Stream.concat(interviews.stream(), Stream.of(interview))
                        .sorted(Comparator.comparingLong(InterviewEntry::scheduledAt)
                                .thenComparing(InterviewEntry::interviewId))
                        .toList());
    }

    /** The interviews at or after {@code nowMicros}, soonest first. */
    public List<InterviewEntry> upcoming(final long nowMicros) {
        return interviews.stream().filter(i -> i.scheduledAt() >= nowMicros).toList();
    }
}
