package io.hirehub.topologies.notify.template;

import java.util.Objects;

/**
 * A rendered notification text.
 *
 * @param title the rendered subject ({@code notifications.title}); {@code null} when the template has none (SMS)
 * @param body  the rendered body ({@code notifications.content}), never blank
 */
public record RenderedMessage(String title, String body) {

    public RenderedMessage {
        Objects.requireNonNull(body, "body");
    }
}
