package io.hirehub.edge.http;

import io.hirehub.edge.auth.Authenticator;
import io.hirehub.edge.auth.Caller;
import io.hirehub.edge.auth.Policy;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import java.util.Objects;

/**
 * Runs before every matched route: reads the route's {@link Access} from its {@link RouteSpec} and,
 * unless the route is public, verifies the bearer token and puts the {@link Caller} on the request.
 * A route without a spec is refused, so a route added outside {@link ApiRoutes} cannot skip it.
 */
public final class AuthFilter implements Handler {

    private final Authenticator authenticator;

    public AuthFilter(final Authenticator authenticator) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    }

    @Override
    public void handle(final Context ctx) {
        final Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        final RouteSpec spec = endpoint == null ? null : endpoint.metadata(RouteSpec.class);
        if (spec == null) {
            throw new IllegalStateException("route " + ctx.path() + " was not declared through ApiRoutes");
        }
        if (spec.access() == Access.PUBLIC) {
            return;
        }
        final Caller caller = authenticator.authenticate(ctx.header("Authorization"));
        if (spec.access() == Access.USER) {
            Policy.account(caller);
        }
        Requests.caller(ctx, caller);
    }
}
