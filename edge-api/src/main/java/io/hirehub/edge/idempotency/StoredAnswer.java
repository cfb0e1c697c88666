package io.hirehub.edge.idempotency;

import java.util.Map;
import java.util.Objects;

/**
 * A write's answer as the edge sends it and as an Idempotency-Key keeps it for a retry: status,
 * JSON body bytes and the headers that matter to the client ({@code Location}, the commit position).
 */
public record StoredAnswer(int status, byte[] body, Map<String, String> headers) {

    public StoredAnswer {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }
}
