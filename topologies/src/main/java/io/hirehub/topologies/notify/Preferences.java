package io.hirehub.topologies.notify;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One user's {@code user_notification_settings}, with the seed's column defaults for a user who has
 * no row (email and push on, SMS off, nothing disabled).
 */
public record Preferences(boolean email, boolean push, boolean sms, Set<NotifyEventType> disabled) {

    /** What a user without a settings row gets. */
    public static final Preferences DEFAULTS = new Preferences(true, true, false, Set.of());

    public Preferences {
        disabled = Set.copyOf(disabled);
    }

    /** From the row's columns ({@code null} = the column default); unknown event names are ignored. */
    public static Preferences of(
            final Boolean email, final Boolean push, final Boolean sms, final List<String> disabledEventTypes) {
        return new Preferences(
                email == null || email,
                push == null || push,
                sms != null && sms,
                disabledEventTypes == null
                        ? Set.of()
                        : disabledEventTypes.stream()
                                .map(NotifyEventType::fromName)
                                .flatMap(Optional::stream)
                                .collect(Collectors.toSet()));
    }
}
