package vn.sogoc.archive.digitize;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.ScanReader;
import vn.sogoc.archive.capture.ScanSource;
import vn.sogoc.archive.capture.UnreadableScanException;
import vn.sogoc.archive.ocr.PageRecognizer;
import vn.sogoc.archive.ocr.PageText;
import vn.sogoc.archive.ocr.RecognizedPage;
import vn.sogoc.archive.pdf.PdfMetadata;
import vn.sogoc.archive.pdf.SearchablePdf;
import vn.sogoc.archive.pdf.SearchablePdfWriter;

/**
 * Digitizes one paper (or born-digital) document at the counter: the pages of one or more scan files, in
 * order, become one unsigned searchable PDF/A — a page's own text when the file carries real text, OCR
 * otherwise — optionally leaving out blank pages. The same page loop as {@link ScanDigitizer}'s, for the
 * callers that have no register matching to do (certified copies, dossier components, born-digital
 * results). Thread-safe if the recognizer supplier gives each thread its own recognizer.
 */
public final class DocumentDigitizer {

    /** Below this share of ink a page is blank without reading it. */
    static final double NO_INK = 0.002;
    /** Below this share of ink, a page on which OCR finds no word is blank (scanner speckle). */
    static final double SPECKLE = 0.01;

    private final ScanReader reader;
    private final Supplier<PageRecognizer> recognizer;
    private final SearchablePdfWriter pdfWriter;

    public DocumentDigitizer(ScanReader reader, Supplier<PageRecognizer> recognizer, SearchablePdfWriter pdfWriter) {
        this.reader = reader;
        this.recognizer = recognizer;
        this.pdfWriter = pdfWriter;
    }

    /**
     * Writes the PDF/A of {@code files} to {@code out}. With {@code dropBlankPages}, pages with no
     * information (no ink, or speckle without a single word) are left out and listed; when every page is
     * blank nothing is written.
     *
     * @param maxPages more pages than this in all files together is refused before anything is read
     * @throws UnreadableScanException naming the file and the reason (unsupported format included)
     */
    public DigitizedDocument digitize(List<Path> files, PdfMetadata metadata, Path out, boolean dropBlankPages,
                                      int maxPages) throws UnreadableScanException, IOException {
        List<PageText> kept = new ArrayList<>();
        List<Integer> blank = new ArrayList<>();
        int pageNo = 0;
        try (SearchablePdf pdf = pdfWriter.create(metadata)) {
            for (Path file : files) {
                try (ScanSource source = reader.open(file)) {
                    if (pageNo + source.pageCount() > maxPages) {
                        throw new UnreadableScanException(file, "quá " + maxPages + " trang / more than " + maxPages
                                + " pages");
                    }
                    for (int i = 0; i < source.pageCount(); i++) {
                        pageNo++;
                        PageImage image = source.page(i);
                        Optional<PageText> embedded = source.embeddedText(i);
                        if (dropBlankPages && embedded.map(PageText::isBlank).orElse(true)
                                && PageInk.fraction(image.image()) < NO_INK) {
                            blank.add(pageNo);
                            continue;
                        }
                        PageImage page = image;
                        PageText text;
                        if (embedded.isPresent() && !embedded.get().isBlank()) {
                            text = embedded.get();
                        } else {
                            RecognizedPage recognized = recognizer.get().recognize(image);
                            page = recognized.page();
                            text = recognized.text();
                        }
                        if (dropBlankPages && !hasWord(text) && PageInk.fraction(image.image()) < SPECKLE) {
                            blank.add(pageNo);
                            continue;
                        }
                        pdf.addPage(page, text);
                        kept.add(text);
                    }
                } catch (UnreadableScanException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    throw new UnreadableScanException(file, "không đọc được / cannot be read ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
                }
            }
            if (!kept.isEmpty()) pdf.save(out);
        }
        return new DigitizedDocument(pageNo, kept, blank);
    }

    private static boolean hasWord(PageText text) {
        if (text == null || text.isBlank()) return false;
        int letters = 0;
        for (int i = 0; i < text.text().length(); i++) {
            if (Character.isLetterOrDigit(text.text().charAt(i)) && ++letters >= 3) return true;
        }
        return false;
    }
}
