package io.hirehub.edge.http;

/** A feature's routes ({@code edge.jobs}, {@code edge.resumes}, …), declared on the edge's one route list. */
@FunctionalInterface
public interface RouteGroup {

    void register(ApiRoutes routes);
}
