package io.hirehub.launcher.cli;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.stack.EndpointsFile;
import io.hirehub.stack.config.HirehubSettings;
import java.util.Optional;

/**
 * Finds the endpoints a subcommand talks to: explicit settings win, otherwise the
 * {@code endpoints.json} a running {@code hirehub dev} wrote into the data dir.
 */
public final class RunningStack {

    private final HirehubSettings settings;
    private Optional<Endpoints> file;

    public RunningStack(final HirehubSettings settings) {
        this.settings = settings;
    }

    public String kafka() {
        return settings.kafka()
                .bootstrapServers()
                .orElseGet(() -> fromFile("--kafka-bootstrap-servers").kafka());
    }

    public Endpoints.Jdbc jdbc() {
        return settings.postgres()
                .jdbcUrl()
                .map(url -> new Endpoints.Jdbc(
                        url, settings.postgres().user(), settings.postgres().password()))
                .orElseGet(() -> fromFile("--jdbc-url").jdbc());
    }

    /** The object store: {@code s3.endpoint} with the s3.* settings when set, else the running stack's. */
    public Endpoints.S3 s3() {
        return settings.s3()
                .endpoint()
                .map(endpoint -> new Endpoints.S3(
                        endpoint.toString(),
                        settings.s3().region(),
                        settings.s3().accessKey(),
                        settings.s3().secretKey(),
                        settings.s3().bucket()))
                .orElseGet(() -> fromFile("--s3-endpoint").s3());
    }

    public String registry() {
        return settings.registry().url().map(Object::toString).orElseGet(() -> {
            final String url = fromFile("--registry-url").registry();
            if (url == null) {
                throw new CliException(
                        ExitCodes.NO_STACK,
                        "the running stack in " + settings.dataDir() + " has no schema registry; pass --registry-url");
            }
            return url;
        });
    }

    private Endpoints fromFile(final String option) {
        if (file == null) {
            file = EndpointsFile.read(settings.dataDir());
        }
        final Endpoints endpoints = file.orElseThrow(() -> new CliException(
                ExitCodes.NO_STACK,
                "no running dev stack found: " + EndpointsFile.path(settings.dataDir())
                        + " does not exist; start one with" + " `./hirehub dev --data-dir " + settings.dataDir()
                        + "` or pass " + option));
        if (endpoints.pid() != null
                && ProcessHandle.of(endpoints.pid()).map(p -> !p.isAlive()).orElse(true)) {
            throw new CliException(
                    ExitCodes.NO_STACK,
                    "the dev stack that wrote " + EndpointsFile.path(settings.dataDir()) + " (pid " + endpoints.pid()
                            + ") is no longer running; start it again or pass " + option);
        }
        return endpoints;
    }
}
