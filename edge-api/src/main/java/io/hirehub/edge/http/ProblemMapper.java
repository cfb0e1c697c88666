package io.hirehub.edge.http;

import io.hirehub.edge.auth.InvalidTokenException;
import io.hirehub.edge.write.ConflictException;
import io.hirehub.edge.write.FileTooLargeException;
import io.hirehub.edge.write.InvalidFieldException;
import io.hirehub.edge.write.NotFoundException;
import io.hirehub.edge.write.StoreException;
import io.hirehub.edge.write.UnsupportedFileException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place errors become responses: every exception a handler throws, and Javalin's own 404,
 * 405 and 413, are answered as {@code application/problem+json} (RFC 9457). Unexpected errors are
 * logged with an id the response repeats, and their text never reaches the client.
 */
public final class ProblemMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private ProblemMapper() {}

    public static void install(final RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            e.retryAfter().ifPresent(after -> ctx.header("Retry-After", Long.toString(Math.max(1, after.toSeconds()))));
            write(ctx, Problem.of(e, ctx.path()));
        });
        routes.exception(InvalidTokenException.class, (e, ctx) -> {
            ctx.header(
                    "WWW-Authenticate",
                    "Bearer error=\"invalid_token\", error_description=\"" + quoted(e.getMessage()) + "\"");
            write(ctx, Problem.of(ProblemType.UNAUTHENTICATED, e.getMessage(), ctx.path()));
        });
        routes.exception(
                InvalidFieldException.class, (e, ctx) -> write(ctx, Problem.of(Validation.invalid(e), ctx.path())));
        routes.exception(
                NotFoundException.class,
                (e, ctx) -> write(ctx, Problem.of(ProblemType.NOT_FOUND, e.getMessage(), ctx.path())));
        routes.exception(
                ConflictException.class,
                (e, ctx) -> write(ctx, Problem.of(ProblemType.CONFLICT, e.getMessage(), ctx.path())));
        routes.exception(
                FileTooLargeException.class,
                (e, ctx) -> write(ctx, Problem.of(ProblemType.TOO_LARGE, e.getMessage(), ctx.path())));
        routes.exception(
                UnsupportedFileException.class,
                (e, ctx) -> write(ctx, Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), ctx.path())));
        routes.exception(StoreException.class, (e, ctx) -> {
            final String id = UUID.randomUUID().toString();
            LOG.warn("{} {} failed on a store (error id {}): {}", ctx.method(), ctx.path(), id, e.getMessage());
            ctx.header("Retry-After", "1");
            write(
                    ctx,
                    Problem.of(
                            ProblemType.UNAVAILABLE,
                            "a backing store did not answer; retry (error id " + id + ")",
                            ctx.path()));
        });
        routes.exception(
                HttpResponseException.class,
                (e, ctx) -> write(ctx, javalin(e.getStatus(), e.getMessage(), ctx.path())));
        routes.exception(Exception.class, (e, ctx) -> {
            final String id = UUID.randomUUID().toString();
            LOG.error("{} {} failed (error id {})", ctx.method(), ctx.path(), id, e);
            write(ctx, Problem.of(ProblemType.INTERNAL, "internal error (error id " + id + ")", ctx.path()));
        });
        routes.error(HttpStatus.NOT_FOUND, ctx -> {
            if (!isProblem(ctx)) {
                write(
                        ctx,
                        Problem.of(ProblemType.NOT_FOUND, "no route " + ctx.method() + " " + ctx.path(), ctx.path()));
            }
        });
        routes.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> {
            if (!isProblem(ctx)) {
                write(
                        ctx,
                        Problem.of(
                                ProblemType.METHOD_NOT_ALLOWED,
                                ctx.method() + " is not allowed on " + ctx.path(),
                                ctx.path()));
            }
        });
        routes.error(HttpStatus.CONTENT_TOO_LARGE, ctx -> {
            if (!isProblem(ctx)) {
                write(
                        ctx,
                        Problem.of(
                                ProblemType.TOO_LARGE,
                                "the request body is larger than this route accepts",
                                ctx.path()));
            }
        });
    }

    private static Problem javalin(final int status, final String message, final String path) {
        final ProblemType type = switch (status) {
            case 400 -> ProblemType.MALFORMED;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 409 -> ProblemType.CONFLICT;
            case 413 -> ProblemType.TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemType.UNAVAILABLE;
            default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.MALFORMED;
        };
        return new Problem(type.uri(), type.title(), status, message, path, List.of());
    }

    /** Writes the problem with its status; used by filters that answer before a handler runs. */
    public static void write(final Context ctx, final Problem problem) {
        ctx.status(problem.status());
        ctx.contentType(Problem.MEDIA_TYPE);
        try {
            ctx.result(Json.mapper().writeValueAsBytes(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.result("{\"title\":\"Internal error\",\"status\":" + problem.status() + "}");
        }
    }

    private static boolean isProblem(final Context ctx) {
        final String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.MEDIA_TYPE);
    }

    private static String quoted(final String text) {
        return text == null ? "" : text.replace("\\", "\\\\").replace("\"", "'");
    }
}
