package io.hirehub.edge.notifications;

/**
 * {@code POST /v1/users/{id}/device-tokens}.
 *
 * @param deviceType {@code ios}, {@code android} or {@code web}
 * @param token      the push token (at most 500 characters)
 */
public record DeviceTokenRequest(String deviceType, String token) {}
