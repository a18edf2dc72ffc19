package vn.sogoc.archive.pdf.pdfbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The text layer's font: Noto Sans Regular (SIL OFL 1.1, licence in {@code font/OFL.txt} next to
 * it), which has every Vietnamese letter, precomposed. Embedded as a subset of the glyphs a document
 * uses.
 *
 * <p>Its GSUB table is hidden from PDFBox (the tag is renamed in the in-memory copy): with it, PDFBox
 * runs glyph substitution on every {@code showText}, compiling regular expressions each time, which
 * cost 30 ms of CPU per 480-word page, and an invisible layer of composed (NFC) text needs no
 * substitution. The subset PDFBox embeds never carries GSUB anyway.
 */
final class EmbeddedFont {

    private static final String RESOURCE = "font/NotoSans-Regular.ttf";
    private static final byte[] BYTES = hideTable(read(), "GSUB", "xSUB");

    private EmbeddedFont() { }

    static PDType0Font load(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(BYTES), true);
    }

    /** Renames table {@code tag} in an sfnt table directory, so that parsers ignore it. */
    static byte[] hideTable(byte[] font, String tag, String newTag) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        int tables = buffer.getShort(4) & 0xffff;
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (buffer.get(record) == wanted[0] && buffer.get(record + 1) == wanted[1]
                    && buffer.get(record + 2) == wanted[2] && buffer.get(record + 3) == wanted[3]) {
                buffer.put(record, newTag.getBytes(StandardCharsets.US_ASCII));
            }
        }
        return font;
    }

    private static byte[] read() {
        try (InputStream in = EmbeddedFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
