package vn.sogoc.archive.pdf;

import java.io.IOException;
import java.nio.file.Path;

import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.ocr.PageText;

/**
 * An archival PDF being built page by page: each page is the scan's image at its own resolution
 * with an invisible text layer placed on the recognised words.
 */
public interface SearchablePdf extends AutoCloseable {

    void addPage(PageImage image, PageText text) throws IOException;

    /** Writes the finished PDF/A-2b file. */
    void save(Path out) throws IOException;

    @Override
    void close() throws IOException;
}
