package io.hirehub.topologies.resume;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

/** The wall time of each step of one analysis, for the log, {@link ResumeAnalysis#timings()} and ai_tasks rows. */
final class StepTimings {

    private final Map<Step, Duration> byStep = new EnumMap<>(Step.class);

    /** Runs one step and keeps its wall time (only when it succeeds: a failed analysis reports no timings). */
    <T> T time(final Step step, final Supplier<T> work) {
        final long start = System.nanoTime();
        final T result = work.get();
        byStep.put(step, Duration.ofNanos(System.nanoTime() - start));
        return result;
    }

    /** The wall time of a step that ran. */
    Duration of(final Step step) {
        return byStep.get(step);
    }

    /** Milliseconds of the steps that make up one ai_tasks row. */
    long millis(final Step... steps) {
        Duration total = Duration.ZERO;
        for (final Step step : steps) {
            total = total.plus(of(step));
        }
        return total.toMillis();
    }

    Map<Step, Duration> asMap() {
        return byStep;
    }
}
