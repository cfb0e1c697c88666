package io.hirehub.topologies.resume.provider;

import java.util.List;

/**
 * A chat-completion LLM. Implementations apply their own timeouts and retries and throw
 * {@link ProviderException} when the call finally fails. Callers only ever pass masked text.
 */
public interface ChatClient {

    /** Sends {@code messages} and returns the assistant's answer. */
    ChatCompletion complete(List<ChatMessage> messages);

    /** The configured model name, for {@code ai_tasks.model_used}. */
    String model();
}
