package io.hirehub.launcher.data;

import io.hirehub.edge.db.ServiceDatabases;
import io.hirehub.edge.write.CompanyWriter;
import io.hirehub.edge.write.JobUpdater;
import io.hirehub.edge.write.JobWriter;
import io.hirehub.edge.write.JobseekerWriter;
import io.hirehub.edge.write.ResumeWriter;
import io.hirehub.edge.write.SkillTagWriter;
import io.hirehub.launcher.cli.CliException;
import io.hirehub.launcher.cli.ExitCodes;
import io.hirehub.launcher.cli.RunningStack;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.endpoints.S3Clients;
import io.hirehub.schemas.migration.HirehubService;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.schemas.outbox.Outbox;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.EndpointsFile;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.stack.config.PostgresSettings;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The system-of-record writers wired to a running stack: the services' connection pools (the edge's
 * {@link ServiceDatabases}, one pool per distinct service database), the S3 client, the registry
 * client and a pool for parallel uploads. Closes them all.
 */
public final class DataTargets implements AutoCloseable {

    private static final int POOL_SIZE = 6;
    private static final int UPLOAD_THREADS = 8;

    private final ServiceDatabases databases;
    private final SchemaRegistryClient registry;
    private final S3Client s3;
    private final ExecutorService uploads;
    private final CompanyWriter companies;
    private final JobseekerWriter jobseekers;
    private final SkillTagWriter skillTags;
    private final JobWriter jobs;
    private final JobUpdater jobUpdater;
    private final ResumeWriter resumes;
    private final LoadedIds loadedUsers;
    private final LoadedIds loadedJobs;
    private final LoadedIds loadedResumes;
    private final ApplicationLoader applications;
    private final LoadedIds loadedApplications;

    private DataTargets(final MigrationSettings database, final Endpoints.S3 objectStore, final String registryUrl) {
        this.databases = ServiceDatabases.open(database, POOL_SIZE, "hirehub-data");
        this.registry = HttpSchemaRegistryClient.of(registryUrl);
        this.s3 = S3Clients.create(objectStore);
        final AtomicInteger threads = new AtomicInteger();
        this.uploads = Executors.newFixedThreadPool(UPLOAD_THREADS, runnable -> {
            final Thread thread = new Thread(runnable, "hirehub-upload-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        final Outbox outbox = new Outbox(registry);
        this.companies =
                new CompanyWriter(databases.dataSource(HirehubService.USER), databases.schema(HirehubService.USER));
        this.jobseekers =
                new JobseekerWriter(databases.dataSource(HirehubService.USER), databases.schema(HirehubService.USER));
        this.skillTags =
                new SkillTagWriter(databases.dataSource(HirehubService.JOB), databases.schema(HirehubService.JOB));
        this.jobs =
                new JobWriter(databases.dataSource(HirehubService.JOB), databases.schema(HirehubService.JOB), outbox);
        this.jobUpdater =
                new JobUpdater(databases.dataSource(HirehubService.JOB), databases.schema(HirehubService.JOB), outbox);
        this.resumes = new ResumeWriter(
                databases.dataSource(HirehubService.RESUME),
                databases.schema(HirehubService.RESUME),
                outbox,
                s3,
                objectStore.bucket(),
                uploads);
        this.loadedUsers =
                new LoadedIds(databases.dataSource(HirehubService.USER), databases.schema(HirehubService.USER));
        this.loadedJobs = new LoadedIds(databases.dataSource(HirehubService.JOB), databases.schema(HirehubService.JOB));
        this.loadedResumes =
                new LoadedIds(databases.dataSource(HirehubService.RESUME), databases.schema(HirehubService.RESUME));
        this.applications = new ApplicationLoader(
                new io.hirehub.edge.write.Transactions(databases.dataSource(HirehubService.APPLY)),
                new io.hirehub.edge.applications.ApplicationWriter(databases.schema(HirehubService.APPLY), outbox));
        this.loadedApplications =
                new LoadedIds(databases.dataSource(HirehubService.APPLY), databases.schema(HirehubService.APPLY));
    }

    /** Writers for explicit endpoints (the dev stack itself, tests). */
    public static DataTargets open(final Endpoints endpoints, final PostgresSettings postgres) {
        return open(endpoints, DatabaseSetup.migrationSettings(endpoints.jdbc(), postgres));
    }

    /** Writers for explicit endpoints and service databases/schemas. */
    public static DataTargets open(final Endpoints endpoints, final MigrationSettings database) {
        if (endpoints.registry() == null) {
            throw new CliException(ExitCodes.NO_STACK, "the stack has no schema registry; pass --registry-url");
        }
        return new DataTargets(database, endpoints.s3(), endpoints.registry());
    }

    /** Writers for the stack the settings point at: explicit endpoints first, else the running dev stack's file. */
    public static DataTargets open(final HirehubSettings settings, final Optional<String> env) {
        final RunningStack stack = new RunningStack(settings);
        final Endpoints.Jdbc jdbc = stack.jdbc();
        final String registryUrl = stack.registry();
        final Endpoints.S3 s3 = settings.s3()
                .endpoint()
                .map(uri -> new Endpoints.S3(
                        uri.toString(),
                        settings.s3().region(),
                        settings.s3().accessKey(),
                        settings.s3().secretKey(),
                        settings.s3().bucket()))
                .orElseGet(() -> EndpointsFile.read(settings.dataDir())
                        .map(Endpoints::s3)
                        .orElseThrow(() -> new CliException(
                                ExitCodes.NO_STACK,
                                "no running dev stack found in " + settings.dataDir()
                                        + "; start one or pass --s3-endpoint")));
        return new DataTargets(
                DatabaseSetup.migrationSettings(jdbc, settings.postgres()), forEnv(s3, env), registryUrl);
    }

    /** {@code --env E} sends the files to {@code hirehub-resumes-E} instead of the stack's bucket. */
    private static Endpoints.S3 forEnv(final Endpoints.S3 s3, final Optional<String> env) {
        if (env.isEmpty()) {
            return s3;
        }
        if (!env.get().matches("[a-z0-9][a-z0-9-]{0,40}")) {
            throw new CliException(
                    ExitCodes.USAGE, "--env: lower-case letters, digits and '-', was '" + env.get() + "'");
        }
        return new Endpoints.S3(
                s3.endpoint(), s3.region(), s3.accessKey(), s3.secretKey(), "hirehub-resumes-" + env.get());
    }

    public CompanyWriter companies() {
        return companies;
    }

    public JobseekerWriter jobseekers() {
        return jobseekers;
    }

    public SkillTagWriter skillTags() {
        return skillTags;
    }

    public JobWriter jobs() {
        return jobs;
    }

    public JobUpdater jobUpdater() {
        return jobUpdater;
    }

    public ResumeWriter resumes() {
        return resumes;
    }

    LoadedIds loadedUsers() {
        return loadedUsers;
    }

    LoadedIds loadedJobs() {
        return loadedJobs;
    }

    LoadedIds loadedResumes() {
        return loadedResumes;
    }

    ApplicationLoader applications() {
        return applications;
    }

    LoadedIds loadedApplications() {
        return loadedApplications;
    }

    @Override
    public void close() {
        uploads.shutdownNow();
        databases.close();
        s3.close();
        registry.close();
    }
}
