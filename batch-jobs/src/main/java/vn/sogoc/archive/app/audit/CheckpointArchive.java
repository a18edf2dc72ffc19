package vn.sogoc.archive.app.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.minio.GetObjectLockConfigurationArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.Result;
import io.minio.SetObjectRetentionArgs;
import io.minio.messages.Item;
import io.minio.messages.Retention;
import io.minio.messages.RetentionMode;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.storage.s3.S3ObjectStore;
import vn.sogoc.archive.storage.s3.S3Settings;

/**
 * The checkpoints' copies in the object store ({@code audit/checkpoints/{SEQ}.json} and {@code .p7s}),
 * out of reach of whoever can write the database: written once, put under S3 object lock (COMPLIANCE
 * retention) when the bucket has object lock enabled, and listed by {@code audit verify} to find
 * checkpoints deleted from the database. The embedded S3Proxy (filesystem backend) has no object lock:
 * the copies there are write-once by the store's conditional PUT only, and say so in {@code retention}.
 */
final class CheckpointArchive {

    private static final String PREFIX = "audit/checkpoints/";

    private final ObjectStore store;
    private final MinioClient s3;     // null when the store is not S3 (listing and retention unavailable)
    private final String bucket;

    CheckpointArchive(ObjectStore store) {
        this.store = store;
        if (store instanceof S3ObjectStore s) {
            S3Settings st = s.settings();
            this.s3 = MinioClient.builder().endpoint(st.endpoint().toString()).region(st.region())
                    .credentials(st.accessKey(), st.secretKey()).build();
            this.bucket = st.bucket();
        } else {
            this.s3 = null;
            this.bucket = null;
        }
    }

    /** Stores both files (write-once, SHA-256 read back) and asks for retention; returns what retention was applied. */
    String publish(long seq, byte[] payload, byte[] signature, int retentionDays) throws IOException {
        Path dir = Files.createTempDirectory("audit-checkpoint-");
        try {
            Path json = Files.write(dir.resolve(seq + ".json"), payload);
            Path p7s = Files.write(dir.resolve(seq + ".p7s"), signature);
            Map<String, String> meta = Map.of("audit-seq", Long.toString(seq));
            store.put(Checkpoint.payloadKey(seq), json, "application/json", meta);
            store.put(Checkpoint.signatureKey(seq), p7s, "application/pkcs7-signature", meta);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
        return retain(seq, retentionDays);
    }

    private String retain(long seq, int days) {
        if (s3 == null) return "none: not an S3 store";
        if (days <= 0) return "none: archive.audit.retention-days is 0";
        try {
            s3.getObjectLockConfiguration(GetObjectLockConfigurationArgs.builder().bucket(bucket).build());
        } catch (Exception e) {
            return "none: the server or bucket has no S3 object lock (" + shortReason(e) + ")";
        }
        ZonedDateTime until = ZonedDateTime.now().plusDays(days);
        try {
            for (String key : new String[] {Checkpoint.payloadKey(seq), Checkpoint.signatureKey(seq)}) {
                s3.setObjectRetention(SetObjectRetentionArgs.builder().bucket(bucket).object(key)
                        .config(new Retention(RetentionMode.COMPLIANCE, until)).build());
            }
            return "COMPLIANCE until " + until.toLocalDate();
        } catch (Exception e) {
            return "none: retention refused (" + shortReason(e) + ")";
        }
    }

    /** The bytes stored under a key, or empty when there is no such object. */
    Optional<byte[]> read(String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return Optional.of(in.readAllBytes());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** The seqs of the checkpoints whose JSON is in the store, or empty when the store cannot list. */
    Optional<TreeSet<Long>> storedSeqs() {
        if (s3 == null) return Optional.empty();
        TreeSet<Long> seqs = new TreeSet<>();
        try {
            for (Result<Item> r : s3.listObjects(ListObjectsArgs.builder().bucket(bucket).prefix(PREFIX).recursive(true).build())) {
                String name = r.get().objectName().substring(PREFIX.length());
                if (name.endsWith(".json") && name.substring(0, name.length() - 5).matches("\\d+")) {
                    seqs.add(Long.parseLong(name.substring(0, name.length() - 5)));
                }
            }
            return Optional.of(seqs);
        } catch (Exception e) {
            if (e.getMessage() != null && e.getMessage().contains("NoSuchBucket")) return Optional.of(seqs);
            return Optional.empty();
        }
    }

    private static String shortReason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.length() > 120 ? m.substring(0, 120) : m;
    }
}
