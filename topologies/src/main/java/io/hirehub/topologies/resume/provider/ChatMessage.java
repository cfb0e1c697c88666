package io.hirehub.topologies.resume.provider;

import java.util.Objects;

/** One message of a chat completion request. */
public record ChatMessage(String role, String content) {

    public ChatMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    public static ChatMessage system(final String content) {
        return new ChatMessage("system", content);
    }

    public static ChatMessage user(final String content) {
        return new ChatMessage("user", content);
    }
}
