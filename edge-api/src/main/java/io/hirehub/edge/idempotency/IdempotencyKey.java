package io.hirehub.edge.idempotency;

import io.hirehub.edge.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code Idempotency-Key} header as the edge keeps it: scoped to the caller (two clients may pick
 * the same key), with a fingerprint of the request it came with (method, route, body) so the same
 * key with another request is told apart from a retry.
 *
 * @param caller      the token subject
 * @param key         the header's value: 1–255 visible ASCII characters
 * @param fingerprint SHA-256 (hex) of method, route and body
 */
public record IdempotencyKey(String caller, String key, String fingerprint) {

    public static final String HEADER = "Idempotency-Key";

    public IdempotencyKey {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** The key of a request, if it sent one; a malformed one is a 400 naming the header. */
    public static Optional<IdempotencyKey> of(
            final String header, final String caller, final String method, final String route, final byte[] body) {
        if (header == null) {
            return Optional.empty();
        }
        if (header.isEmpty() || header.length() > 255 || !header.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiException.invalid(HEADER, "must be 1 to 255 visible ASCII characters (a UUID is a good key)");
        }
        return Optional.of(new IdempotencyKey(caller, header, fingerprint(method, route, body)));
    }

    static String fingerprint(final String method, final String route, final byte[] body) {
        try {
            final MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + ' ' + route + '\n').getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
