package io.hirehub.connectors.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDeliveryLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldWriteOneLinePerDeliveryAndNeverTheSameNotificationTwiceEvenAfterARestart() throws Exception {
        final Path file = dir.resolve("notifications/deliveries.jsonl");
        final LocalDeliveryLog log = new LocalDeliveryLog(file);
        final Delivery push = new Delivery(
                "n1", "u1", "push", "지원 상태가 변경되었습니다", "본문", JSON.readTree("{\"device_tokens\":[\"t1\",\"t2\"]}"));
        assertThat(log.send(push)).isEqualTo(ChannelSender.Outcome.DELIVERED);
        assertThat(log.send(push)).isEqualTo(ChannelSender.Outcome.DELIVERED);
        assertThat(new LocalDeliveryLog(file).send(push)).isEqualTo(ChannelSender.Outcome.DELIVERED);
        assertThat(LocalDeliveryLog.read(file)).singleElement().satisfies(line -> {
            assertThat(line.path("channel").asText()).isEqualTo("push");
            assertThat(line.path("to").toString()).isEqualTo("[\"t1\",\"t2\"]");
            assertThat(line.path("title").asText()).isEqualTo("지원 상태가 변경되었습니다");
        });
        log.send(new Delivery("n2", "u1", "email", "s", "b", JSON.readTree("{\"email\":\"a@b.example\"}")));
        assertThat(LocalDeliveryLog.read(file))
                .extracting(l -> l.path("to").asText())
                .containsExactly("", "a@b.example");
    }

    @Test
    void shouldWriteANotificationOnceWhenTwoDispatchersShareTheLogEvenAfterATornLine() throws Exception {
        final Path file = dir.resolve("shared.jsonl");
        final LocalDeliveryLog first = new LocalDeliveryLog(file);
        final LocalDeliveryLog second = new LocalDeliveryLog(file);
        final Delivery n1 = email("n1");
        final Delivery n2 = email("n2");
        assertThat(first.send(n1)).isEqualTo(ChannelSender.Outcome.DELIVERED);
        // The second dispatcher retries n1 (the first died before recording it): it reads n1 and skips it.
        assertThat(second.send(n1)).isEqualTo(ChannelSender.Outcome.DELIVERED);
        // A writer killed mid-line leaves a torn line; the line after it still counts.
        java.nio.file.Files.writeString(file, "{\"notification_id\":\"n9", java.nio.file.StandardOpenOption.APPEND);
        java.nio.file.Files.writeString(file, "\n", java.nio.file.StandardOpenOption.APPEND);
        second.send(n2);
        first.send(n2);
        assertThat(java.nio.file.Files.readAllLines(file))
                .filteredOn(l -> l.contains("\"to\""))
                .extracting(l -> JSON.readTree(l).path("notification_id").asText())
                .containsExactly("n1", "n2");
    }

    private static Delivery email(final String id) throws Exception {
        return new Delivery(id, "u1", "email", "s", "b", JSON.readTree("{\"email\":\"a@b.example\"}"));
    }

    @Test
    void shouldRefuseADeliveryWithoutAnAddressPermanently() throws Exception {
        final LocalDeliveryLog log = new LocalDeliveryLog(dir.resolve("d.jsonl"));
        final JsonNode none = JSON.readTree("{}");
        assertThatThrownBy(() -> log.send(new Delivery("n", "u", "sms", null, "b", none)))
                .isInstanceOfSatisfying(
                        DeliveryException.class, e -> assertThat(e.permanent()).isTrue())
                .hasMessage("no phone number");
        assertThatThrownBy(() -> log.send(new Delivery("n", "u", "push", null, "b", none)))
                .hasMessage("no active device token");
        assertThatThrownBy(() -> log.send(new Delivery("n", "u", "fax", null, "b", none)))
                .hasMessage("unknown channel fax");
    }

    @Test
    void shouldDoubleTheBackoffUpToItsLimit() {
        final DispatchSettings s = DispatchSettings.of("jdbc:postgresql://x/y", "u", "p");
        assertThat(s.backoffAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(s.backoffAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(s.backoffAfter(4)).isEqualTo(Duration.ofSeconds(16));
        assertThat(s.backoffAfter(40)).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.toString()).contains("password=***").doesNotContain("=p,");
    }
}
