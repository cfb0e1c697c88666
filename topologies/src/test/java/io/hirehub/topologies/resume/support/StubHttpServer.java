package io.hirehub.topologies.resume.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTP stub (com.sun.net.httpserver) that answers scripted responses in order (the last
 * one repeats) and records every request. No network beyond loopback.
 */
public final class StubHttpServer implements AutoCloseable {

    /** A scripted answer; {@code delayMillis} > 0 makes the stub answer late (for timeouts). */
    public record Response(int status, String body, long delayMillis) {
        public static Response json(final int status, final String body) {
            return new Response(status, body, 0);
        }
    }

    /** A recorded request. */
    public record Request(String method, String path, String body, String authorization) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Deque<Response> script = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public StubHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            final String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    body,
                    exchange.getRequestHeaders().getFirst("Authorization")));
            final Response response;
            synchronized (script) {
                response = script.size() > 1 ? script.poll() : script.peek();
            }
            if (response.delayMillis() > 0) {
                try {
                    Thread.sleep(response.delayMillis());
                } catch (final InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            final byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(response.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (final IOException ignored) {
                // the client gave up (timeout tests)
            }
            exchange.close();
        });
        server.setExecutor(executor); // concurrent handlers, so a slow answer does not block the next request
        server.start();
    }

    /** Appends answers to the script. */
    public StubHttpServer respond(final Response... responses) {
        synchronized (script) {
            script.addAll(List.of(responses));
        }
        return this;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
