package io.hirehub.edge.write;

import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.schemas.outbox.Outbox;
import io.hirehub.schemas.topics.Topics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * resume-service upload: the original file to S3 first, then the {@code resumes} row (status
 * processing) and its {@code resume.uploaded} outbox row in one transaction. If the transaction
 * fails the uploaded objects are deleted again, so no event ever points at a missing file and no
 * file is left without its row.
 */
public final class ResumeWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ResumeWriter.class);

    private final Transactions transactions;
    private final String schema;
    private final Outbox outbox;
    private final S3Client s3;
    private final String bucket;
    private final Executor uploads;

    /**
     * @param dataSource resume-service database
     * @param schema     resume-service schema ({@code resume_service} by default)
     * @param outbox     encodes the events
     * @param s3         the object store client (path-style, checksums when required)
     * @param bucket     the resume bucket, {@code hirehub-resumes-{env}}
     * @param uploads    runs the puts of a batch in parallel ({@code Runnable::run} for one at a time)
     */
    public ResumeWriter(
            final DataSource dataSource,
            final String schema,
            final Outbox outbox,
            final S3Client s3,
            final String bucket,
            final Executor uploads) {
        this.transactions = new Transactions(dataSource);
        this.schema = Objects.requireNonNull(schema, "schema");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
    }

    /** Uploads one resume; returns its id. */
    public UUID upload(final NewResume resume) {
        return uploadAll(List.of(resume)).get(0);
    }

    /** Uploads the files (in parallel), then writes every row and event in one transaction; returns the ids. */
    public List<UUID> uploadAll(final List<NewResume> resumes) {
        final List<NewResume> checked = new ArrayList<>(resumes.size());
        for (int i = 0; i < resumes.size(); i++) {
            try {
                checked.add(Objects.requireNonNull(resumes.get(i), "resume").validated());
            } catch (InvalidFieldException e) {
                throw resumes.size() == 1 ? e : e.under("resumes[" + i + "]");
            }
        }
        final List<NewResume> stored = putAll(checked);
        try {
            final Instant now = Outbox.now();
            return transactions.inTransaction("recording " + checked.size() + " resume upload(s)", connection -> {
                insert(connection, checked, now);
                return checked.stream().map(NewResume::id).toList();
            });
        } catch (RuntimeException e) {
            deleteAll(stored, e);
            throw e;
        }
    }

    /**
     * The first half of an upload for a caller that owns the transaction (the HTTP edge): validates
     * and puts the file. Follow with {@link #record} inside the transaction, and {@link #discard} if
     * that transaction does not commit.
     */
    public NewResume storeFile(final NewResume resume) {
        final NewResume checked = Objects.requireNonNull(resume, "resume").validated();
        return put(checked);
    }

    /** The {@code resumes} row (status processing) and its {@code resume.uploaded} outbox row, in the caller's transaction. */
    public void record(final Connection connection, final NewResume stored) throws SQLException {
        insert(connection, List.of(stored), Outbox.now());
    }

    /** Deletes the file of an upload whose transaction did not commit. */
    public void discard(final NewResume stored, final RuntimeException cause) {
        deleteAll(List.of(stored), cause);
    }

    /** {@code s3://bucket/key}: the form of {@code original_file_url} and of the event's {@code file_url}. */
    public String fileUrl(final NewResume resume) {
        return "s3://" + bucket + "/" + resume.objectKey();
    }

    private List<NewResume> putAll(final List<NewResume> resumes) {
        final List<CompletableFuture<NewResume>> puts = new ArrayList<>();
        for (final NewResume resume : resumes) {
            puts.add(CompletableFuture.supplyAsync(() -> put(resume), uploads));
        }
        final List<NewResume> stored = new ArrayList<>();
        RuntimeException failure = null;
        for (final CompletableFuture<NewResume> put : puts) {
            try {
                stored.add(put.join());
            } catch (CompletionException e) {
                failure = failure == null ? asRuntime(e.getCause()) : failure;
            }
        }
        if (failure != null) {
            deleteAll(stored, failure);
            throw failure;
        }
        return stored;
    }

    private NewResume put(final NewResume resume) {
        try {
            s3.putObject(
                    b -> b.bucket(bucket)
                            .key(resume.objectKey())
                            .contentType(NewResume.MEDIA_TYPES.get(NewResume.fileType(resume.fileName()))),
                    RequestBody.fromBytes(resume.content()));
            return resume;
        } catch (SdkException e) {
            throw new StoreException(
                    "cannot upload resume " + resume.id() + " to s3://" + bucket + ": " + e.getMessage(), e);
        }
    }

    private void deleteAll(final List<NewResume> stored, final RuntimeException cause) {
        for (final NewResume resume : stored) {
            try {
                s3.deleteObject(b -> b.bucket(bucket).key(resume.objectKey()));
            } catch (SdkException e) {
                // Logged with the resume id only: the key holds the file name, which may carry a name.
                LOG.warn("could not delete the object of resume {} after a failed write", resume.id());
                cause.addSuppressed(e);
            }
        }
    }

    private void insert(final Connection connection, final List<NewResume> resumes, final Instant now)
            throws SQLException {
        final List<Outbox.Event<?>> events = new ArrayList<>(resumes.size());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema + ".resumes"
                + " (id, user_id, title, original_file_url, original_file_name, file_type, is_primary, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 'processing')")) {
            for (final NewResume r : resumes) {
                insert.setObject(1, r.id());
                insert.setObject(2, r.userId());
                insert.setString(3, r.title());
                insert.setString(4, fileUrl(r));
                insert.setString(5, r.fileName());
                insert.setString(6, NewResume.fileType(r.fileName()));
                insert.setBoolean(7, r.primary());
                insert.addBatch();
                final UUID eventId = UUID.randomUUID();
                final ResumeUploaded event = ResumeUploaded.newBuilder()
                        .setEventId(eventId)
                        .setOccurredAt(now)
                        .setResumeId(r.id())
                        .setUserId(r.userId())
                        .setFileUrl(fileUrl(r))
                        .build();
                events.add(new Outbox.Event<>(eventId, r.id().toString(), Topics.RESUME_UPLOADED, event, now));
            }
            insert.executeBatch();
        }
        outbox.append(connection, schema + ".resume_outbox", events);
    }

    private static RuntimeException asRuntime(final Throwable error) {
        return error instanceof RuntimeException runtime
                ? runtime
                : new StoreException("upload failed: " + error, error);
    }
}
