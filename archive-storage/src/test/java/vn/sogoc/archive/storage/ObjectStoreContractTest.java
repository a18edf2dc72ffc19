package vn.sogoc.archive.storage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.sogoc.archive.storage.common.ObjectConflictException;
import vn.sogoc.archive.text.Hashes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link ObjectStore} contract; each implementation runs it through a subclass. */
public abstract class ObjectStoreContractTest {

    protected static final Map<String, String> META = Map.of(
            "procedure", "1.001234",
            "holder", "Đặng Hữu Dũng",
            "office", "UBND xã Đông Hòa  ",
            "note", "",
            "tricky", "=?UTF-8?B?not-really?=");

    @TempDir
    protected Path tmp;
    protected ObjectStore store;

    /** A store with no objects in it. */
    protected abstract ObjectStore newStore() throws IOException;

    @BeforeEach
    void createStore() throws IOException {
        store = newStore();
    }

    protected Path file(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    protected static byte[] read(ObjectStore s, String key) throws IOException {
        try (InputStream in = s.open(key)) {
            return in.readAllBytes();
        }
    }

    @Test
    void putThenOpenAndStatRoundTrip() throws IOException {
        byte[] bytes = "%PDF-1.7 giấy chứng nhận".getBytes(StandardCharsets.UTF_8);
        Path f = file("a.pdf", bytes);

        StoredObject put = store.put("ho-so/2025/giấy-chứng-nhận 01.pdf", f, "application/pdf", META);

        assertThat(put.key()).isEqualTo("ho-so/2025/giấy-chứng-nhận 01.pdf");
        assertThat(put.size()).isEqualTo(bytes.length);
        assertThat(put.sha256()).isEqualTo(Hashes.sha256(f)).matches("[0-9A-F]{64}");
        assertThat(put.metadata()).isEqualTo(META);
        assertThat(store.stat(put.key())).contains(put);
        assertThat(read(store, put.key())).isEqualTo(bytes);
    }

    @Test
    void largeFileIsStoredAndStreamedBack() throws IOException {
        Path f = tmp.resolve("big.bin");
        Random random = new Random(42);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(f)) {
            for (int i = 0; i < 20; i++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }

        StoredObject put = store.put("big/20mb.bin", f, null, Map.of());

        assertThat(put.size()).isEqualTo(20L << 20);
        assertThat(put.sha256()).isEqualTo(Hashes.sha256(f));
        try (InputStream in = store.open("big/20mb.bin")) {
            assertThat(Hashes.sha256(in)).isEqualTo(put.sha256());
        }
    }

    @Test
    void missingKeyIsEmptyAndCannotBeOpened() throws IOException {
        assertThat(store.stat("no/such/object")).isEmpty();
        assertThatThrownBy(() -> store.open("no/such/object")).isInstanceOf(NoSuchFileException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/abs", "a/../b", "..", "./a", "a//b", "a/", "a\u0000b", "a\nb", "tab\tkey",
            "del\u007Fkey", "c1\u0085key", "back\\slash"})
    void badKeysAreRejected(String key) throws IOException {
        Path f = file("x", new byte[] {1});
        assertThatThrownBy(() -> store.put(key, f, null, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.stat(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keyLengthIsLimitedTo1024Utf8Bytes() throws IOException {
        Path f = file("x", new byte[] {1});
        String segment = "ệ".repeat(85);                 // 255 UTF-8 bytes
        String s254 = "ệ".repeat(84) + "ab";
        String longest = String.join("/", s254, s254, s254, s254, "abcd");
        assertThat(longest.getBytes(StandardCharsets.UTF_8).length).isEqualTo(1024);
        assertThat(segment.getBytes(StandardCharsets.UTF_8).length).isEqualTo(255);

        assertThat(store.put(longest, f, null, Map.of()).key()).isEqualTo(longest);
        assertThatThrownBy(() -> store.put(longest + "c", f, null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1024");
        assertThatThrownBy(() -> store.put(segment + "e", f, null, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("255");
    }

    @Test
    void badMetadataIsRejectedAndNothingIsStored() throws IOException {
        Path f = file("x", new byte[] {1});
        for (Map<String, String> bad : List.of(Map.of("Upper", "x"), Map.of("under_score", "x"),
                Map.of("sha256", "x"), Map.of("tên", "x"), Map.of("big", "ư".repeat(1000)))) {
            assertThatThrownBy(() -> store.put("k", f, null, bad)).isInstanceOf(IllegalArgumentException.class);
        }
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("a", null);
        assertThatThrownBy(() -> store.put("k", f, null, nullValue)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.stat("k")).isEmpty();
    }

    @Test
    void puttingTheSameFileAgainIsIdempotent() throws IOException {
        Path f = file("a", "same bytes".getBytes(StandardCharsets.UTF_8));
        StoredObject first = store.put("k/same", f, "text/plain", META);
        StoredObject again = store.put("k/same", file("b", "same bytes".getBytes(StandardCharsets.UTF_8)),
                "text/plain", new HashMap<>(META));

        assertThat(again).isEqualTo(first);
        assertThat(store.stat("k/same")).contains(first);
        assertThat(read(store, "k/same")).isEqualTo("same bytes".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void otherContentOrMetadataUnderAnExistingKeyIsRefusedAndTheOriginalKept() throws IOException {
        Path original = file("a", "original".getBytes(StandardCharsets.UTF_8));
        StoredObject stored = store.put("k/once", original, null, META);

        assertThatThrownBy(() -> store.put("k/once", file("b", "changed".getBytes(StandardCharsets.UTF_8)), null, META))
                .isInstanceOf(ObjectConflictException.class).hasMessageContaining("k/once");
        assertThatThrownBy(() -> store.put("k/once", original, null, Map.of("procedure", "other")))
                .isInstanceOf(ObjectConflictException.class).hasMessageContaining("k/once");

        assertThat(store.stat("k/once")).contains(stored);
        assertThat(read(store, "k/once")).isEqualTo("original".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void missingFileFailsWithoutStoringAnything() {
        assertThatThrownBy(() -> store.put("k/none", tmp.resolve("absent"), null, Map.of()))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.stat("k/none").orElseThrow()).isInstanceOf(RuntimeException.class);
    }

    @Test
    void concurrentPutsFromEightThreads() throws Exception {
        int threads = 8;
        int perThread = 4;
        Path shared = file("shared", "shared by every thread".getBytes(StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<StoredObject>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                for (int i = 0; i < perThread; i++) {
                    byte[] bytes = new byte[64 * 1024 + t * 1000 + i];
                    new Random(t * 100L + i).nextBytes(bytes);
                    Path f = file("c-" + t + "-" + i, bytes);
                    String key = "concurrent/" + t + "/" + i + ".bin";
                    tasks.add(() -> store.put(key, f, "application/octet-stream", Map.of("thread", "t" + key)));
                }
                tasks.add(() -> store.put("concurrent/shared.txt", shared, "text/plain", Map.of()));
            }
            List<StoredObject> results = new ArrayList<>();
            for (Future<StoredObject> future : pool.invokeAll(tasks)) results.add(future.get());

            assertThat(results).hasSize(threads * (perThread + 1));
            for (StoredObject r : results) {
                assertThat(store.stat(r.key())).contains(r);
                try (InputStream in = store.open(r.key())) {
                    assertThat(Hashes.sha256(in)).isEqualTo(r.sha256());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
