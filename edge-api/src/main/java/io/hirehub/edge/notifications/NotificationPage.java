package io.hirehub.edge.notifications;

import java.util.List;

/**
 * One page of a user's in-app notifications, newest first.
 *
 * @param total       in-app notifications in all (or unread ones with {@code unread_only})
 * @param unreadCount in-app notifications not read yet
 */
public record NotificationPage(List<NotificationView> items, int offset, int limit, long total, long unreadCount) {}
