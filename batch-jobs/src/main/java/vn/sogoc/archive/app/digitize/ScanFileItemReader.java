package vn.sogoc.archive.app.digitize;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads one partition's files in order. Restartable: the count of files already read is saved in the
 * step context at each commit, so a restart continues after the last committed file.
 */
class ScanFileItemReader extends AbstractItemCountingItemStreamItemReader<Path> {

    private final List<Path> files;

    ScanFileItemReader(String files) {
        this.files = files == null || files.isEmpty() ? List.of() : Arrays.stream(files.split("\n")).map(Path::of).toList();
        setName("scanFileReader");
    }

    @Override
    protected Path doRead() {
        int i = getCurrentItemCount() - 1;
        return i < files.size() ? files.get(i) : null;
    }

    @Override
    protected void doOpen() { }

    @Override
    protected void doClose() { }
}
