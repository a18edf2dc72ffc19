package vn.sogoc.archive.capture.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of the capture module: the OCR language and model folder, and the pixel budget that
 * bounds the memory one page may take.
 *
 * @param language  Tesseract language(s), e.g. {@code vie} (measured better than {@code vie+eng})
 * @param tessdata  folder holding {@code <language>.traineddata} (and {@code osd.traineddata})
 * @param maxPixels most pixels a page image may have; larger pages are decoded or rendered at a
 *                  lower resolution
 */
public record CaptureSettings(String language, Path tessdata, long maxPixels) {

    public static final String DEFAULT_LANGUAGE = "vie";
    public static final Path DEFAULT_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");
    /** About 40 Mpx: an A3 page at 400 dpi, 160 MB as RGB. */
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;

    public CaptureSettings {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(tessdata, "tessdata");
        if (language.isBlank()) {
            throw new IllegalArgumentException("language must not be blank");
        }
        if (maxPixels < 1_000_000L) {
            throw new IllegalArgumentException("maxPixels must be at least 1,000,000, was " + maxPixels);
        }
    }

    /** Vietnamese, Debian's tessdata folder, 40 Mpx per page. */
    public static CaptureSettings defaults() {
        return new CaptureSettings(DEFAULT_LANGUAGE, DEFAULT_TESSDATA, DEFAULT_MAX_PIXELS);
    }

    public CaptureSettings withLanguage(String newLanguage) {
        return new CaptureSettings(newLanguage, tessdata, maxPixels);
    }

    public CaptureSettings withTessdata(Path newTessdata) {
        return new CaptureSettings(language, newTessdata, maxPixels);
    }

    public CaptureSettings withMaxPixels(long newMaxPixels) {
        return new CaptureSettings(language, tessdata, newMaxPixels);
    }
}
