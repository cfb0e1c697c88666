package io.hirehub.edge.resumes;

import io.hirehub.avro.entity.UserType;
import io.hirehub.edge.auth.Account;
import io.hirehub.edge.auth.Caller;
import io.hirehub.edge.auth.Policy;
import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.ApiRoutes;
import io.hirehub.edge.http.Params;
import io.hirehub.edge.http.ProblemType;
import io.hirehub.edge.http.Requests;
import io.hirehub.edge.http.RouteGroup;
import io.hirehub.edge.http.Validation;
import io.hirehub.edge.idempotency.IdempotencyKey;
import io.hirehub.edge.idempotency.WriteRunner;
import io.hirehub.edge.write.NewResume;
import io.hirehub.edge.write.ResumeWriter;
import io.hirehub.schemas.migration.HirehubService;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /v1/resumes}: a jobseeker's resumes. An upload puts the original under
 * {@code original/{user_id}/{resume_id}/{filename}}, then writes the row (status processing) and
 * {@code resume.uploaded} in one transaction; the pipeline takes it from there. Originals are only
 * ever handed out as short-lived presigned links, to their owner.
 */
public final class ResumeRoutes implements RouteGroup {

    private final WriteRunner writes;
    private final ResumeWriter writer;
    private final ResumeRows rows;
    private final ResumeFiles files;
    private final Duration linkTtl;
    private final ResumeGrants grants;

    /**
     * Who besides a resume's owner may download it: the members of a company the resume was sent to
     * with an application ({@code edge.applications}).
     */
    @FunctionalInterface
    public interface ResumeGrants {
        boolean mayDownload(io.hirehub.edge.auth.Account account, UUID resumeId);
    }

    public ResumeRoutes(
            final WriteRunner writes,
            final ResumeWriter writer,
            final ResumeRows rows,
            final ResumeFiles files,
            final Duration linkTtl) {
        this(writes, writer, rows, files, linkTtl, (account, resume) -> false);
    }

