package io.hirehub.topologies.notify;

import java.util.List;
import java.util.Objects;

/**
 * A user a notification goes to, with the addresses its channels need.
 *
 * @param userId       {@code users.id}
 * @param email        {@code users.email}, or {@code null}
 * @param phone        the jobseeker profile's phone, or {@code null}
 * @param deviceTokens the user's active {@code device_tokens.token}s (push goes to these only)
 * @param preferences  the user's settings
 */
public record Recipient(String userId, String email, String phone, List<String> deviceTokens, Preferences preferences) {

    public Recipient {
        Objects.requireNonNull(userId, "userId");
        deviceTokens = List.copyOf(deviceTokens);
        Objects.requireNonNull(preferences, "preferences");
    }
}
