package io.hirehub.launcher.cli;

import io.hirehub.launcher.stack.Endpoints;
import picocli.CommandLine.Option;

/**
 * The endpoints every stand-alone processing command ({@code resume-pipeline run},
 * {@code matching run}) needs: Kafka, the system-of-record database and the schema registry.
 */
public final class ProcessingOptions {

    @Option(names = "--kafka-bootstrap-servers", required = true, paramLabel = "HOST:PORT")
    private String kafka;

    @Option(names = "--jdbc-url", required = true, paramLabel = "URL")
    private String jdbcUrl;

    @Option(names = "--jdbc-user", required = true, paramLabel = "USER")
    private String jdbcUser;

    @Option(names = "--jdbc-password", paramLabel = "PASSWORD", defaultValue = "${env:HIREHUB_POSTGRES_PASSWORD}")
    private String jdbcPassword;

    @Option(names = "--registry-url", required = true, paramLabel = "URL")
    private String registryUrl;

    public String kafka() {
        return kafka;
    }

    public Endpoints.Jdbc jdbc() {
        return new Endpoints.Jdbc(jdbcUrl, jdbcUser, jdbcPassword == null ? "" : jdbcPassword);
    }

    public String registryUrl() {
        return registryUrl;
    }
}
