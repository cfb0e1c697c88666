package io.hirehub.edge.resumes;

import java.net.URI;
import java.time.Duration;

/** Where resume originals are, as the download route needs them: a presigned GET, never a public URL. */
public interface ResumeFiles {

    /**
     * A URL that fetches the object behind {@code fileUrl} ({@code s3://bucket/key}) for {@code ttl},
     * naming {@code fileName} as the download's file name.
     */
    URI presignedGet(String fileUrl, String fileName, Duration ttl);
}
