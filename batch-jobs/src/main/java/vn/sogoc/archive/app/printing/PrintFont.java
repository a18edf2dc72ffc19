package vn.sogoc.archive.app.printing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font of printed copies, statements and registers: Tinos (bundled with archive-signing, the face of
 * the signature stamp too), embedded as a subset so the document stays PDF/A.
 */
public final class PrintFont {

    private static final String RESOURCE = "/vn/sogoc/archive/signing/fonts/Tinos-Regular.ttf";
    private static final byte[] BYTES = read();

    private PrintFont() { }

    /** Tinos, embedded (as a subset) into {@code document}. */
    public static PDType0Font load(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(BYTES), true);
    }

    /** Tinos in a throw-away document: for checking that a text can be printed, not for drawing. */
    public static String problem(String value) {
        if (value == null) return null;
        try (PDDocument document = new PDDocument()) {
            return problem(load(document), value);
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    /** Why {@code font} cannot print {@code value} (a character it has no glyph for), or null when it can. */
    public static String problem(PDFont font, String value) {
        if (value == null) return null;
        try {
            font.encode(value);
            return null;
        } catch (IllegalArgumentException | IOException e) {
            return e.getMessage();
        }
    }

    private static byte[] read() {
        try (InputStream in = PrintFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("font resource missing: " + RESOURCE);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
