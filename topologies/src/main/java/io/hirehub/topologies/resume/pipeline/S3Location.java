package io.hirehub.topologies.resume.pipeline;

import java.util.Objects;

/**
 * A parsed {@code s3://bucket/key} URL, the form of {@code resumes.original_file_url} and of
 * {@code resume.uploaded}'s {@code file_url}.
 */
public record S3Location(String bucket, String key) {

    public S3Location {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
    }

    /** @throws IllegalArgumentException naming what is wrong (never quoting more than the URL) */
    public static S3Location parse(final String url) {
        if (url == null || !url.startsWith("s3://")) {
            throw new IllegalArgumentException("file_url is not an s3:// URL: " + url);
        }
        final String rest = url.substring("s3://".length());
        final int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new IllegalArgumentException("file_url has no bucket or no key: " + url);
        }
        return new S3Location(rest.substring(0, slash), rest.substring(slash + 1));
    }

    /** The file name: the part after the last '/'. */
    public String fileName() {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    @Override
    public String toString() {
        return "s3://" + bucket + "/" + key;
    }
}
