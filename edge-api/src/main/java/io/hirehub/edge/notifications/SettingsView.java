package io.hirehub.edge.notifications;

import java.util.List;

/** A user's {@code user_notification_settings} (the seed's defaults when it has no row). */
public record SettingsView(
        boolean emailEnabled, boolean pushEnabled, boolean smsEnabled, List<String> disabledEventTypes) {}
