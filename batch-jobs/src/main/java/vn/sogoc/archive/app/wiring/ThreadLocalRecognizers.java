package vn.sogoc.archive.app.wiring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import vn.sogoc.archive.capture.config.CaptureSettings;
import vn.sogoc.archive.ocr.PageRecognizer;
import vn.sogoc.archive.ocr.tesseract.TesseractPageRecognizer;

/**
 * Gives each worker thread its own Tesseract recognizer (a Tesseract instance is not thread-safe and
 * keeps its model loaded) and frees them all when the application stops. Workers come from a fixed
 * pool, so the number of recognizers is bounded by the number of workers.
 */
final class ThreadLocalRecognizers implements Supplier<PageRecognizer>, AutoCloseable {

    private final CaptureSettings settings;
    private final List<TesseractPageRecognizer> created = new CopyOnWriteArrayList<>();
    private final ThreadLocal<TesseractPageRecognizer> local;

    ThreadLocalRecognizers(CaptureSettings settings) {
        this.settings = settings;
        this.local = ThreadLocal.withInitial(this::create);
    }

    private TesseractPageRecognizer create() {
        TesseractPageRecognizer r = new TesseractPageRecognizer(settings);
        created.add(r);
        return r;
    }

    @Override
    public PageRecognizer get() {
        return local.get();
    }

    @Override
    public void close() {
        for (TesseractPageRecognizer r : created) r.close();
        created.clear();
    }
}
