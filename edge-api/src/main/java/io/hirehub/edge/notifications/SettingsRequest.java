package io.hirehub.edge.notifications;

import java.util.List;

/**
 * {@code PUT /v1/users/{id}/notification-settings}: the whole settings row (every field required).
 *
 * @param disabledEventTypes event types the user gets nothing for, e.g. {@code application.status_changed}
 */
public record SettingsRequest(
        Boolean emailEnabled, Boolean pushEnabled, Boolean smsEnabled, List<String> disabledEventTypes) {}
