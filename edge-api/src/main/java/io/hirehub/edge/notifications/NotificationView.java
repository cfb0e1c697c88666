package io.hirehub.edge.notifications;

import java.time.Instant;
import java.util.UUID;

/** An in-app {@code notifications} row as its user reads it. */
public record NotificationView(
        UUID id,
        String eventType,
        String title,
        String content,
        String status,
        boolean read,
        Instant createdAt,
        Instant sentAt,
        Instant readAt) {}
