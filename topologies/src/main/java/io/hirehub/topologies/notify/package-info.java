/**
 * Notifications' pure logic (issue 13): the source events ({@link io.hirehub.topologies.notify.NotifyEventType}),
 * who gets them and their template variables ({@link io.hirehub.topologies.notify.EventResolver} over a
 * {@link io.hirehub.topologies.notify.Directory} of entity rows), which channels a recipient's settings
 * allow ({@link io.hirehub.topologies.notify.ChannelPolicy}), the deterministic notification ids
 * ({@link io.hirehub.topologies.notify.NotificationIds}) and the rendered records
 * ({@link io.hirehub.topologies.notify.NotificationFactory}). The topology is in {@code .topology},
 * the Mustache rendering in {@code .template}.
 */
package io.hirehub.topologies.notify;
