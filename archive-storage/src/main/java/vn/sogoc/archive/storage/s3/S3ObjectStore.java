package vn.sogoc.archive.storage.s3;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.UploadObjectArgs;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.storage.StorageIntegrityException;
import vn.sogoc.archive.storage.StoredObject;
import vn.sogoc.archive.storage.common.ObjectConflictException;
import vn.sogoc.archive.storage.common.ObjectKeys;
import vn.sogoc.archive.storage.common.UserMetadata;
import vn.sogoc.archive.text.Hashes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * {@link ObjectStore} over any S3-compatible server (MinIO, the embedded S3Proxy, AWS S3), using one
 * shared, thread-safe {@link MinioClient}.
 *
 * <p>{@link #put} hashes the file (SHA-256, upper-case hex), uploads it with the hash in
 * {@code x-amz-meta-sha256} and the caller's metadata, then streams the object back and compares
 * hash and size; a difference throws {@link StorageIntegrityException}. Objects are write-once:
 * the same file with the same metadata under the same key is idempotent (verified, not re-sent),
 * anything else under an existing key throws {@link ObjectConflictException}. Writes of files up
 * to {@value #PART_SIZE} bytes are conditional ({@code If-None-Match: *}), so two JVMs racing on
 * one key cannot overwrite each other; larger files go in multipart uploads, which are only
 * serialized within this JVM. The bucket is created on first use.
 */
public final class S3ObjectStore implements ObjectStore, AutoCloseable {

    /**
     * Files up to this size go in one conditional PUT; larger ones in parts of this size. A server
     * checking V4 payload hashes (S3Proxy) holds a whole PUT body in memory: this bounds it.
     */
    static final long PART_SIZE = 16L * 1024 * 1024;
    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";
    private static final Set<String> BUCKET_ALREADY_THERE = Set.of("BucketAlreadyOwnedByYou", "BucketAlreadyExists");
    private static final int MAX_ATTEMPTS = 3;

    private final MinioClient client;
    private final S3Settings settings;
    private final UnaryOperator<InputStream> readBackFilter;
    private final KeyLocks locks = new KeyLocks(64);
    private final Object bucketLock = new Object();
    private volatile boolean bucketReady;

    /** A store over the given server; nothing is contacted until the first call. */
    public S3ObjectStore(S3Settings settings) {
        this(settings, UnaryOperator.identity());
    }

    /** For tests: {@code readBackFilter} wraps every stream read back for verification. */
    S3ObjectStore(S3Settings settings, UnaryOperator<InputStream> readBackFilter) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.readBackFilter = Objects.requireNonNull(readBackFilter, "readBackFilter");
        this.client = MinioClient.builder()
                .endpoint(settings.endpoint().toString())
                .region(settings.region())
                .credentials(settings.accessKey(), settings.secretKey())
                .httpClient(HttpClients.shared(), false)
                .build();
    }

    /** The settings this store was built from. */
    public S3Settings settings() { return settings; }

    @Override
    public StoredObject put(String key, Path file, String contentType, Map<String, String> metadata) throws IOException {
        ObjectKeys.requireValid(key);
        Map<String, String> encoded = UserMetadata.encode(metadata);
        Map<String, String> wanted = UserMetadata.canonical(metadata);
        if (!Files.isRegularFile(Objects.requireNonNull(file, "file"))) throw new NoSuchFileException(file.toString());
        String sha256 = Hashes.sha256(file);
        long size = Files.size(file);
        encoded.put(UserMetadata.SHA256, sha256);
        ensureBucket();
        ReentrantLock lock = locks.lockFor(key);
        lock.lock();
        try {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                Optional<StatObjectResponse> existing = head(key);
                Map<String, String> condition;
                if (existing.isPresent()) {
                    StoredObject stored = toStored(key, existing.get());
                    requireSame(stored, sha256, wanted);
                    if (stored.size() == size && sha256.equals(readBackSha256(key))) return stored;
                    // The stored copy is damaged but was meant to hold this very file: repair it.
                    condition = Map.of("If-Match", existing.get().etag());
                } else {
                    condition = Map.of("If-None-Match", "*");
                }
                if (upload(key, file, size, contentType, encoded, condition)) {
                    return verify(key, sha256, size, wanted);
                }
            }
            throw new IOException("Put of \"" + key + "\" lost " + MAX_ATTEMPTS + " races with concurrent writers");
        } finally {
            lock.unlock();
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        ObjectKeys.requireValid(key);
        ensureBucket();
        try {
            return client.getObject(GetObjectArgs.builder().bucket(settings.bucket()).object(key).build());
        } catch (IOException e) {
            throw S3Errors.wrap("get", settings.bucket(), key, e);
        } catch (Exception e) {
            if (S3Errors.isNotFound(e)) throw new NoSuchFileException(key, null, "no such object in bucket " + settings.bucket());
            throw S3Errors.wrap("get", settings.bucket(), key, e);
        }
    }

    @Override
    public Optional<StoredObject> stat(String key) throws IOException {
        ObjectKeys.requireValid(key);
        ensureBucket();
        Optional<StatObjectResponse> head = head(key);
        return head.isEmpty() ? Optional.empty() : Optional.of(toStored(key, head.get()));
    }

    /**
     * Releases this store: closes the idle connections of the JVM-wide HTTP pool (other stores
     * simply reconnect), so that a server stopping next does not wait for them.
     */
    @Override
    public void close() {
        HttpClients.shared().connectionPool().evictAll();
    }

    private boolean upload(String key, Path file, long size, String contentType, Map<String, String> meta,
                           Map<String, String> condition) throws IOException {
        try {
            UploadObjectArgs.Builder args = UploadObjectArgs.builder()
                    .bucket(settings.bucket()).object(key)
                    .filename(file.toString(), PART_SIZE)
                    .contentType(contentType == null || contentType.isBlank() ? DEFAULT_CONTENT_TYPE : contentType)
                    .userMetadata(meta);
            if (size <= PART_SIZE) args.headers(new HashMap<>(condition));
            client.uploadObject(args.build());
            return true;
        } catch (Exception e) {
            if (S3Errors.PRECONDITION_FAILED.equals(S3Errors.code(e))) return false;
            throw S3Errors.wrap("put", settings.bucket(), key, e);
        }
    }

    private StoredObject verify(String key, String sha256, long size, Map<String, String> wanted) throws IOException {
        StatObjectResponse head = head(key).orElseThrow(() ->
                new StorageIntegrityException("Object \"" + key + "\" is missing right after it was written"));
        StoredObject stored = toStored(key, head);
        if (!sha256.equals(stored.sha256()) || !wanted.equals(stored.metadata())) {
            throw new StorageIntegrityException("Object \"" + key + "\" read back with different metadata (sha256 "
                    + stored.sha256() + ", expected " + sha256 + "); does the server keep user metadata"
                    + " (the embedded server's directory needs extended attributes)?");
        }
        String actual = readBackSha256(key);
        if (stored.size() != size || !sha256.equals(actual)) {
            throw new StorageIntegrityException("Object \"" + key + "\" read back differs from the file: SHA-256 "
                    + actual + " and " + stored.size() + " bytes, expected " + sha256 + " and " + size + " bytes");
        }
        return stored;
    }

    private static void requireSame(StoredObject stored, String sha256, Map<String, String> wanted)
            throws ObjectConflictException {
        if (!sha256.equals(stored.sha256())) {
            throw new ObjectConflictException("Object \"" + stored.key() + "\" already holds other content (SHA-256 "
                    + stored.sha256() + ", new file " + sha256 + "); archived objects are write-once");
        }
        if (!wanted.equals(stored.metadata())) {
            throw new ObjectConflictException("Object \"" + stored.key() + "\" already holds this content with other"
                    + " metadata " + stored.metadata() + "; archived objects are write-once");
        }
    }

    private String readBackSha256(String key) throws IOException {
        try (InputStream in = readBackFilter.apply(open(key))) {
            return Hashes.sha256(in);
        }
    }

    private Optional<StatObjectResponse> head(String key) throws IOException {
        try {
            return Optional.of(client.statObject(StatObjectArgs.builder().bucket(settings.bucket()).object(key).build()));
        } catch (Exception e) {
            if (S3Errors.isNotFound(e)) return Optional.empty();
            throw S3Errors.wrap("stat", settings.bucket(), key, e);
        }
    }

    private static StoredObject toStored(String key, StatObjectResponse head) {
        Map<String, String> raw = head.userMetadata();
        String sha256 = null;
        for (Map.Entry<String, String> e : raw.entrySet()) {
            if (e.getKey().equalsIgnoreCase(UserMetadata.SHA256)) sha256 = e.getValue();
        }
        return new StoredObject(key, head.size(), sha256,
                java.util.Collections.unmodifiableMap(UserMetadata.decode(raw)));
    }

    private void ensureBucket() throws IOException {
        if (bucketReady) return;
        synchronized (bucketLock) {
            if (bucketReady) return;
            String bucket = settings.bucket();
            try {
                if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                    client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                }
            } catch (Exception e) {
                String code = S3Errors.code(e);
                if (code == null || !BUCKET_ALREADY_THERE.contains(code)) {
                    throw new IOException("Cannot create or reach bucket \"" + bucket + "\" at " + settings.endpoint()
                            + " (" + (code != null ? code : e.toString()) + ")", e);
                }
            }
            bucketReady = true;
        }
    }
}
