package vn.sogoc.archive.app.digitize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a run's files round-robin into partitions, one per worker. Each partition's file list is kept
 * in its step context, so a restart redoes exactly the same partitions; the same scheme serves remote
 * workers later (partitions sent over a broker, workers sharing the database and the object store).
 */
class ScanFilePartitioner implements Partitioner {

    static final String FILES = "files";

    private final Path input;
    private final Path manifest;
    private final DigitizeProgress progress;

    ScanFilePartitioner(Path input, Path manifest, DigitizeProgress progress) {
        this.input = input;
        this.manifest = manifest;
        this.progress = progress;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<Path> files;
        try {
            files = ScanFiles.list(input, manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.start(files.size());
        int n = Math.max(1, Math.min(gridSize, files.size()));
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) parts.add(new ArrayList<>());
        for (int i = 0; i < files.size(); i++) parts.get(i % n).add(files.get(i).toString());
        Map<String, ExecutionContext> result = new HashMap<>();
        for (int i = 0; i < n; i++) {
            ExecutionContext ctx = new ExecutionContext();
            ctx.putString(FILES, String.join("\n", parts.get(i)));
            result.put("partition" + i, ctx);
        }
        return result;
    }
}
