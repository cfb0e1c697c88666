package io.hirehub.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hirehub.edge.EdgeClient.Answer;
import io.hirehub.edge.EdgeClient.User;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notification routes on the edge: a user's inbox (pages, unread count, mark read), its settings
 * and device tokens; only its own; bad input refused with the exact problem and nothing written.
 */
class NotificationRoutesIT {

    private static final EdgeClient CLIENT = new EdgeClient();

    private static User seeker;
    private static User other;

    @BeforeAll
    static void users() {
        seeker = CLIENT.user("jobseeker");
        other = CLIENT.user("jobseeker");
    }

    @Test
    void shouldPageTheInboxNewestFirstWithTheUnreadCountAndMarkRead() throws Exception {
        final UUID[] ids = new UUID[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = UUID.randomUUID();
            EdgeStack.execute(
                    "INSERT INTO itedge_notification.notifications (id, user_id, channel, title, content, data, status,"
                            + " created_at) VALUES (?, ?, 'in_app', ?, '본문', '{\"event_type\":\"match.recommended\"}'::jsonb,"
                            + " 'delivered', now() - (? * interval '1 minute'))",
                    ids[i],
                    seeker.id(),
                    "알림 " + i,
                    10 - i);
        }
        // Other channels and other users are not in the inbox.
        EdgeStack.execute(
                "INSERT INTO itedge_notification.notifications (id, user_id, channel, content, status) VALUES (?, ?, 'email', 'x', 'sent')",
                UUID.randomUUID(),
                seeker.id());
        EdgeStack.execute(
                "INSERT INTO itedge_notification.notifications (id, user_id, channel, content, status) VALUES (?, ?, 'in_app', 'x', 'delivered')",
                UUID.randomUUID(),
                other.id());

        final JsonNode page = ok(CLIENT.get(inbox(seeker) + "?limit=2", seeker.token()));
        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(page.path("unread_count").asLong()).isEqualTo(3);
        assertThat(page.path("items")).extracting(n -> n.path("title").asText()).containsExactly("알림 2", "알림 1");
        assertThat(page.path("items").get(0).path("event_type").asText()).isEqualTo("match.recommended");
        assertThat(ok(CLIENT.get(inbox(seeker) + "?offset=2&limit=2", seeker.token()))
                        .path("items"))
                .extracting(n -> n.path("title").asText())
                .containsExactly("알림 0");

        final JsonNode read = ok(CLIENT.post(inbox(seeker) + "/" + ids[1] + "/read", seeker.token(), Map.of()));
        assertThat(read.path("read").asBoolean()).isTrue();
        assertThat(read.path("status").asText()).isEqualTo("read");
        final String firstRead = read.path("read_at").asText();
        assertThat(ok(CLIENT.post(inbox(seeker) + "/" + ids[1] + "/read", seeker.token(), Map.of()))
                        .path("read_at")
                        .asText())
                .isEqualTo(firstRead);
        final JsonNode unread = ok(CLIENT.get(inbox(seeker) + "?unread_only=true", seeker.token()));
        assertThat(unread.path("unread_count").asLong()).isEqualTo(2);
        assertThat(unread.path("items"))
                .extracting(n -> n.path("title").asText())
                .containsExactly("알림 2", "알림 0");

        assertThat(ok(CLIENT.post(inbox(seeker) + "/read", seeker.token(), Map.of()))
                        .path("marked")
                        .asInt())
                .isEqualTo(2);
        assertThat(ok(CLIENT.get(inbox(seeker), seeker.token()))
                        .path("unread_count")
                        .asLong())
                .isZero();
    }

    @Test
    void shouldRefuseAnotherUsersInboxAndUnknownNotificationsWritingNothing() throws Exception {
        final UUID mine = UUID.randomUUID();
        EdgeStack.execute(
                "INSERT INTO itedge_notification.notifications (id, user_id, channel, content, status) VALUES (?, ?, 'in_app', 'x', 'delivered')",
                mine,
                seeker.id());
        assertThat(CLIENT.get(inbox(seeker), other.token())
                        .problem(403)
                        .path("detail")
                        .asText())
                .isEqualTo("only the user itself may read its notifications");
        assertThat(CLIENT.post(inbox(seeker) + "/" + mine + "/read", other.token(), Map.of())
                        .problem(403)
                        .path("detail")
                        .asText())
                .isEqualTo("only the user itself may mark its notifications read");
        // Its own id under another user's path is not found, not marked.
        assertThat(CLIENT.post(inbox(other) + "/" + mine + "/read", other.token(), Map.of())
                        .problem(404)
                        .path("detail")
                        .asText())
                .isEqualTo("no in-app notification " + mine + " of " + other.id());
        assertThat(CLIENT.get(inbox(seeker), null).status()).isEqualTo(401);
        assertThat(EdgeStack.count(
                        "SELECT count(*) FROM itedge_notification.notifications WHERE id = ? AND read_at IS NULL",
                        mine))
                .isEqualTo(1);
        assertThat(CLIENT.get(inbox(seeker) + "?limit=0", seeker.token())
                        .problem(400)
                        .path("errors"))
                .extracting(
                        e -> e.path("field").asText() + ": " + e.path("reason").asText())
                .containsExactly("limit: must be between 1 and 100, was 0");
        assertThat(CLIENT.get(inbox(seeker) + "?unread_only=yes", seeker.token())
                        .problem(400)
                        .path("errors"))
                .extracting(
                        e -> e.path("field").asText() + ": " + e.path("reason").asText())
                .containsExactly("unread_only: must be true or false, was 'yes'");
    }

