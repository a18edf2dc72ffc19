package vn.sogoc.archive.storage.embedded;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import vn.sogoc.archive.storage.s3.S3Settings;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

/**
 * An S3 server inside this JVM: S3Proxy over its filesystem blob store, on 127.0.0.1, with AWS
 * V2/V4 authentication. Each bucket is a sub-directory of the data directory, each object a file
 * whose metadata lives in extended attributes (the filesystem must support {@code user.*} xattrs).
 *
 * <p>Several JVMs may serve the same data directory at once (e.g. a CLI command while the web
 * server runs): each starts its own server on its own port. Objects are written to a temporary
 * file and renamed into place, so readers never see half-written objects.
 */
public final class EmbeddedS3Server implements AutoCloseable {

    private final S3Proxy proxy;
    private final Path dataDir;
    private final String accessKey;
    private final String secretKey;
    private final URI endpoint;
    private final Duration startupTime;

    private EmbeddedS3Server(S3Proxy proxy, Path dataDir, String accessKey, String secretKey, Duration startupTime) {
        this.proxy = proxy;
        this.dataDir = dataDir;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        this.startupTime = startupTime;
    }

    /** Starts a server on a free ephemeral port with fresh random credentials (fine: each JVM has its own). */
    public static EmbeddedS3Server start(Path dataDir) throws IOException {
        return start(dataDir, 0, randomToken(10), randomToken(20));
    }

    /**
     * Starts a server over {@code dataDir} (created if missing).
     *
     * @param port 0 for a free ephemeral port
     */
    public static EmbeddedS3Server start(Path dataDir, int port, String accessKey, String secretKey) throws IOException {
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("Invalid port " + port);
        long t0 = System.nanoTime();
        Path dir = Files.createDirectories(dataDir).toRealPath();
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(dir.toString()))
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .stopTimeout(2_000)
                .build();
        try {
            proxy.start();
        } catch (Exception e) {
            stopQuietly(proxy);
            throw new IOException("Cannot start the embedded S3 server on 127.0.0.1:" + port + " over " + dir, e);
        }
        return new EmbeddedS3Server(proxy, dir, accessKey, secretKey, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Base URL, e.g. {@code http://127.0.0.1:41234}. */
    public URI endpoint() { return endpoint; }

    public int port() { return endpoint.getPort(); }

    public Path dataDir() { return dataDir; }

    /** Time {@link #start} took to build and start the server. */
    public Duration startupTime() { return startupTime; }

    /** Settings for an {@code S3ObjectStore} talking to this server. */
    public S3Settings settings(String bucket) {
        return new S3Settings(endpoint, accessKey, secretKey, bucket, S3Settings.DEFAULT_REGION);
    }

    /**
     * Stops the server, waiting up to 2 s for requests in flight; the data directory is left as is.
     * Clients' idle keep-alive connections are closed, not waited for.
     */
    @Override
    public void close() throws IOException {
        try {
            proxy.stop();
        } catch (TimeoutException e) {
            if (!"STOPPED".equals(proxy.getState())) {
                throw new IOException("The embedded S3 server at " + endpoint + " did not stop in time", e);
            }
        } catch (Exception e) {
            throw new IOException("Cannot stop the embedded S3 server at " + endpoint, e);
        }
    }

    private static void stopQuietly(S3Proxy proxy) {
        try {
            proxy.stop();
        } catch (Exception ignored) {
            // start failed; nothing more to release
        }
    }

    private static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
