package vn.sogoc.archive.pdf.pdfbox;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes word text showable in the text layer's font: composes it (NFC, so that a letter with its
 * marks is one precomposed glyph), and drops controls, invisible format characters (zero-width
 * space, soft hyphen), whitespace and characters the font has no
 * glyph for, so that odd OCR output can never fail a page.
 */
final class GlyphFilter {

    private final PDFont font;
    private final Map<Integer, Boolean> known = new HashMap<>();

    GlyphFilter(PDFont font) {
        this.font = font;
    }

    /** The showable part of {@code text}; empty when nothing of it can be shown. */
    String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints()
                .filter(GlyphFilter::isVisible)
                .filter(this::hasGlyph)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isVisible(int cp) {
        return !Character.isISOControl(cp) && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && Character.getType(cp) != Character.FORMAT;
    }

    private boolean hasGlyph(int codePoint) {
        return known.computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