    @Test
    void shouldKeepSettingsWithDefaultsAndRefuseBadOnesNamingEveryField() throws Exception {
        final String path = "/v1/users/" + seeker.id() + "/notification-settings";
        final JsonNode defaults = ok(CLIENT.get(path, seeker.token()));
        assertThat(defaults.toString())
                .isEqualTo(
                        "{\"email_enabled\":true,\"push_enabled\":true,\"sms_enabled\":false,\"disabled_event_types\":[]}");

        final Map<String, Object> bad = new HashMap<>();
        bad.put("email_enabled", null);
        bad.put("push_enabled", true);
        bad.put("disabled_event_types", List.of("status_changed", "job.deleted"));
        assertThat(CLIENT.put(path, seeker.token(), bad).problem(400).path("errors"))
                .extracting(
                        e -> e.path("field").asText() + ": " + e.path("reason").asText())
                .containsExactly(
                        "email_enabled: is required (true or false)",
                        "sms_enabled: is required (true or false)",
                        "disabled_event_types[1]: unknown event type 'job.deleted'; expected one of"
                                + " application.submitted, application.status_changed, interview.scheduled,"
                                + " match.recommended, resume.processed");
        assertThat(CLIENT.put(
                                path,
                                seeker.token(),
                                Map.of(
                                        "email_enabled",
                                        true,
                                        "push_enabled",
                                        true,
                                        "sms_enabled",
                                        false,
                                        "disabled_event_types",
                                        List.of(),
                                        "colour",
                                        "red"))
                        .status())
                .isEqualTo(400);
        assertThat(CLIENT.put(
                                path,
                                other.token(),
                                Map.of(
                                        "email_enabled",
                                        false,
                                        "push_enabled",
                                        false,
                                        "sms_enabled",
                                        false,
                                        "disabled_event_types",
                                        List.of()))
                        .problem(403)
                        .path("detail")
                        .asText())
                .isEqualTo("only the user itself may change its notification settings");
        assertThat(EdgeStack.count(
                        "SELECT count(*) FROM itedge_notification.user_notification_settings WHERE user_id = ?",
                        seeker.id()))
                .isZero();

        final JsonNode saved = ok(CLIENT.put(
                path,
                seeker.token(),
                Map.of(
                        "email_enabled",
                        false,
                        "push_enabled",
                        true,
                        "sms_enabled",
                        true,
                        "disabled_event_types",
                        List.of("status_changed", "application.status_changed", "match.recommended"))));
        assertThat(saved.path("disabled_event_types"))
                .extracting(JsonNode::asText)
                .containsExactly("application.status_changed", "match.recommended");
        assertThat(ok(CLIENT.get(path, seeker.token()))).isEqualTo(saved);
        assertThat(EdgeStack.column(
                        "SELECT array_to_string(disabled_event_types, ',') FROM itedge_notification.user_notification_settings"
                                + " WHERE user_id = ?",
                        seeker.id()))
                .containsExactly("application.status_changed,match.recommended");
    }

    @Test
    void shouldRegisterDeviceTokensOnceAndDeactivateThem() throws Exception {
        final String path = "/v1/users/" + seeker.id() + "/device-tokens";
        final String token = "apns-" + UUID.randomUUID();
        final Answer created = CLIENT.post(path, seeker.token(), Map.of("device_type", "ios", "token", token));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        final String id = created.json().path("id").asText();
        assertThat(created.header("Location")).isEqualTo(path + "/" + id);
        final Answer again = CLIENT.post(path, seeker.token(), Map.of("device_type", "ios", "token", token));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asText()).isEqualTo(id);

        assertThat(CLIENT.post(path, seeker.token(), Map.of("device_type", "nokia", "token", "a b"))
                        .problem(400)
                        .path("errors"))
                .extracting(
                        e -> e.path("field").asText() + ": " + e.path("reason").asText())
                .containsExactly(
                        "device_type: unknown value 'nokia'; expected one of ios, android, web",
                        "token: must be printable ASCII without spaces");
        assertThat(CLIENT.post(path, seeker.token(), Map.of("device_type", "web", "token", "x".repeat(501)))
                        .problem(400)
                        .path("errors"))
                .extracting(
                        e -> e.path("field").asText() + ": " + e.path("reason").asText())
                .containsExactly("token: has at most 500 characters, was 501");
        assertThat(CLIENT.post(path, other.token(), Map.of("device_type", "web", "token", "t"))
                        .problem(403))
                .isNotNull();
        assertThat(EdgeStack.count(
                        "SELECT count(*) FROM itedge_notification.device_tokens WHERE user_id = ?", seeker.id()))
                .isEqualTo(1);

        assertThat(CLIENT.delete(path + "/" + id, other.token()).problem(403)).isNotNull();
        assertThat(CLIENT.delete("/v1/users/" + other.id() + "/device-tokens/" + id, other.token())
                        .problem(404)
                        .path("detail")
                        .asText())
                .isEqualTo("no device token " + id + " of " + other.id());
        assertThat(CLIENT.delete(path + "/" + id, seeker.token()).status()).isEqualTo(204);
        assertThat(EdgeStack.column("SELECT is_active FROM itedge_notification.device_tokens WHERE id = ?::uuid", id))
                .containsExactly(false);
    }

    private static String inbox(final User user) {
        return "/v1/users/" + user.id() + "/notifications";
    }

    private static JsonNode ok(final Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }
}
