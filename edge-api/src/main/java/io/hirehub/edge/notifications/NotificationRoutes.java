package io.hirehub.edge.notifications;

import io.hirehub.avro.entity.DeviceType;
import io.hirehub.edge.auth.Policy;
import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.ApiRoutes;
import io.hirehub.edge.http.Bodies;
import io.hirehub.edge.http.FieldProblem;
import io.hirehub.edge.http.Params;
import io.hirehub.edge.http.ProblemType;
import io.hirehub.edge.http.Requests;
import io.hirehub.edge.http.RouteGroup;
import io.hirehub.edge.write.Fields;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.topologies.notify.NotifyEventType;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A user's notifications (issue 13): the in-app inbox (newest first, paginated, with the unread
 * count; mark one or all read), the notification settings the notifications topology obeys, and the
 * device tokens push goes to. Every route is the user's own (or an admin's).
 */
public final class NotificationRoutes implements RouteGroup {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_TOKEN_LENGTH = 500;
    static final int MAX_DISABLED = NotifyEventType.values().length;

    private final NotificationRows rows;

    public NotificationRoutes(final NotificationRows rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public void register(final ApiRoutes routes) {
        routes.tag("notifications");
        routes.get("/v1/users/{id}/notifications", this::list)
                .summary("The user's in-app notifications, newest first, with the unread count")
                .pathParam("id", "users.id")
                .query("offset", "integer", "first item (default 0)")
                .query("limit", "integer", "items per page, 1.." + MAX_LIMIT + " (default " + DEFAULT_LIMIT + ")")
                .query("unread_only", "boolean", "only notifications not read yet (default false)")
                .ok(200, NotificationPage.class);
        routes.post("/v1/users/{id}/notifications/{notification_id}/read", this::markRead)
                .summary("Mark one in-app notification read (the first read time is kept)")
                .pathParam("id", "users.id")
                .pathParam("notification_id", "notifications.id")
                .ok(200, NotificationView.class);
        routes.post("/v1/users/{id}/notifications/read", this::markAllRead)
                .summary("Mark every unread in-app notification read")
                .pathParam("id", "users.id")
                .ok(200, MarkedView.class);
        routes.get("/v1/users/{id}/notification-settings", this::settings)
                .summary("The user's notification settings (the defaults when never set)")
                .pathParam("id", "users.id")
                .ok(200, SettingsView.class);
        routes.put("/v1/users/{id}/notification-settings", this::saveSettings)
                .summary("Replace the user's notification settings")
                .description("Every field is required. disabled_event_types names events the user gets nothing"
                        + " for: application.submitted, application.status_changed, interview.scheduled,"
                        + " match.recommended, resume.processed.")
                .pathParam("id", "users.id")
                .body(SettingsRequest.class)
                .ok(200, SettingsView.class);
        routes.post("/v1/users/{id}/device-tokens", this::registerToken)
                .summary("Register a push device token (again: made active, 200)")
                .pathParam("id", "users.id")
                .body(DeviceTokenRequest.class)
                .ok(201, DeviceTokenView.class);
        routes.delete("/v1/users/{id}/device-tokens/{token_id}", this::removeToken)
                .summary("Stop pushing to a device token (it is deactivated)")
                .pathParam("id", "users.id")
                .pathParam("token_id", "device_tokens.id");
    }

    private UUID owner(final Context ctx, final String what) {
        final UUID user = Params.pathId(ctx, "id");
        Policy.self(Requests.caller(ctx), user, what);
        return user;
    }

    private void list(final Context ctx) {
        final UUID user = owner(ctx, "read its notifications");
        final int offset = Params.queryInt(ctx, "offset", 0, 1_000_000).orElse(0);
        final int limit = Params.queryInt(ctx, "limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        final boolean unreadOnly = bool(ctx, "unread_only");
        Requests.json(ctx, rows.page(user, offset, limit, unreadOnly));
    }

    private void markRead(final Context ctx) {
        final UUID user = owner(ctx, "mark its notifications read");
        final UUID id = Params.pathId(ctx, "notification_id");
        Requests.json(
                ctx,
                rows.markRead(user, id)
                        .orElseThrow(() -> new ApiException(
                                ProblemType.NOT_FOUND, "no in-app notification " + id + " of " + user)));
    }

    private void markAllRead(final Context ctx) {
        final UUID user = owner(ctx, "mark its notifications read");
        Requests.json(ctx, rows.markAllRead(user));
    }

    private void settings(final Context ctx) {
        Requests.json(ctx, rows.settings(owner(ctx, "read its notification settings")));
    }

    private void saveSettings(final Context ctx) {
        final UUID user = owner(ctx, "change its notification settings");
        final SettingsRequest request = Bodies.read(ctx, SettingsRequest.class);
        final List<FieldProblem> problems = new ArrayList<>();
        required(problems, "email_enabled", request.emailEnabled());
        required(problems, "push_enabled", request.pushEnabled());
        required(problems, "sms_enabled", request.smsEnabled());
        final Set<String> disabled = new LinkedHashSet<>();
        if (request.disabledEventTypes() == null) {
            problems.add(new FieldProblem("disabled_event_types", "is required (an empty list disables nothing)"));
        } else if (request.disabledEventTypes().size() > MAX_DISABLED) {
            problems.add(new FieldProblem("disabled_event_types", "has at most " + MAX_DISABLED + " entries"));
        } else {
            for (int i = 0; i < request.disabledEventTypes().size(); i++) {
                final String name = request.disabledEventTypes().get(i);
                final Optional<NotifyEventType> type = NotifyEventType.fromName(name);
                if (type.isEmpty()) {
                    problems.add(new FieldProblem(
                            "disabled_event_types[" + i + "]",
                            "unknown event type '" + name + "'; expected one of " + knownTypes()));
                } else {
                    disabled.add(type.get().wireName());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Requests.json(
                ctx,
                rows.saveSettings(
                        user,
                        new SettingsView(
                                request.emailEnabled(),
                                request.pushEnabled(),
                                request.smsEnabled(),
                                List.copyOf(disabled))));
    }

    private void registerToken(final Context ctx) {
        final UUID user = owner(ctx, "register its device tokens");
        final DeviceTokenRequest request = Bodies.read(ctx, DeviceTokenRequest.class);
        final List<FieldProblem> problems = new ArrayList<>();
        DeviceType type = null;
        if (request.deviceType() == null || request.deviceType().isBlank()) {
            problems.add(new FieldProblem("device_type", "is required (ios, android or web)"));
        } else {
            try {
                type = Fields.seedValue(DeviceType.class, "device_type", request.deviceType());
            } catch (RuntimeException e) {
                problems.add(new FieldProblem(
                        "device_type",
                        "unknown value '" + request.deviceType() + "'; expected one of ios, android, web"));
            }
        }
        final String token = request.token();
        if (token == null || token.isBlank()) {
            problems.add(new FieldProblem("token", "is required"));
        } else if (token.length() > MAX_TOKEN_LENGTH) {
            problems.add(new FieldProblem(
                    "token", "has at most " + MAX_TOKEN_LENGTH + " characters, was " + token.length()));
        } else if (!token.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
            problems.add(new FieldProblem("token", "must be printable ASCII without spaces"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        final NotificationRows.Registered registered = rows.registerToken(user, SeedValues.sql(type), token);
        ctx.status(registered.created() ? 201 : 200);
        if (registered.created()) {
            ctx.header(
                    "Location",
                    "/v1/users/" + user + "/device-tokens/" + registered.token().id());
        }
        Requests.json(ctx, registered.token());
    }

    private void removeToken(final Context ctx) {
        final UUID user = owner(ctx, "remove its device tokens");
        final UUID id = Params.pathId(ctx, "token_id");
        if (!rows.deactivateToken(user, id)) {
            throw new ApiException(ProblemType.NOT_FOUND, "no device token " + id + " of " + user);
        }
        ctx.status(204);
    }

    private static void required(final List<FieldProblem> problems, final String field, final Boolean value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required (true or false)"));
        }
    }

    private static boolean bool(final Context ctx, final String name) {
        final String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid(name, "must be true or false, was '" + text + "'");
        };
    }

    private static String knownTypes() {
        final List<String> names = new ArrayList<>();
        for (final NotifyEventType type : NotifyEventType.values()) {
            names.add(type.wireName());
        }
        return String.join(", ", names);
    }
}
