/**
 * The notifications application ({@link io.hirehub.apps.notify.NotificationsApp}): the topology, its
 * write-back and the delivery dispatcher in the one {@code StreamsApp} shape, with the channel senders
 * the {@link io.hirehub.apps.notify.DeliverySettings} ask for.
 */
package io.hirehub.apps.notify;
