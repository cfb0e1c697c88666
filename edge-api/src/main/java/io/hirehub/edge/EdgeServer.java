package io.hirehub.edge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hirehub.edge.applications.ApplicationRoutes;
import io.hirehub.edge.applications.ApplicationRows;
import io.hirehub.edge.applications.ApplicationWriter;
import io.hirehub.edge.applications.JobViewWriter;
import io.hirehub.edge.auth.Accounts;
import io.hirehub.edge.auth.Authenticator;
import io.hirehub.edge.auth.TokenVerifier;
import io.hirehub.edge.companies.CompanyRoutes;
import io.hirehub.edge.companies.CompanyRows;
import io.hirehub.edge.db.ServiceDatabases;
import io.hirehub.edge.http.RouteGroup;
import io.hirehub.edge.idempotency.WriteRunner;
import io.hirehub.edge.jobs.CompanyJobRows;
import io.hirehub.edge.jobs.JobRoutes;
import io.hirehub.edge.jobs.JobRows;
import io.hirehub.edge.jobseekers.ProfileRoutes;
import io.hirehub.edge.jobseekers.ProfileRows;
import io.hirehub.edge.matches.CompanyMatchGather;
import io.hirehub.edge.matches.CompanyMatchRoutes;
import io.hirehub.edge.matches.FeedbackRoutes;
import io.hirehub.edge.matches.MatchAccess;
import io.hirehub.edge.matches.MatchReadRoutes;
import io.hirehub.edge.notifications.NotificationRoutes;
import io.hirehub.edge.notifications.NotificationRows;
import io.hirehub.edge.openapi.OpenApiDocument;
import io.hirehub.edge.ops.DatabaseCheck;
import io.hirehub.edge.ops.OpsRoutes;
import io.hirehub.edge.query.KeyRouter;
import io.hirehub.edge.query.PeerClient;
import io.hirehub.edge.query.QueryRoutingCheck;
import io.hirehub.edge.query.QuerySettings;
import io.hirehub.edge.resumes.ResumeFiles;
import io.hirehub.edge.resumes.ResumeRoutes;
import io.hirehub.edge.resumes.ResumeRows;
import io.hirehub.edge.users.UserRoutes;
import io.hirehub.edge.users.UserRows;
import io.hirehub.edge.write.CompanyWriter;
import io.hirehub.edge.write.FeedbackWriter;
import io.hirehub.edge.write.JobUpdater;
import io.hirehub.edge.write.JobWriter;
import io.hirehub.edge.write.JobseekerWriter;
import io.hirehub.edge.write.ResumeWriter;
import io.hirehub.edge.write.UserWriter;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.outbox.Outbox;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.topologies.apply.query.ApplicationQueries;
import io.hirehub.topologies.match.query.MatchQueries;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The edge wired to its backing services: writers and row readers on the service databases, the
 * outbox encoding through the schema registry, resume files on S3, token verification, metrics, and
 * the {@link EdgeApp} serving the feature packages' routes. Closing it stops the server first, then
 * the garbage-collector meters; the pools, S3 clients and registry client belong to the caller.
 */
