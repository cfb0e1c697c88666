package io.hirehub.launcher.edge;

import io.hirehub.edge.EdgeServer;
import io.hirehub.edge.EdgeSettings;
import io.hirehub.edge.auth.AuthSettings;
import io.hirehub.edge.auth.LocalIssuer;
import io.hirehub.edge.auth.TokenVerifier;
import io.hirehub.edge.db.ServiceDatabases;
import io.hirehub.edge.query.QuerySettings;
import io.hirehub.edge.resumes.S3ResumeFiles;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.runtime.endpoints.S3Clients;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.stack.DatabaseSetup;
import io.hirehub.stack.PortClaim;
import io.hirehub.stack.StackComponent;
import io.hirehub.stack.StackContext;
import io.hirehub.stack.config.ConfigKeys;
import io.hirehub.stack.config.EdgeConfig;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.topologies.apply.query.ApplicationQueries;
import io.hirehub.topologies.match.query.MatchQueries;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The HTTP edge as a part of the stack ({@code edge}): starts once the migrations, the bucket and the
 * registry are there, publishes its URL as {@code edge} in {@code endpoints.json}. Without
 * {@code edge.auth.issuer} it runs the local development issuer (key in {@code DIR/edge/}), whose
 * tokens {@code hirehub token --user ID} prints.
 */
public final class EdgeStackComponent implements StackComponent {

    private final HirehubSettings settings;
    private final int port;
    private ServiceDatabases databases;
    private HttpSchemaRegistryClient registry;
    private S3Client s3;
    private S3Presigner presigner;
    private EdgeServer server;

    private final Supplier<Optional<MatchQueries>> matches;
    private final Supplier<List<KafkaStreams>> streamsApps;

    private final Supplier<Optional<ApplicationQueries>> applications;

    /**
     * @param port         the port to listen on, resolved ({@code Ports.resolve}: 0 picked before start)
     * @param matches      matching's query port in this process, once it runs (empty when matching is off)
     * @param applications the applications topology's query port in this process, once it runs
     * @param streamsApps  the Kafka Streams applications running in this process, their metrics joining
     *                     the edge's {@code /metrics}
     */
    public EdgeStackComponent(
            final HirehubSettings settings,
            final int port,
            final Supplier<Optional<MatchQueries>> matches,
            final Supplier<Optional<ApplicationQueries>> applications,
            final Supplier<List<KafkaStreams>> streamsApps) {
        this.settings = settings;
        this.matches = matches;
        this.applications = applications;
        this.streamsApps = streamsApps;
        this.port = port;
    }

    @Override
    public String name() {
        return "edge";
    }

    @Override
    public List<String> after() {
        // After the Kafka Streams applications: their stores answer from the first request on, and
        // their metrics join /metrics.
        return List.of("migrations", "s3-bucket", "registry", "resume-pipeline", "matching", "applications");
    }

    @Override
    public boolean infrastructure() {
        return false;
    }

    @Override
    public List<PortClaim> portClaims() {
        return List.of(new PortClaim(port, ConfigKeys.EDGE_PORT));
    }

    @Override
    public void start(final StackContext context) {
        final EdgeConfig edge = settings.edge();
        final Endpoints.S3 objectStore = context.s3();
        final String registryUrl =
                context.registry().orElseThrow(() -> new IllegalStateException("the edge needs the schema registry"));
        databases = ServiceDatabases.open(
                DatabaseSetup.migrationSettings(context.jdbc(), settings.postgres()), 8, "hirehub-edge");
        registry = HttpSchemaRegistryClient.of(registryUrl);
        s3 = S3Clients.create(objectStore);
        presigner = S3Clients.presigner(objectStore);
        final Optional<LocalIssuer> local =
                edge.localIssuer() ? Optional.of(DevIssuer.loadOrCreate(settings.dataDir())) : Optional.empty();
        final TokenVerifier verifier =
                local.map(DevIssuer::verifier).orElseGet(() -> TokenVerifier.remote(authSettings(edge)));
        final EdgeSettings edgeSettings = new EdgeSettings(
                settings.host(),
                port,
                edge.idempotencyTtl(),
                edge.downloadTtl(),
                java.time.Duration.ofSeconds(30),
                java.time.Duration.ofSeconds(10));
        server = EdgeServer.start(
                edgeSettings,
                new EdgeServer.Resources(
                        databases,
                        registry,
                        s3,
                        objectStore.bucket(),
                        new S3ResumeFiles(presigner),
                        verifier,
                        local.map(LocalIssuer::jwksJson),
                        matches,
                        QuerySettings.defaults(),
                        applications));
        streamsApps.get().forEach(streams -> server.bindMetrics(new KafkaStreamsMetrics(streams)));
        context.publishEdge(server.url());
    }

    private static AuthSettings authSettings(final EdgeConfig edge) {
        return new AuthSettings(
                edge.issuer().orElseThrow(),
                edge.jwks(),
                edge.audience(),
                edge.tokenUse(),
                java.time.Duration.ofSeconds(60),
                java.time.Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        // The server first (it finishes requests in flight), then what its routes use.
        if (server != null) {
            server.close();
            server = null;
        }
        if (presigner != null) {
            presigner.close();
        }
        if (s3 != null) {
            s3.close();
        }
        if (databases != null) {
            databases.close();
        }
    }
}
