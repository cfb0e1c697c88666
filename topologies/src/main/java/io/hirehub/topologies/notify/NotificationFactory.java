package io.hirehub.topologies.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.avro.entity.Notification;
import io.hirehub.avro.entity.NotificationChannel;
import io.hirehub.avro.entity.NotificationStatus;
import io.hirehub.avro.entity.NotificationTemplate;
import io.hirehub.topologies.notify.template.RenderedMessage;
import io.hirehub.topologies.notify.template.TemplateException;
import io.hirehub.topologies.notify.template.TemplateRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a resolved event into its notifications: for each recipient, each channel the
 * {@link ChannelPolicy} allows that has an active template, one {@code notifications} row as Avro,
 * {@code pending} with the rendered title and content, or {@code failed} with the template error
 * (a missing variable) and no content. Everything in it derives from the event and the rows, so a
 * replay builds the same record.
 *
 * <p>{@code data} (JSON) holds the event's type and id and, under {@value #DELIVERY}, the addresses
 * the channel needs (e-mail, phone, device tokens); the write-back moves those to the delivery queue
 * and keeps them out of {@code notifications.data}.
 */
public final class NotificationFactory {

    /** The key of the addresses in {@code data}. */
    public static final String DELIVERY = "delivery";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TemplateRenderer renderer;

    public NotificationFactory(final TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    public List<Notification> build(
            final NotifyEvent event,
            final List<Recipient> recipients,
            final Map<String, String> variables,
            final List<NotificationTemplate> templates) {
        final List<Notification> out = new ArrayList<>();
        for (final Recipient recipient : recipients) {
            for (final DeliveryChannel channel : ChannelPolicy.channels(event.type(), recipient)) {
                templateFor(templates, channel)
                        .ifPresent(t -> out.add(notification(event, recipient, channel, t, variables)));
            }
        }
        return out;
    }

    private Notification notification(
            final NotifyEvent event,
            final Recipient recipient,
            final DeliveryChannel channel,
            final NotificationTemplate template,
            final Map<String, String> variables) {
        final Notification.Builder n = Notification.newBuilder()
                .setId(UUID.fromString(NotificationIds.of(event.eventId(), recipient.userId(), channel)))
                .setUserId(UUID.fromString(recipient.userId()))
                .setTemplateId(template.getId())
                .setChannel(NotificationChannel.valueOf(channel.name()))
                .setData(data(event, recipient, channel, template))
                .setCreatedAt(event.occurredAt())
                .setTitle(null)
                .setContent(null)
                .setSentAt(null)
                .setReadAt(null)
                .setErrorMessage(null);
        try {
            final RenderedMessage message = renderer.render(
                    template.getName(), template.getSubjectTemplate(), template.getBodyTemplate(), variables);
            return n.setTitle(truncate(message.title(), 200))
                    .setContent(message.body())
                    .setStatus(NotificationStatus.PENDING)
                    .build();
        } catch (TemplateException e) {
            return n.setStatus(NotificationStatus.FAILED)
                    .setErrorMessage(e.getMessage())
                    .build();
        }
    }

    private static Optional<NotificationTemplate> templateFor(
            final List<NotificationTemplate> templates, final DeliveryChannel channel) {
        // Several active templates for one channel: the first by name, so every replay picks the same.
        return templates.stream()
                .filter(t -> t.getChannel() != null && t.getChannel().name().equals(channel.name()))
                .filter(t -> !Boolean.FALSE.equals(t.getIsActive()))
                .min((a, b) -> a.getName().compareTo(b.getName()));
    }

    private static String data(
            final NotifyEvent event,
            final Recipient recipient,
            final DeliveryChannel channel,
            final NotificationTemplate template) {
        final ObjectNode data = JSON.createObjectNode();
        data.put("event_type", event.type().wireName());
        data.put("event_id", event.eventId());
        data.put("template", template.getName());
        final ObjectNode delivery = JSON.createObjectNode();
        switch (channel) {
            case EMAIL -> delivery.put("email", recipient.email());
            case SMS -> delivery.put("phone", recipient.phone());
            case PUSH -> {
                final var tokens = delivery.putArray("device_tokens");
                recipient.deviceTokens().forEach(tokens::add);
            }
            case IN_APP -> {
                // stored, nothing to deliver to
            }
        }
        if (!delivery.isEmpty()) {
            data.set(DELIVERY, delivery);
        }
        return data.toString();
    }

    private static String truncate(final String text, final int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
