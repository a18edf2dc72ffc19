package vn.sogoc.archive.ocr.tesseract;

import java.awt.image.BufferedImage;

import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.config.CaptureSettings;
import vn.sogoc.archive.ocr.PageRecognizer;
import vn.sogoc.archive.ocr.PageText;
import vn.sogoc.archive.ocr.RecognizedPage;
import vn.sogoc.archive.timing.Stage;
import vn.sogoc.archive.timing.StageTimes;

/**
 * Makes a page upright and straight, then reads it with Tesseract. Cheap for the common upright
 * page: projection profiles of a 100-dpi copy (a few milliseconds) give the line direction and skew,
 * and the shape of the text lines ({@link UprightTest}) tells whether it is upside down; the page is
 * resampled only when tilted by more than {@value #MIN_SKEW}°. Only when that test is unsure and the
 * first reading's mean confidence is below {@value #RETRY_BELOW_CONFIDENCE} is the page read a second
 * time, turned 180°, and the more confident reading kept. Not thread-safe (one per worker thread); close it to free native
 * memory.
 */
public final class TesseractPageRecognizer implements PageRecognizer, AutoCloseable {

    /** Smaller tilts are left alone: resampling costs more than they hurt OCR. */
    static final double MIN_SKEW = 0.3;
    /** Upright pages read at ~90 here, upside-down ones at ~45. */
    static final double RETRY_BELOW_CONFIDENCE = 65;
    private static final int MIN_WORDS_FOR_RETRY = 3;

    private final TesseractOcrEngine engine;

    public TesseractPageRecognizer(CaptureSettings settings) {
        this.engine = new TesseractOcrEngine(settings);
    }

    public TesseractPageRecognizer() { this(CaptureSettings.defaults()); }

    @Override
    public RecognizedPage recognize(PageImage page) {
        BufferedImage gray;
        try (StageTimes.Span s = StageTimes.start(Stage.GREY)) {
            gray = grey(page.image());
        }
        SkewEstimator.Estimate estimate;
        UprightTest.Result upright;
        try (StageTimes.Span s = StageTimes.start(Stage.ORIENTATION)) {
            InkPoints ink = InkPoints.of(gray, page.dpi());
            estimate = SkewEstimator.estimate(ink);
            upright = UprightTest.of(ink, estimate.linesRunDown(), estimate.skewDegrees());
        }
        double skew = Math.abs(estimate.skewDegrees()) > MIN_SKEW ? estimate.skewDegrees() : 0;
        int rotation = (estimate.linesRunDown() ? 90 : 0) + (upright.verdict() == UprightTest.Verdict.UPSIDE_DOWN ? 180 : 0);
        RecognizedPage first;
        BufferedImage prepared = rotated(page.image(), rotation - skew);
        try (StageTimes.Span s = StageTimes.start(Stage.OCR)) {
            first = read(page, prepared == page.image() ? gray : null, prepared, rotation, skew);
        }
        if (upright.verdict() != UprightTest.Verdict.UNSURE
                || first.text().meanConfidence() >= RETRY_BELOW_CONFIDENCE || first.text().words().size() < MIN_WORDS_FOR_RETRY) {
            return first;
        }
        try (StageTimes.Span s = StageTimes.start(Stage.OCR_SECOND_READ)) {
            RecognizedPage turned = read(page, null, rotated(first.page().image(), 180), (rotation + 180) % 360, skew);
            return turned.text().meanConfidence() > first.text().meanConfidence() ? turned : first;
        }
    }

    /** The page in 8-bit grey for OCR (1-bit pages unpacked by table, colour with red drop-out): {@link GrayBytes}. */
    private static BufferedImage grey(BufferedImage image) {
        return GrayBytes.toGray(image);
    }

    private static BufferedImage rotated(BufferedImage image, double degrees) {
        try (StageTimes.Span s = StageTimes.start(Stage.ROTATE)) {
            return PageRotator.rotate(image, degrees);
        }
    }

    /**
     * Reads {@code image} (the page turned as the result will carry it); {@code gray}, when given, is the
     * same pixels already converted for OCR, else they are converted here.
     */
    private RecognizedPage read(PageImage original, BufferedImage gray, BufferedImage image, int rotation, double skew) {
        PageImage prepared = image == original.image() ? original
            : new PageImage(original.index(), image, original.dpi(), original.colorKind());
        BufferedImage forOcr = gray;
        if (forOcr == null) {
            try (StageTimes.Span s = StageTimes.start(Stage.GREY)) {
                forOcr = grey(image);
            }
        }
        PageText text = engine.recognize(new PageImage(original.index(), forOcr, original.dpi(), original.colorKind()));
        return new RecognizedPage(prepared, text, rotation, skew);
    }

    @Override
    public void close() { engine.close(); }
}
