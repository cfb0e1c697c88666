package io.hirehub.topologies.notify;

import java.util.Locale;
import java.util.Optional;

/**
 * The events a notification is sent for, by the seed topic that carries them. {@link #wireName()}
 * is what {@code notification_templates.event_type} and {@code disabled_event_types} hold.
 */
public enum NotifyEventType {
    APPLICATION_SUBMITTED("application.submitted"),
    APPLICATION_STATUS_CHANGED("application.status_changed"),
    INTERVIEW_SCHEDULED("interview.scheduled"),
    MATCH_RECOMMENDED("match.recommended"),
    RESUME_PROCESSED("resume.processed");

    private final String wireName;

    NotifyEventType(final String wireName) {
        this.wireName = wireName;
    }

    /** The topic name, also the value of {@code event_type} columns. */
    public String wireName() {
        return wireName;
    }

    /**
     * The type a settings entry or template names: the topic name ({@code application.submitted}),
     * its underscore form ({@code application_submitted}) or the seed comment's short form
     * ({@code status_changed}); case does not matter.
     */
    public static Optional<NotifyEventType> fromName(final String name) {
        if (name == null) {
            return Optional.empty();
        }
        final String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '.');
        for (final NotifyEventType type : values()) {
            final String wire = type.wireName.replace('_', '.');
            if (wire.equals(n) || wire.endsWith("." + n) && n.contains(".")) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
