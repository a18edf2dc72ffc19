package vn.sogoc.archive.storage.s3;

import okhttp3.OkHttpClient;
import okhttp3.Protocol;

import java.time.Duration;
import java.util.List;

/**
 * The one OkHttp client every {@link S3ObjectStore} in the JVM shares (connection pool, dispatcher,
 * TLS setup). MinIO's own default builds a new client, and loads the trust store again, for every
 * {@code MinioClient}: about 0.4 s each on these machines.
 */
final class HttpClients {

    private HttpClients() { }

    private static final class Holder {
        static final OkHttpClient SHARED = new OkHttpClient.Builder()
                .protocols(List.of(Protocol.HTTP_1_1))
                .connectTimeout(Duration.ofSeconds(30))
                .readTimeout(Duration.ofMinutes(5))
                .writeTimeout(Duration.ofMinutes(5))
                .build();
    }

    static OkHttpClient shared() {
        return Holder.SHARED;
    }
}