    public ResumeRoutes(
            final WriteRunner writes,
            final ResumeWriter writer,
            final ResumeRows rows,
            final ResumeFiles files,
            final Duration linkTtl,
            final ResumeGrants grants) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.writes = Objects.requireNonNull(writes, "writes");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.rows = Objects.requireNonNull(rows, "rows");
        this.files = Objects.requireNonNull(files, "files");
        this.linkTtl = Objects.requireNonNull(linkTtl, "linkTtl");
    }

    @Override
    public void register(final ApiRoutes routes) {
        routes.tag("resumes");
        routes.post("/v1/resumes", this::upload)
                .summary("Upload a resume (multipart: file, title, is_primary); analysis starts at once")
                .description("The file must be a PDF, a Word .docx or UTF-8 text, by content and by name, at most "
                        + NewResume.MAX_BYTES + " bytes (413 above, 415 for another type).")
                .multipart(UploadForm.class)
                .idempotent()
                .ok(201, ResumeView.class);
        routes.get("/v1/resumes", this::list)
                .summary("The caller's resumes (admins: any user's with user_id), newest first")
                .query("user_id", "uuid", "whose resumes (admins only; defaults to the caller)")
                .ok(200, ResumeView[].class);
        routes.get("/v1/resumes/{id}", this::get)
                .summary("A resume and its analysis state (its owner or an admin)")
                .pathParam("id", "resumes.id")
                .ok(200, ResumeView.class);
        routes.get("/v1/resumes/{id}/download", this::download)
                .summary(
                        "A short-lived presigned link to the original file (its owner, members of a company it applied to,"
                                + " admins)")
                .pathParam("id", "resumes.id")
                .ok(200, DownloadLink.class);
    }

    private void upload(final Context ctx) {
        final Caller caller = Requests.caller(ctx);
        final Account account = Policy.ofType(caller, UserType.JOBSEEKER, "upload resumes");
        final String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ApiException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "send the resume as multipart/form-data with a 'file' part, was " + (type == null ? "none" : type));
        }
        if (ctx.contentLength() > NewResume.MAX_BYTES + 64 * 1024) {
            throw new ApiException(
                    ProblemType.TOO_LARGE, "file: a resume is at most " + NewResume.MAX_BYTES + " bytes");
        }
        final Validation v = new Validation();
        final Optional<UUID> forUser = v.check(() -> Params.optionalUuid("user_id", ctx.formParam("user_id")));
        final UUID userId = forUser == null || forUser.isEmpty() ? account.userId() : forUser.get();
        final Boolean primary = v.check(() -> bool("is_primary", ctx.formParam("is_primary")));
        final UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            v.add("file", "is required (a multipart part named 'file')");
        }
        v.done();
        Policy.self(caller, userId, "upload its resumes");
        final byte[] content = read(file);
        final String title = ctx.formParam("title");
        final NewResume resume;
        try {
            resume = new NewResume(null, userId, title, file.filename(), content, Boolean.TRUE.equals(primary))
                    .validated();
        } catch (io.hirehub.edge.write.InvalidFieldException e) {
            // The file name is the seed's original_file_name; over HTTP it comes with the form part 'file'.
            throw e.renamed(field -> field.equals("original_file_name") ? "file" : field);
        }
        final Optional<IdempotencyKey> key = Requests.idempotencyKey(ctx, fingerprint(resume, title, primary));
        final Optional<io.hirehub.edge.idempotency.StoredAnswer> earlier = writes.replay(HirehubService.RESUME, key);
        if (earlier.isPresent()) {
            Requests.send(ctx, new WriteRunner.Outcome(earlier.get(), true));
            return;
        }
        final NewResume stored = writer.storeFile(resume);
        final WriteRunner.Outcome outcome;
        try {
            outcome = writes.run(HirehubService.RESUME, key, "recording a resume upload", (c, p) -> {
                writer.record(c, stored);
                return WriteRunner.Reply.created(rows.find(c, stored.id()).orElseThrow(), "/v1/resumes/" + stored.id());
            });
        } catch (RuntimeException e) {
            writer.discard(stored, e);
            throw e;
        }
        if (outcome.replayed()) {
            writer.discard(stored, new IllegalStateException("a request with the same key won"));
        }
        Requests.send(ctx, outcome);
    }

    private void list(final Context ctx) {
        final Caller caller = Requests.caller(ctx);
        final Account account = Policy.account(caller);
        final UUID userId = Params.queryId(ctx, "user_id").orElse(account.userId());
        Policy.self(caller, userId, "list its resumes");
        Requests.json(
                ctx,
                rows.idsOf(userId).stream()
                        .map(rows::find)
                        .flatMap(Optional::stream)
                        .toList());
    }

    private void get(final Context ctx) {
        final UUID id = Params.pathId(ctx, "id");
        owned(ctx, id, "read a resume");
        Requests.json(ctx, rows.find(id).orElseThrow(() -> notFound(id)));
    }

    private void download(final Context ctx) {
        final UUID id = Params.pathId(ctx, "id");
        final ResumeRows.Original original = rows.original(id).orElseThrow(() -> notFound(id));
        final io.hirehub.edge.auth.Account account = Policy.account(Requests.caller(ctx));
        if (!original.userId().equals(account.userId()) && !account.isAdmin() && !grants.mayDownload(account, id)) {
            throw Policy.forbidden(
                    "only the resume's owner and the members of a company it applied to may download a resume");
        }
        final Instant expires = Instant.now().plus(linkTtl);
        ctx.header("Cache-Control", "no-store");
        Requests.json(
                ctx,
                new DownloadLink(
                        files.presignedGet(original.fileUrl(), original.fileName(), linkTtl)
                                .toString(),
                        expires,
                        original.fileName()));
    }

    private void owned(final Context ctx, final UUID id, final String what) {
        final UUID owner = rows.ownerOf(id).orElseThrow(() -> notFound(id));
        Policy.self(Requests.caller(ctx), owner, what);
    }

    private static Boolean bool(final String field, final String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new io.hirehub.edge.write.InvalidFieldException(field, "must be true or false");
        };
    }

    private static byte[] read(final UploadedFile file) {
        if (file.size() > NewResume.MAX_BYTES) {
            throw new ApiException(
                    ProblemType.TOO_LARGE,
                    "file: is larger than " + NewResume.MAX_BYTES + " bytes (" + file.size() + ")");
        }
        try (InputStream in = file.content()) {
            final ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, file.size()));
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    /** What a retry must repeat to count as the same upload: the file, its name and the form fields. */
    private static byte[] fingerprint(final NewResume resume, final String title, final Boolean primary) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(resume.content().length + 256);
        out.writeBytes((resume.userId() + "\n" + resume.fileName() + "\n" + title + "\n" + primary + "\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(resume.content());
        return out.toByteArray();
    }

    private static ApiException notFound(final UUID id) {
        return new ApiException(ProblemType.NOT_FOUND, "no resume " + id);
    }
}
