package vn.sogoc.archive.storage.s3;

import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.storage.ObjectStoreContractTest;
import vn.sogoc.archive.storage.StorageIntegrityException;
import vn.sogoc.archive.storage.StoredObject;
import vn.sogoc.archive.storage.embedded.EmbeddedS3Server;
import vn.sogoc.archive.text.Hashes;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract against a real S3 server (embedded S3Proxy over a temporary directory), plus S3 specifics. */
class S3ObjectStoreTest extends ObjectStoreContractTest {

    private static final AtomicInteger BUCKETS = new AtomicInteger();

    @TempDir
    static Path serverDir;
    static EmbeddedS3Server server;
    private S3ObjectStore s3;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedS3Server.start(serverDir);
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Override
    protected ObjectStore newStore() {
        s3 = new S3ObjectStore(server.settings("test-" + BUCKETS.incrementAndGet()));
        return s3;
    }

    @AfterEach
    void closeStore() {
        s3.close();
    }

    /** Flips one bit of the first byte read back, as a faulty disk or network would. */
    private static final UnaryOperator<InputStream> CORRUPT = in -> new FilterInputStream(in) {
        private boolean flipped;

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && !flipped) { flipped = true; return b ^ 1; }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && !flipped) { flipped = true; buf[off] ^= 1; }
            return n;
        }
    };

    @Test
    void shaIsStoredAsUserMetadataVisibleToAnyS3Client() throws Exception {
        StoredObject put = store.put("raw/meta.txt", file("m", "x".getBytes(StandardCharsets.UTF_8)), "text/plain",
                Map.of("holder", "Đặng Hữu Dũng"));
        S3Settings s = s3.settings();
        MinioClient raw = MinioClient.builder().endpoint(s.endpoint().toString())
                .credentials(s.accessKey(), s.secretKey()).build();
        Map<String, String> meta = raw.statObject(StatObjectArgs.builder().bucket(s.bucket()).object("raw/meta.txt").build())
                .userMetadata();
        assertThat(meta).containsEntry("sha256", put.sha256());
        assertThat(meta.get("holder")).startsWith("=?UTF-8?B?").isNotEqualTo("Đặng Hữu Dũng");
        raw.close();
    }

    @Test
    void corruptedReadBackFailsThePutAndNamesTheKey() throws IOException {
        Path f = file("c", "to be corrupted".getBytes(StandardCharsets.UTF_8));
        try (S3ObjectStore faulty = new S3ObjectStore(s3.settings(), CORRUPT)) {
            assertThatThrownBy(() -> faulty.put("bad/read.pdf", f, "application/pdf", Map.of()))
                    .isInstanceOf(StorageIntegrityException.class)
                    .hasMessageContaining("bad/read.pdf")
                    .hasMessageContaining(Hashes.sha256(f));
        }
    }

    @Test
    void aFailedPutLosesNothingAlreadyStored() throws IOException {
        byte[] bytes = "archived original".getBytes(StandardCharsets.UTF_8);
        StoredObject kept = store.put("kept/original.pdf", file("o", bytes), "application/pdf", META);
        StoredObject other = store.put("kept/other.pdf", file("p", "other".getBytes(StandardCharsets.UTF_8)), null, Map.of());

        try (S3ObjectStore faulty = new S3ObjectStore(s3.settings(), CORRUPT)) {
            assertThatThrownBy(() -> faulty.put("kept/original.pdf", file("o2", bytes), "application/pdf", META))
                    .isInstanceOf(StorageIntegrityException.class);
            assertThatThrownBy(() -> faulty.put("kept/new.pdf", file("n", "new".getBytes(StandardCharsets.UTF_8)), null, Map.of()))
                    .isInstanceOf(StorageIntegrityException.class);
        }

        assertThat(store.stat("kept/original.pdf")).contains(kept);
        assertThat(read(store, "kept/original.pdf")).isEqualTo(bytes);
        assertThat(store.stat("kept/other.pdf")).contains(other);
    }

    @Test
    void aDamagedObjectIsRepairedByPuttingTheSameFileAgain() throws IOException {
        Path f = file("r", "repair me".getBytes(StandardCharsets.UTF_8));
        try (S3ObjectStore faulty = new S3ObjectStore(s3.settings(), CORRUPT)) {
            assertThatThrownBy(() -> faulty.put("repair/me.pdf", f, null, Map.of()))
                    .isInstanceOf(StorageIntegrityException.class);
        }
        assertThat(store.put("repair/me.pdf", f, null, Map.of()).sha256()).isEqualTo(Hashes.sha256(f));
    }

    @Test
    void unreachableServerGivesAClearIOException() {
        S3Settings nowhere = new S3Settings(java.net.URI.create("http://127.0.0.1:1"), "a", "b", "archive", null);
        try (S3ObjectStore dead = new S3ObjectStore(nowhere)) {
            assertThatThrownBy(() -> dead.stat("k"))
                    .isInstanceOf(IOException.class).hasMessageContaining("archive").hasMessageContaining("127.0.0.1:1");
        }
    }

    @Test
    void secretIsNotPrinted() {
        assertThat(s3.settings().toString()).doesNotContain(s3.settings().secretKey());
    }
}
