package io.hirehub.edge.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer encoded to JSON once, to be sent many times ({@link VersionedAnswers} keeps them per
 * source version): sending it costs no encoding and no copy. {@link Requests#json} writes it straight
 * to the servlet response with its length, past Javalin's result stream (a 32 KB buffer per request)
 * and its compression decision; a client that accepts gzip gets the gzipped bytes, compressed once
 * on first demand, from the size on which Javalin would compress ({@value #GZIP_FROM} bytes).
 *
 * <p>Immutable once made, so one instance may be sent by many request threads at once.
 */
public final class JsonAnswer {

    /** Javalin's default minimum for compressing an answer (a packet's size): smaller goes as is. */
    static final int GZIP_FROM = 1500;

    private static final Logger LOG = LoggerFactory.getLogger(JsonAnswer.class);

    private final Object value;
    private final byte[] json;
    private volatile byte[] gzipped;

    private JsonAnswer(final Object value, final byte[] json) {
        this.value = value;
        this.json = json;
    }

    /** {@code value} encoded with the edge's {@link Json} mapping. */
    public static JsonAnswer of(final Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return new JsonAnswer(value, Json.mapper().writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot encode an answer of " + value.getClass().getSimpleName(), e);
        }
    }

    /** What was encoded (e.g. to ask a positioned answer which source position it reflects). */
    public Object value() {
        return value;
    }

    /** A copy of the encoded JSON. */
    public byte[] json() {
        return json.clone();
    }

    /**
     * Sends the answer with status 200: gzipped when {@code Accept-Encoding} allows it and the answer is
     * large enough, as is otherwise. Headers set before stay; the response is complete afterwards.
     */
    void send(final Context ctx) {
        final HttpServletResponse response = ctx.res();
        ctx.contentType("application/json");
        final byte[] body;
        if (json.length >= GZIP_FROM && acceptsGzip(ctx.header("Accept-Encoding"))) {
            body = gzipped();
            response.setHeader("Content-Encoding", "gzip");
        } else {
            body = json;
        }
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
        } catch (IOException e) {
            // The client went away (as Javalin treats a failed write of its result): nothing more can be
            // said to it, and it is no error of ours to log loudly or to answer with a problem.
            LOG.debug("{} {}: the answer could not be written: {}", ctx.method(), ctx.path(), e.toString());
        }
    }

    private byte[] gzipped() {
        byte[] known = gzipped;
        if (known == null) {
            // Racing threads may each compress once; every result is the same.
            final ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 2 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            known = out.toByteArray();
            gzipped = known;
        }
        return known;
    }

    /**
     * Whether an {@code Accept-Encoding} value accepts gzip (RFC 9110 §12.5.3): {@code gzip},
     * {@code x-gzip} or {@code *} with a quality above 0; {@code gzip;q=0} refuses it even under a {@code *}.
     */
    static boolean acceptsGzip(final String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return false;
        }
        Boolean named = null;
        boolean any = false;
        for (final String item : acceptEncoding.split(",")) {
            final String[] parts = item.split(";");
            final String coding = parts[0].trim();
            final boolean wanted = quality(parts) > 0;
            if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
                named = (named != null && named) || wanted;
            } else if (coding.equals("*")) {
                any = wanted;
            }
        }
        return named != null ? named : any;
    }

    private static double quality(final String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            final String param = parts[i].trim();
            if (param.length() > 2 && (param.charAt(0) == 'q' || param.charAt(0) == 'Q') && param.charAt(1) == '=') {
                try {
                    return Double.parseDouble(param.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    @Override
    public String toString() {
        return json.length + " bytes of JSON (" + value.getClass().getSimpleName() + ")";
    }
}
