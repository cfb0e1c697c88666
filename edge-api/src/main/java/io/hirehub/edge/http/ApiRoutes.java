package io.hirehub.edge.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Collects the edge's route declarations ({@link RouteSpec}) from the feature packages, then
 * installs them on Javalin in one go; the same list feeds the OpenAPI document.
 */
public final class ApiRoutes {

    private final List<RouteSpec> routes = new ArrayList<>();
    private String tag = "default";

    /** The tag (feature) the next routes belong to in the OpenAPI document. */
    public ApiRoutes tag(final String name) {
        this.tag = name;
        return this;
    }

    public RouteSpec get(final String path, final Handler handler) {
        return add(HandlerType.GET, path, handler);
    }

    public RouteSpec post(final String path, final Handler handler) {
        return add(HandlerType.POST, path, handler);
    }

    public RouteSpec patch(final String path, final Handler handler) {
        return add(HandlerType.PATCH, path, handler);
    }

    public RouteSpec put(final String path, final Handler handler) {
        return add(HandlerType.PUT, path, handler);
    }

    public RouteSpec delete(final String path, final Handler handler) {
        return add(HandlerType.DELETE, path, handler);
    }

    private RouteSpec add(final HandlerType method, final String path, final Handler handler) {
        final RouteSpec spec = new RouteSpec(method, path, tag, handler);
        routes.add(spec);
        return spec;
    }

    /** Every declared route, in declaration order. */
    public List<RouteSpec> all() {
        return List.copyOf(routes);
    }

    /** Registers every route on Javalin, each with its spec as endpoint metadata. */
    public void install(final RoutesConfig config) {
        for (final RouteSpec spec : routes) {
            config.addEndpoint(new Endpoint(spec.method(), spec.path(), spec.handler(), Set.of(spec)));
        }
    }
}
