package io.hirehub.connectors.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The embedded default for e-mail, push and SMS: each delivery is one JSON line in a file
 * ({@code DIR/notifications/deliveries.jsonl}) that {@code hirehub notifications tail} prints. A
 * notification already in the file is not written again (its ids are read at start), so a
 * dispatcher that crashed after writing but before recording it delivers it once.
 */
public final class LocalDeliveryLog implements ChannelSender {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Set<String> written = new HashSet<>();

    public LocalDeliveryLog(final Path file) {
        this.file = file;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                for (final JsonNode line : read(file)) {
                    written.add(line.path("notification_id").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the delivery log " + file, e);
        }
    }

    @Override
    public synchronized Outcome send(final Delivery delivery) throws DeliveryException {
        if (written.contains(delivery.notificationId())) {
            return Outcome.DELIVERED;
        }
        final ObjectNode line = JSON.createObjectNode();
        line.put("at", Instant.now().toString());
        line.put("notification_id", delivery.notificationId());
        line.put("user_id", delivery.userId());
        line.put("channel", delivery.channel());
        switch (delivery.channel()) {
            case "email" -> line.put("to", require(delivery.email(), "e-mail address"));
            case "sms" -> line.put("to", require(delivery.phone(), "phone number"));
            case "push" -> {
                if (delivery.deviceTokens().isEmpty()) {
                    throw new DeliveryException("no active device token", true);
                }
                final var to = line.putArray("to");
                delivery.deviceTokens().forEach(to::add);
            }
            default -> throw new DeliveryException("unknown channel " + delivery.channel(), true);
        }
        line.put("title", delivery.title());
        line.put("body", delivery.content());
        try {
            Files.writeString(
                    file,
                    line + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new DeliveryException("cannot write the delivery log: " + e.getMessage(), e);
        }
        written.add(delivery.notificationId());
        return Outcome.DELIVERED;
    }

    /** The lines of a delivery log, oldest first. */
    public static List<JsonNode> read(final Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .map(LocalDeliveryLog::parse)
                .toList();
    }

    private static JsonNode parse(final String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String require(final String value, final String what) throws DeliveryException {
        if (value == null || value.isBlank()) {
            throw new DeliveryException("no " + what, true);
        }
        return value;
    }
}
