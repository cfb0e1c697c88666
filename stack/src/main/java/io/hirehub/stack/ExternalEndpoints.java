package io.hirehub.stack;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.stack.config.HirehubSettings;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A part that runs elsewhere (a real Kafka cluster, Aurora, Amazon S3, a Confluent registry): it
 * starts nothing and only publishes the configured endpoint, so the parts after it do not care.
 */
public final class ExternalEndpoints implements StackComponent {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalEndpoints.class);

    private final String name;
    private final String shown;
    private final Consumer<StackContext> publisher;

    private ExternalEndpoints(final String name, final String shown, final Consumer<StackContext> publisher) {
        this.name = name;
        this.shown = shown;
        this.publisher = publisher;
    }

    public static ExternalEndpoints kafka(final HirehubSettings settings) {
        final String servers = settings.kafka().bootstrapServers().orElseThrow();
        return new ExternalEndpoints("kafka", servers, context -> context.publishKafka(servers));
    }

    public static ExternalEndpoints postgres(final HirehubSettings settings) {
        final String url = settings.postgres().jdbcUrl().orElseThrow();
        return new ExternalEndpoints(
                "postgres",
                url,
                context -> context.publishJdbc(new Endpoints.Jdbc(
                        url, settings.postgres().user(), settings.postgres().password())));
    }

    public static ExternalEndpoints s3(final HirehubSettings settings) {
        final String endpoint = settings.s3().endpoint().orElseThrow().toString();
        return new ExternalEndpoints(
                "s3",
                endpoint,
                context -> context.publishS3(new Endpoints.S3(
                        endpoint,
                        settings.s3().region(),
                        settings.s3().accessKey(),
                        settings.s3().secretKey(),
                        settings.s3().bucket())));
    }

    public static ExternalEndpoints registry(final HirehubSettings settings) {
        final String url = settings.registry().url().orElseThrow().toString();
        return new ExternalEndpoints("registry", url, context -> context.publishRegistry(url));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start(final StackContext context) {
        publisher.accept(context);
        LOG.info("Using external {} at {}", name, shown);
    }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