public final class EdgeServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EdgeServer.class);

    /**
     * What the edge needs from outside.
     *
     * @param databases the services' pools and schemas
     * @param registry  encodes outbox events
     * @param s3        where resume originals go
     * @param bucket    the resume bucket
     * @param files     presigned download links
     * @param verifier  bearer token verification
     * @param jwks      the local issuer's public keys to serve (dev), empty against a real issuer
     * @param matches   matching's query port on this instance, empty while matching does not run here
     * @param queries   how store reads are routed (standby lag, Retry-After, forwarding timeout)
     * @param applications the applications topology's query port on this instance, empty while it does not run here
     */
    public record Resources(
            ServiceDatabases databases,
            SchemaRegistryClient registry,
            S3Client s3,
            String bucket,
            ResumeFiles files,
            TokenVerifier verifier,
            Optional<String> jwks,
            Supplier<Optional<MatchQueries>> matches,
            QuerySettings queries,
            Supplier<Optional<ApplicationQueries>> applications) {

        /** Without the applications topology's port (its reads answer 503). */
        public Resources(
                final ServiceDatabases databases,
                final SchemaRegistryClient registry,
                final S3Client s3,
                final String bucket,
                final ResumeFiles files,
                final TokenVerifier verifier,
                final Optional<String> jwks,
                final Supplier<Optional<MatchQueries>> matches,
                final QuerySettings queries) {
            this(databases, registry, s3, bucket, files, verifier, jwks, matches, queries, Optional::empty);
        }

        public Resources {
            Objects.requireNonNull(applications, "applications");
            Objects.requireNonNull(databases, "databases");
            Objects.requireNonNull(registry, "registry");
            Objects.requireNonNull(s3, "s3");
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(files, "files");
            Objects.requireNonNull(verifier, "verifier");
            Objects.requireNonNull(jwks, "jwks");
            Objects.requireNonNull(matches, "matches");
            Objects.requireNonNull(queries, "queries");
        }
    }

    private final EdgeApp app;
    private final JvmGcMetrics gc;
    private final MeterRegistry meters;
    private final List<AutoCloseable> binders = new java.util.concurrent.CopyOnWriteArrayList<>();

    private EdgeServer(final EdgeApp app, final JvmGcMetrics gc, final MeterRegistry meters) {
        this.app = app;
        this.gc = gc;
        this.meters = meters;
    }

    /**
     * Adds {@code binder}'s meters to {@code /metrics} (the Kafka Streams applications of this process:
     * process rates, commit latency, consumer lag); closed with the server when it is {@link AutoCloseable}.
     */
    public void bindMetrics(final MeterBinder binder) {
        binder.bindTo(meters);
        if (binder instanceof AutoCloseable closeable) {
            binders.add(closeable);
        }
    }

    /** Builds and starts the edge. */
    public static EdgeServer start(final EdgeSettings settings, final Resources r) {
        final ServiceDatabases db = r.databases();
        final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        final JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(meters);
        db.pools().values().forEach(pool -> {
            if (pool instanceof com.zaxxer.hikari.HikariDataSource hikari) {
                hikari.setMetricRegistry(meters);
            }
        });

        final Outbox outbox = new Outbox(r.registry());
        final WriteRunner writes = new WriteRunner(db, settings.idempotencyTtl());
        final Accounts accounts =
                new Accounts(db.dataSource(HirehubService.USER), db.schema(HirehubService.USER), settings.accountTtl());
        final Authenticator authenticator = new Authenticator(r.verifier(), accounts);

        final String users = db.schema(HirehubService.USER);
        final String jobs = db.schema(HirehubService.JOB);
        final String resumes = db.schema(HirehubService.RESUME);
        final CompanyRows companyRows = new CompanyRows(db.dataSource(HirehubService.USER), users);
        final JobRows jobRows = new JobRows(db.dataSource(HirehubService.JOB), jobs);
        final ResumeRows resumeRows = new ResumeRows(
                db.dataSource(HirehubService.RESUME),
                resumes,
                db.dataSource(HirehubService.AI),
                db.schema(HirehubService.AI));

        final ApplicationRows applicationRows =
                new ApplicationRows(db.dataSource(HirehubService.APPLY), db.schema(HirehubService.APPLY));
        final AtomicReference<ObjectNode> openApi = new AtomicReference<>();
        final List<RouteGroup> features = new ArrayList<>();
        features.add(new UserRoutes(
                writes, new UserWriter(users), new UserRows(db.dataSource(HirehubService.USER), users), accounts));
        features.add(new ProfileRoutes(
                writes,
                new JobseekerWriter(db.dataSource(HirehubService.USER), users),
                new ProfileRows(db.dataSource(HirehubService.USER), users)));
        features.add(new CompanyRoutes(
                writes, new CompanyWriter(db.dataSource(HirehubService.USER), users), companyRows, accounts));
        features.add(new JobRoutes(
                writes,
                new JobWriter(db.dataSource(HirehubService.JOB), jobs, outbox),
                new JobUpdater(db.dataSource(HirehubService.JOB), jobs, outbox),
                jobRows,
                id -> companyRows.find(id).isPresent()));
        features.add(new ResumeRoutes(
                writes,
                new ResumeWriter(
                        db.dataSource(HirehubService.RESUME), resumes, outbox, r.s3(), r.bucket(), Runnable::run),
                resumeRows,
                r.files(),
                settings.downloadLinkTtl(),
                (account, resume) -> applicationRows.jobsAppliedWith(resume).stream()
                        .map(jobRows::companyOf)
                        .anyMatch(company -> company.isPresent() && account.memberOf(company.get()))));
        final MatchAccess matchAccess = new MatchAccess(jobRows, resumeRows);
        features.add(new FeedbackRoutes(writes, new FeedbackWriter(db.schema(HirehubService.MATCH)), matchAccess));
        features.add(new MatchReadRoutes(r.matches(), new KeyRouter(r.matches(), r.queries()), matchAccess));
        features.add(new CompanyMatchRoutes(
                new CompanyJobRows(
                        db.dataSource(HirehubService.JOB),
                        jobs,
                        id -> companyRows.find(id).isPresent()),
                new CompanyMatchGather(
                        r.matches(), CompanyMatchGather.Peers.over(new PeerClient(r.queries())), r.queries())));
        features.add(new NotificationRoutes(new NotificationRows(
                db.dataSource(HirehubService.NOTIFICATION), db.schema(HirehubService.NOTIFICATION))));
        features.add(new ApplicationRoutes(
                writes,
                new ApplicationWriter(db.schema(HirehubService.APPLY), outbox),
                new JobViewWriter(jobs, outbox),
                applicationRows,
                jobRows,
                resumeRows,
                r.matches(),
                r.applications(),
                new KeyRouter(
                        "applications", () -> r.applications().get().map(ApplicationRoutes::locator), r.queries())));
        features.add(new OpsRoutes(
                List.of(new DatabaseCheck(db), new QueryRoutingCheck(r.matches())), meters, openApi::get, r.jwks()));

        final EdgeApp app = new EdgeApp(settings, authenticator, features, meters);
        openApi.set(OpenApiDocument.of(
                app.routes(),
                EdgeServer.class.getPackage().getImplementationVersion() == null
                        ? "dev"
                        : EdgeServer.class.getPackage().getImplementationVersion()));
        try {
            app.start();
        } catch (RuntimeException e) {
            gc.close();
            throw e;
        }
        return new EdgeServer(app, gc, meters);
    }

    public String url() {
        return app.url();
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            gc.close();
            for (final AutoCloseable binder : binders) {
                try {
                    binder.close();
                } catch (Exception e) {
                    LOG.debug("closing a metrics binder failed: {}", e.toString());
                }
            }
        }
    }
}
