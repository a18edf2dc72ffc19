package vn.sogoc.archive.app.printing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text layout on a PDFBox page: the width of a text, word wrapping to a width, and one line drawn at a
 * position. Lines are real text in the embedded font, so the page stays searchable.
 */
public final class PageText {

    private PageText() { }

    /** Width of {@code s} in points at {@code size}. */
    public static float width(PDFont font, String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Draws one line with its baseline starting at ({@code x}, {@code y}). */
    public static void show(PDPageContentStream cs, PDFont font, String s, float size, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /**
     * {@code s} broken at spaces into lines no wider than {@code width} (a single word wider than that
     * stays whole on its line); no line for an empty text.
     */
    public static List<String> wrap(PDFont font, String s, float size, float width) throws IOException {
        return wrap(font, s, size, width, false);
    }

    /** As {@link #wrap(PDFont, String, float, float)}, also cutting words wider than {@code width} (hashes, keys). */
    public static List<String> wrapCuttingWords(PDFont font, String s, float size, float width) throws IOException {
        return wrap(font, s, size, width, true);
    }

    private static List<String> wrap(PDFont font, String s, float size, float width, boolean cutWords) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            while (cutWords && width(font, word, size) > width && word.length() > 1) {
                int cut = word.length() / 2;
                while (cut > 1 && width(font, word.substring(0, cut), size) > width) cut--;
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder();
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, candidate, size) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }
}
