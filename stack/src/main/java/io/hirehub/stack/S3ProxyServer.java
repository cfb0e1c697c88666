package io.hirehub.stack;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.stack.config.ConfigKeys;
import io.hirehub.stack.config.HirehubSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * S3Proxy speaking the S3 API over a jclouds filesystem backend under the stack's data dir, so
 * the app talks to it with the same aws-sdk-java-v2 client it uses against Amazon S3.
 */
public final class S3ProxyServer implements StackComponent {

    private static final Logger LOG = LoggerFactory.getLogger(S3ProxyServer.class);

    private final HirehubSettings settings;
    private final int port;
    private final Path baseDir;
    private BlobStoreContext blobStoreContext;
    private S3Proxy proxy;

    public S3ProxyServer(final HirehubSettings settings) {
        this.settings = settings;
        this.port = Ports.resolve(settings.s3().port());
        this.baseDir = settings.dataDir().resolve("s3");
    }

    @Override
    public String name() {
        return "s3";
    }

    @Override
    public List<PortClaim> portClaims() {
        return List.of(new PortClaim(port, ConfigKeys.S3_PORT));
    }

    @Override
    public void start(final StackContext context) throws Exception {
        Files.createDirectories(baseDir);
        final Properties overrides = new Properties();
        overrides.setProperty("jclouds.filesystem.basedir", baseDir.toString());
        final String accessKey = settings.s3().accessKey();
        final String secretKey = settings.s3().secretKey();
        blobStoreContext = ContextBuilder.newBuilder("filesystem")
                .credentials(accessKey, secretKey)
                .overrides(overrides)
                .build(BlobStoreContext.class);
        final URI endpoint = URI.create("http://" + settings.host() + ":" + port);
        proxy = S3Proxy.builder()
                .blobStore(blobStoreContext.getBlobStore())
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .build();
        proxy.start();
        awaitStarted(settings.startupTimeout());
        context.publishS3(new Endpoints.S3(
                endpoint.toString(),
                settings.s3().region(),
                accessKey,
                secretKey,
                settings.s3().bucket()));
        LOG.info("S3Proxy ready on {} (filesystem backend in {})", endpoint, baseDir);
    }

    private void awaitStarted(final Duration timeout) throws InterruptedException {
        final Instant deadline = Instant.now().plus(timeout);
        while (!"STARTED".equals(proxy.getState())) {
            if ("FAILED".equals(proxy.getState()) || Instant.now().isAfter(deadline)) {
                throw new StackException("S3Proxy did not start on port " + port + " (state " + proxy.getState() + ")");
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    @Override
    public void close() throws Exception {
        if (proxy != null) {
            proxy.stop();
            proxy = null;
        }
        if (blobStoreContext != null) {
            blobStoreContext.close();
            blobStoreContext = null;
            LOG.info("S3Proxy stopped");
        }
    }
}
