package vn.sogoc.archive.capture.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.sogoc.archive.capture.ScanReader;
import vn.sogoc.archive.capture.ScanSource;
import vn.sogoc.archive.capture.UnreadableScanException;
import vn.sogoc.archive.capture.UnsupportedFormatException;
import vn.sogoc.archive.capture.config.CaptureSettings;

/**
 * Opens PNG, JPEG, TIFF (multi-page, CCITT G4) and PDF scans, recognised by their content, as
 * sources whose pages are decoded or rendered one at a time within a pixel budget. Thread-safe: the
 * sources it opens are not.
 */
public final class DefaultScanReader implements ScanReader {

    private final PixelBudget budget;

    public DefaultScanReader(CaptureSettings settings) {
        this.budget = new PixelBudget(settings.maxPixels());
    }

    public DefaultScanReader() { this(CaptureSettings.defaults()); }

    @Override
    public ScanSource open(Path file) throws UnreadableScanException {
        if (!Files.isRegularFile(file)) {
            throw new UnreadableScanException(file, "not a readable file");
        }
        String mediaType;
        try {
            mediaType = ScanFormat.detectMediaType(file);
        } catch (IOException e) {
            throw new UnreadableScanException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        ScanFormat format = ScanFormat.of(mediaType).orElseThrow(() -> new UnsupportedFormatException(file,
            "content is " + mediaType + ", not a PNG, JPEG, TIFF or PDF scan"));
        return format == ScanFormat.PDF ? PdfScanSource.open(file, budget) : ImageScanSource.open(file, format, budget);
    }
}
