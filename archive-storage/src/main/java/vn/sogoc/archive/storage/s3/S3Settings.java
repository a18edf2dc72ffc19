package vn.sogoc.archive.storage.s3;

import java.net.URI;
import java.util.Objects;

/**
 * Connection settings of an S3-compatible object store (MinIO, S3Proxy, AWS S3).
 *
 * @param endpoint  base URL, e.g. {@code http://127.0.0.1:9000}
 * @param accessKey access key id
 * @param secretKey secret key (never printed by {@link #toString()})
 * @param bucket    bucket holding the archive; created when missing
 * @param region    region, e.g. {@code us-east-1}
 */
public record S3Settings(URI endpoint, String accessKey, String secretKey, String bucket, String region) {

    /** Region used when none is configured. */
    public static final String DEFAULT_REGION = "us-east-1";

    public S3Settings {
        Objects.requireNonNull(endpoint, "endpoint");
        requireText(accessKey, "accessKey");
        requireText(secretKey, "secretKey");
        requireText(bucket, "bucket");
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw new IllegalArgumentException("Invalid S3 bucket name \"" + bucket + "\"");
        }
        region = region == null || region.isBlank() ? DEFAULT_REGION : region;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
    }

    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", accessKey=" + accessKey + ", secretKey=***, bucket="
                + bucket + ", region=" + region + "]";
    }
}
