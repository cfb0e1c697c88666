package io.hirehub.launcher.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.runtime.health.PartStatus;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code hirehub status --json}: the same report for scripts; counts are numbers, unknown ones {@code null}. */
final class StatusJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StatusJson() {}

    static String format(final StackReport report) {
        final ObjectNode root = MAPPER.createObjectNode();
        root.put("dataDir", report.dataDir().toString());
        report.pid().ifPresentOrElse(pid -> root.put("pid", pid), () -> root.putNull("pid"));
        report.started().ifPresent(started -> root.put("started", started.toString()));
        final ArrayNode parts = root.putArray("parts");
        for (final PartStatus part : report.parts()) {
            parts.addObject()
                    .put("name", part.part())
                    .put("state", part.state().label())
                    .put("detail", part.detail())
                    .put("retrying", part.retrying())
                    .put("since", part.since().toString());
        }
        report.slot().ifPresent(slot -> {
            final ObjectNode cdc = root.putObject("cdc");
            cdc.put("slot", slot.slot())
                    .put("exists", slot.exists())
                    .put("active", slot.active())
                    .put("lagBytes", slot.lagBytes())
                    .put("retainedWalBytes", slot.retainedBytes());
            slot.leader().ifPresentOrElse(l -> cdc.put("leader", l), () -> cdc.putNull("leader"));
        });
        counts(root.putObject("consumerLag"), report.consumerLag(), StackProbe.GROUPS);
        report.counts().ifPresent(c -> {
            final ObjectNode resumes = root.putObject("resumes");
            resumes.put("total", c.resumesTotal());
            c.resumes().forEach(resumes::put);
            root.putObject("matches")
                    .put("rows", c.matches())
                    .put("recommended", c.recommended())
                    .put("openJobs", c.openJobs())
                    .put("jobsMatched", c.jobsMatched());
            final ObjectNode applications = root.putObject("applications");
            applications.put("total", c.applicationsTotal());
            c.applications().forEach(applications::put);
        });
        counts(root.putObject("deadLetters"), report.deadLetters(), DeadLetters.topics());
        final ObjectNode unavailable = root.putObject("unavailable");
        report.unavailable().forEach(unavailable::put);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void counts(
            final ObjectNode node, final Map<String, Optional<Long>> values, final List<String> order) {
        for (final String key : order) {
            if (values.containsKey(key)) {
                values.get(key).ifPresentOrElse(v -> node.put(key, v), () -> node.putNull(key));
            }
        }
    }
}
