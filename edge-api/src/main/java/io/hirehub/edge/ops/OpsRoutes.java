package io.hirehub.edge.ops;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.edge.http.Access;
import io.hirehub.edge.http.ApiRoutes;
import io.hirehub.edge.http.Json;
import io.hirehub.edge.http.ProblemType;
import io.hirehub.edge.http.RouteGroup;
import io.hirehub.edge.openapi.DocsPage;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The operations pages, public: {@code /healthz} (the process is up), {@code /readyz} (every
 * {@link ReadinessCheck} passes; 503 naming the ones that fail), {@code /metrics} (Prometheus text),
 * {@code /openapi.json} and {@code /docs} (rendered from it), and the local issuer's JWKS when the
 * edge runs one.
 */
public final class OpsRoutes implements RouteGroup {

    private final List<ReadinessCheck> checks;
    private final PrometheusMeterRegistry metrics;
    private final Supplier<ObjectNode> openApi;
    private final Optional<String> jwks;

    /**
     * @param openApi the document, built once all routes are declared
     * @param jwks    the local issuer's public keys, served at {@code /.well-known/jwks.json}; empty otherwise
     */
    public OpsRoutes(
            final List<ReadinessCheck> checks,
            final PrometheusMeterRegistry metrics,
            final Supplier<ObjectNode> openApi,
            final Optional<String> jwks) {
        this.checks = List.copyOf(checks);
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.openApi = Objects.requireNonNull(openApi, "openApi");
        this.jwks = Objects.requireNonNull(jwks, "jwks");
    }

    @Override
    public void register(final ApiRoutes routes) {
        routes.tag("operations");
        routes.get("/healthz", this::health)
                .summary("The process is up")
                .access(Access.PUBLIC)
                .ok(200, "text/plain");
        routes.get("/readyz", this::ready)
                .summary("This instance can serve: its databases answer and its queries can be served or forwarded")
                .access(Access.PUBLIC)
                .ok(200, "application/json");
        routes.get("/metrics", this::metrics)
                .summary("Prometheus metrics: HTTP timings per route, JVM, pools")
                .access(Access.PUBLIC)
                .ok(200, "text/plain");
        routes.get("/openapi.json", ctx -> ctx.json(openApi.get()))
                .summary("This API as OpenAPI 3.1")
                .access(Access.PUBLIC)
                .ok(200, "application/json");
        routes.get("/docs", ctx -> ctx.html(DocsPage.render(openApi.get())))
                .summary("This API's documentation, rendered from /openapi.json, with the problem types")
                .access(Access.PUBLIC)
                .ok(200, "text/html");
        jwks.ifPresent(keys -> routes.get(
                        "/.well-known/jwks.json",
                        ctx -> ctx.contentType("application/json").result(keys))
                .summary("The development issuer's public keys (dev only)")
                .access(Access.PUBLIC)
                .ok(200, "application/json"));
    }

    private void health(final Context ctx) {
        ctx.contentType("text/plain").result("ok\n");
    }

    private void ready(final Context ctx) throws Exception {
        final Map<String, String> failing = new LinkedHashMap<>();
        for (final ReadinessCheck check : checks) {
            check.problem().ifPresent(problem -> failing.put(check.name(), problem));
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("ready", failing.isEmpty());
        body.put("failing", failing);
        if (!failing.isEmpty()) {
            ctx.status(ProblemType.UNAVAILABLE.status()).header("Retry-After", "1");
        }
        ctx.contentType("application/json").result(Json.mapper().writeValueAsBytes(body));
    }

    private void metrics(final Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }
}
