package io.hirehub.runtime.endpoints;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * Where the running stack's parts answer; written to {@code DIR/endpoints.json} so other
 * subcommands, scripts and tools can find them.
 *
 * @param kafka    Kafka bootstrap servers
 * @param jdbc     PostgreSQL URL and credentials
 * @param s3       object store endpoint, credentials and the resume bucket
 * @param registry schema registry base URL (null until the registry part exists)
 * @param edge     HTTP edge base URL (null until the edge part exists)
 * @param pid      process id of the {@code hirehub dev} that wrote the file (null when not written by one)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Endpoints(String kafka, Jdbc jdbc, S3 s3, String registry, String edge, Long pid) {

    public Endpoints {
        Objects.requireNonNull(kafka, "kafka");
        Objects.requireNonNull(jdbc, "jdbc");
        Objects.requireNonNull(s3, "s3");
    }

    /**
     * @param url      JDBC URL
     * @param user     user name
     * @param password password (empty when the server trusts local connections)
     */
    public record Jdbc(String url, String user, String password) {
        @Override
        public String toString() {
            return "Jdbc[url=" + url + ", user=" + user + ", password=****]";
        }
    }

    /**
     * @param endpoint  S3 endpoint URL (path-style access)
     * @param region    region to sign for
     * @param accessKey access key id
     * @param secretKey secret key
     * @param bucket    the resume bucket
     */
    public record S3(String endpoint, String region, String accessKey, String secretKey, String bucket) {
        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", accessKey=" + accessKey
                    + ", secretKey=****, bucket=" + bucket + "]";
        }
    }

    public Endpoints withPid(final long processId) {
        return new Endpoints(kafka, jdbc, s3, registry, edge, processId);
    }
}
