package io.hirehub.launcher.status;

import io.hirehub.avro.entity.ApplicationStatus;
import io.hirehub.connectors.cdc.SlotStatus;
import io.hirehub.runtime.health.PartStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@code hirehub status} as text: one screen, parts first, then what the pipeline has done. */
final class StatusText {

    private StatusText() {}

    static String format(final StackReport report, final Instant now) {
        final List<String> lines = new ArrayList<>();
        lines.add("HireHub stack on " + report.dataDir()
                + report.pid()
                        .map(pid -> " (pid " + pid
                                + report.started()
                                        .map(s -> ", up " + duration(Duration.between(s, now)))
                                        .orElse("")
                                + ")")
                        .orElse(" (no hirehub dev process: external endpoints)"));
        if (!report.parts().isEmpty()) {
            final int width = report.parts().stream()
                    .mapToInt(p -> p.part().length())
                    .max()
                    .orElse(4);
            for (final PartStatus part : report.parts()) {
                lines.add(String.format(
                                Locale.ROOT,
                                "  %-" + width + "s  %-8s  %s",
                                part.part(),
                                part.state().label(),
                                part.detail())
                        .stripTrailing());
            }
        }
        lines.add("cdc slot      " + report.slot().map(StatusText::slot).orElse(unavailable(report, "cdc")));
        lines.add("consumer lag  "
                + (report.consumerLag().isEmpty()
                        ? unavailable(report, "consumer lag")
                        : joined(report.consumerLag(), StackProbe.GROUPS, " records", "not consuming yet")));
        lines.add("resumes       "
                + report.counts().map(StatusText::resumes).orElse(unavailable(report, "pipeline counts")));
        lines.add("matches       "
                + report.counts().map(StatusText::matches).orElse(unavailable(report, "pipeline counts")));
        lines.add("applications  "
                + report.counts().map(StatusText::applications).orElse(unavailable(report, "pipeline counts")));
        lines.add("dead letters  "
                + (report.deadLetters().isEmpty()
                        ? unavailable(report, "dead letters")
                        : joined(report.deadLetters(), DeadLetters.topics(), "", "no topic")));
        return String.join(System.lineSeparator(), lines);
    }

    private static String slot(final SlotStatus s) {
        if (!s.exists()) {
            return s.slot() + " missing (created when the CDC runner first starts)";
        }
        return s.slot() + (s.active() ? " active" : " INACTIVE") + ", lag " + bytes(s.lagBytes()) + ", retained WAL "
                + bytes(s.retainedBytes()) + ", leader " + s.leader().orElse("none");
    }

    private static String resumes(final PipelineCounts c) {
        final List<String> parts = new ArrayList<>();
        for (final String status : List.of("ready", "processing", "error")) {
            parts.add(number(c.resumes().getOrDefault(status, 0L)) + " " + status);
        }
        c.resumes().forEach((status, count) -> {
            if (!List.of("ready", "processing", "error").contains(status)) {
                parts.add(number(count) + " " + status);
            }
        });
        return number(c.resumesTotal()) + " (" + String.join(", ", parts) + ")";
    }

    /** By status in the workflow's order (the Avro enum's), statuses it does not know after them. */
    private static String applications(final PipelineCounts c) {
        if (c.applications().isEmpty()) {
            return "0";
        }
        final List<String> order = new ArrayList<>();
        for (final ApplicationStatus status : ApplicationStatus.values()) {
            order.add(status.name().toLowerCase(Locale.ROOT));
        }
        final List<String> parts = new ArrayList<>();
        order.stream()
                .filter(c.applications()::containsKey)
                .forEach(status -> parts.add(number(c.applications().get(status)) + " " + status));
        new TreeMap<>(c.applications()).forEach((status, count) -> {
            if (!order.contains(status)) {
                parts.add(number(count) + " " + status);
            }
        });
        return number(c.applicationsTotal()) + " (" + String.join(", ", parts) + ")";
    }

    private static String matches(final PipelineCounts c) {
        return number(c.matches()) + " rows, " + number(c.recommended()) + " recommended; " + number(c.jobsMatched())
                + " of " + number(c.openJobs()) + " open jobs matched";
    }

    private static String joined(
            final Map<String, Optional<Long>> values,
            final List<String> order,
            final String unit,
            final String absent) {
        final List<String> parts = new ArrayList<>();
        for (final String key : order) {
            if (values.containsKey(key)) {
                parts.add(key + " " + values.get(key).map(v -> number(v) + unit).orElse("(" + absent + ")"));
            }
        }
        return String.join(", ", parts);
    }

    private static String unavailable(final StackReport report, final String section) {
        return "unavailable: " + report.unavailable().getOrDefault(section, "not read");
    }

    static String number(final long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String bytes(final long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
    }

    static String duration(final Duration d) {
        final long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min " + s % 60 + " s";
        }
        return s / 3600 + " h " + s % 3600 / 60 + " min";
    }
}
