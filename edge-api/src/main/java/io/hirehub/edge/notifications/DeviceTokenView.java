package io.hirehub.edge.notifications;

import java.time.Instant;
import java.util.UUID;

/** A {@code device_tokens} row. */
public record DeviceTokenView(UUID id, String deviceType, String token, boolean active, Instant createdAt) {}
