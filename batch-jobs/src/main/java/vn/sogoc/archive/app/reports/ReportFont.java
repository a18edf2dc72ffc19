package vn.sogoc.archive.app.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font reports are drawn with: Noto Sans (bundled with archive-pdf, SIL OFL), which has every
 * Vietnamese letter — the same bytes for Java2D charts and for the PDF's embedded font.
 */
final class ReportFont {

    static final String RESOURCE = "/vn/sogoc/archive/pdf/pdfbox/font/NotoSans-Regular.ttf";
    private static volatile Font awt;

    private ReportFont() { }

    static InputStream open() {
        InputStream in = ReportFont.class.getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("font resource missing from the classpath: " + RESOURCE);
        return in;
    }

    /** The Java2D font at the given size. */
    static Font awt(float size) {
        Font f = awt;
        if (f == null) {
            try (InputStream in = open()) {
                f = Font.createFont(Font.TRUETYPE_FONT, in);
                awt = f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bundled font unreadable: " + e.getMessage(), e);
            }
        }
        return f.deriveFont(size);
    }
}
