package vn.sogoc.archive.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sogoc.archive.search.SearchHit;

/**
 * Two instances on one directory stand for two processes (a web server and a command-line job): Lucene's
 * write lock is per directory, so they clash exactly as two JVMs would.
 */
class SharedDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void aReaderKeepsSearchingWhileAnotherInstanceWritesAndSeesItsCommits() throws Exception {
        try (LuceneSearchIndex server = new LuceneSearchIndex(dir, 200);
             LuceneSearchIndex job = new LuceneSearchIndex(dir, 200)) {
            assertThat(server.search("an toan", 10)).isEmpty(); // no index yet: empty, no error
            for (int i = 0; i < 20; i++) job.upsert(SyntheticRecords.record(i, 5));
            // the job holds the write lock between its first upsert and its commit
            assertThatThrownBy(() -> server.upsert(SyntheticRecords.record(99, 5)))
                    .isInstanceOf(LockObtainFailedException.class);
            assertThat(server.documentCount()).isZero();
            job.commit();
            Thread.sleep(LuceneSearchIndex.REFRESH_CHECK_MILLIS + 50);
            assertThat(server.documentCount()).isEqualTo(20);
            // the job's committed writer is still open (more writes may follow) until idle
            assertThatThrownBy(() -> server.upsert(SyntheticRecords.record(98, 5)))
                    .isInstanceOf(LockObtainFailedException.class);
            Thread.sleep(LuceneSearchIndex.IDLE_RELEASE_MILLIS + 300); // reopened on the other instance's commit
            String reg = SyntheticRecords.record(7, 5).registerNo();
            assertThat(server.search(reg, 5)).extracting(SearchHit::registerNo).first().isEqualTo(reg);

            // after the commit the lock is free: the server can write, and the job waits for it
            server.upsert(SyntheticRecords.record(100, 5));
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                try {
                    job.upsert(SyntheticRecords.record(101, 5));
                    job.commit();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            Thread.sleep(50);
            server.releaseWriter();
            waiting.get(10, TimeUnit.SECONDS);
            Thread.sleep(LuceneSearchIndex.REFRESH_CHECK_MILLIS + 50);
            assertThat(server.documentCount()).isEqualTo(22);
        }
    }
}
