package vn.sogoc.archive.app.digitize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import vn.sogoc.archive.app.records.ScanRecords;
import vn.sogoc.archive.digitize.ScanDigitizer;
import vn.sogoc.archive.digitize.ScanFile;
import vn.sogoc.archive.digitize.ScanOutcome;
import vn.sogoc.archive.text.Hashes;
import vn.sogoc.archive.timing.Stage;
import vn.sogoc.archive.timing.StageTimes;

/**
 * Digitizes one file. A file whose SHA-256 was already processed (in this run before a crash, or in an
 * earlier run) is recognised and filtered out, so nothing is archived twice.
 */
class DigitizeProcessor implements ItemProcessor<Path, ScanOutcome> {

    private final ScanDigitizer digitizer;
    private final ScanRecords records;
    private final DigitizeProgress progress;
    private final Path input;
    private final LocalDate asOf;

    DigitizeProcessor(ScanDigitizer digitizer, ScanRecords records, DigitizeProgress progress, Path input, LocalDate asOf) {
        this.digitizer = digitizer;
        this.records = records;
        this.progress = progress;
        this.input = input;
        this.asOf = asOf;
    }

    @Override
    public ScanOutcome process(Path file) throws IOException {
        String sha256;
        try (StageTimes.Span s = StageTimes.start(Stage.SHA256)) {
            sha256 = Hashes.sha256(file);
        }
        boolean seen;
        try (StageTimes.Span s = StageTimes.start(Stage.RECORD)) {
            seen = records.exists(sha256);
        }
        if (seen) {
            progress.fileDone(0);
            return null;
        }
        String source = input.relativize(file).toString();
        ScanOutcome outcome = digitizer.digitize(new ScanFile(file, source, sha256, Files.size(file)), asOf);
        progress.fileDone(outcome.pages());
        return outcome;
    }
}
