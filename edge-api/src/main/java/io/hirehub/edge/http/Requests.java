package io.hirehub.edge.http;

import io.hirehub.edge.auth.Caller;
import io.hirehub.edge.idempotency.IdempotencyKey;
import io.hirehub.edge.idempotency.StoredAnswer;
import io.hirehub.edge.idempotency.WriteRunner;
import io.javalin.http.Context;
import java.util.Optional;

/** What handlers read from and write to a request beyond its body: the caller, keys, answers. */
public final class Requests {

    static final String CALLER = "hirehub.caller";

    private Requests() {}

    /** The authenticated caller (set by the authentication filter on every non-public route). */
    public static Caller caller(final Context ctx) {
        final Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("no caller on " + ctx.path() + ": the route is public");
        }
        return caller;
    }

    static void caller(final Context ctx, final Caller caller) {
        ctx.attribute(CALLER, caller);
    }

    /** The request's Idempotency-Key, scoped to the caller and fingerprinted with the route and body. */
    public static Optional<IdempotencyKey> idempotencyKey(final Context ctx, final byte[] body) {
        return IdempotencyKey.of(
                ctx.header(IdempotencyKey.HEADER),
                caller(ctx).subject(),
                ctx.method().name(),
                ctx.endpoint().path,
                body);
    }

    /** Sends a write's answer (fresh or replayed) with its headers. */
    public static void send(final Context ctx, final WriteRunner.Outcome outcome) {
        final StoredAnswer answer = outcome.answer();
        answer.headers().forEach(ctx::header);
        if (outcome.replayed()) {
            ctx.header(WriteRunner.REPLAYED_HEADER, "true");
        }
        ctx.status(answer.status()).contentType("application/json").result(answer.body());
    }

    /** Sends a JSON body with status 200; a {@link JsonAnswer} as it was encoded. */
    public static void json(final Context ctx, final Object body) {
        if (body instanceof JsonAnswer encoded) {
            encoded.send(ctx);
            return;
        }
        try {
            ctx.contentType("application/json").result(Json.mapper().writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot encode an answer", e);
        }
    }
}
