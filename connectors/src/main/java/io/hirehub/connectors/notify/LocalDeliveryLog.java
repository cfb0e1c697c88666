package io.hirehub.connectors.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The embedded default for e-mail, push and SMS: each delivery is one JSON line in a file
 * ({@code DIR/notifications/deliveries.jsonl}) that {@code hirehub notifications tail} prints. A
 * notification already in the file is not written again, so a dispatcher that crashed after writing
 * but before recording it delivers it once. Several dispatchers (processes or instances) may share
 * the file: each append holds an exclusive lock on it and first reads what others appended since.
 */
public final class LocalDeliveryLog implements ChannelSender {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One monitor per file in this JVM: a file lock is held per process, so instances here queue first. */
    private static final ConcurrentMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final Object monitor;
    private final Set<String> written = new HashSet<>();
    /** Bytes of the file already read into {@link #written} (whole lines only). */
    private long readUpTo;

    public LocalDeliveryLog(final Path file) {
        this.file = file;
        this.monitor = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new Object());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                synchronized (monitor) {
                    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                        catchUp(channel);
                    }
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
        final byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (monitor) {
            try (FileChannel channel = FileChannel.open(
                            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                catchUp(channel);
                if (written.contains(delivery.notificationId())) {
                    return Outcome.DELIVERED; // another dispatcher wrote it meanwhile
                }
                final ByteBuffer buffer = ByteBuffer.wrap(bytes);
                long at = channel.size();
                while (buffer.hasRemaining()) {
                    at += channel.write(buffer, at);
                }
                channel.force(true);
                readUpTo = at;
            } catch (IOException e) {
                throw new DeliveryException("cannot write the delivery log: " + e.getMessage(), e);
            }
        }
        written.add(delivery.notificationId());
        return Outcome.DELIVERED;
    }

    /** Reads the whole lines appended since {@link #readUpTo} into {@link #written}; a torn last line waits. */
    private void catchUp(final FileChannel channel) throws IOException {
        final long size = channel.size();
        if (size <= readUpTo) {
            return;
        }
        final ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(size - readUpTo));
        long at = readUpTo;
        while (buffer.hasRemaining() && at < size) {
            final int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        final String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        final int end = text.lastIndexOf('\n');
        if (end < 0) {
            return;
        }
        for (final String l : text.substring(0, end).split("\n")) {
            if (!l.isBlank()) {
                try {
                    written.add(JSON.readTree(l).path("notification_id").asText());
                } catch (IOException e) {
                    // a line torn by a writer killed mid-write: no id to keep
                }
            }
        }
        readUpTo += text.substring(0, end + 1).getBytes(StandardCharsets.UTF_8).length;
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
