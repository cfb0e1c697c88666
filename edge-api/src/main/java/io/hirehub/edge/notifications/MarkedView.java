package io.hirehub.edge.notifications;

/** How many notifications a mark-all-read marked, and how many stay unread. */
public record MarkedView(int marked, long unreadCount) {}
