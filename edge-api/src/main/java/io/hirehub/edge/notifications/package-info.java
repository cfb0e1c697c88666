/**
 * A user's notifications over HTTP: the in-app inbox (pages, unread count, mark read), notification
 * settings and push device tokens ({@link io.hirehub.edge.notifications.NotificationRoutes}); rows read
 * and written by {@link io.hirehub.edge.notifications.NotificationRows}.
 */
package io.hirehub.edge.notifications;
