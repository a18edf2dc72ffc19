package vn.sogoc.archive.storage.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.storage.StoredObject;
import vn.sogoc.archive.storage.common.ObjectConflictException;
import vn.sogoc.archive.text.Hashes;
import vn.sogoc.archive.storage.s3.S3ObjectStore;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server: shared data directory, racing writers, ports, restart. */
class EmbeddedS3ServerTest {

    @TempDir
    Path tmp;

    @Test
    void twoServersShareOneDataDirectory() throws Exception {
        Path data = tmp.resolve("data");
        try (EmbeddedS3Server a = EmbeddedS3Server.start(data);
             EmbeddedS3Server b = EmbeddedS3Server.start(data);
             S3ObjectStore storeA = new S3ObjectStore(a.settings("archive"));
             S3ObjectStore storeB = new S3ObjectStore(b.settings("archive"))) {
            System.out.printf("embedded S3 startup: %d ms, %d ms%n",
                    a.startupTime().toMillis(), b.startupTime().toMillis());
            assertThat(a.port()).isNotEqualTo(b.port());

            Path f = Files.writeString(tmp.resolve("f"), "written through A");
            StoredObject fromA = storeA.put("shared/a.txt", f, "text/plain", Map.of("via", "a"));
            assertThat(storeB.stat("shared/a.txt")).contains(fromA);
            try (InputStream in = storeB.open("shared/a.txt")) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("written through A");
            }

            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<StoredObject>> tasks = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    Path g = Files.writeString(tmp.resolve("g" + i), "object " + i);
                    S3ObjectStore s = i % 2 == 0 ? storeA : storeB;
                    int n = i;
                    tasks.add(() -> s.put("both/" + n, g, null, Map.of()));
                    tasks.add(() -> s.put("both/same", f, "text/plain", Map.of("via", "a")));
                }
                for (Future<StoredObject> r : pool.invokeAll(tasks)) r.get();
            } finally {
                pool.shutdownNow();
            }
            for (int i = 0; i < 8; i++) {
                assertThat(storeA.stat("both/" + i)).isPresent();
                assertThat(storeB.stat("both/" + i)).isPresent();
            }
            assertThat(storeA.stat("both/same")).map(StoredObject::sha256).contains(fromA.sha256());
        }
    }

    @Test
    void racingWritersOnTwoServersNeverOverwriteEachOther() throws Exception {
        Path data = tmp.resolve("data");
        try (EmbeddedS3Server a = EmbeddedS3Server.start(data);
             EmbeddedS3Server b = EmbeddedS3Server.start(data);
             S3ObjectStore storeA = new S3ObjectStore(a.settings("archive"));
             S3ObjectStore storeB = new S3ObjectStore(b.settings("archive"))) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (int round = 0; round < 5; round++) {
                    String key = "race/" + round;
                    List<Callable<StoredObject>> tasks = new ArrayList<>();
                    for (int i = 0; i < 8; i++) {
                        Path f = Files.writeString(tmp.resolve("r" + round + "-" + i), "writer " + i);
                        S3ObjectStore s = i % 2 == 0 ? storeA : storeB;
                        tasks.add(() -> s.put(key, f, null, Map.of()));
                    }
                    List<StoredObject> winners = new ArrayList<>();
                    int conflicts = 0;
                    for (Future<StoredObject> r : pool.invokeAll(tasks)) {
                        try {
                            winners.add(r.get());
                        } catch (java.util.concurrent.ExecutionException e) {
                            assertThat(e.getCause()).isInstanceOf(ObjectConflictException.class);
                            conflicts++;
                        }
                    }
                    assertThat(winners).as("round %d", round).hasSize(1);
                    assertThat(conflicts).isEqualTo(7);
                    try (InputStream in = storeB.open(key)) {
                        assertThat(Hashes.sha256(in)).isEqualTo(winners.get(0).sha256());
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void closeReleasesAGivenPortAndKeepsTheData() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = tmp.resolve("data");
        Path f = Files.writeString(tmp.resolve("f"), "kept");
        try (EmbeddedS3Server server = EmbeddedS3Server.start(data, port, "id", "secret-key");
             S3ObjectStore store = new S3ObjectStore(server.settings("archive"))) {
            assertThat(server.endpoint().toString()).isEqualTo("http://127.0.0.1:" + port);
            store.put("k", f, null, Map.of());
        }
        try (EmbeddedS3Server again = EmbeddedS3Server.start(data, port, "id", "secret-key");
             S3ObjectStore store = new S3ObjectStore(again.settings("archive"))) {
            assertThat(store.stat("k")).isPresent();
        }
    }
}
