package vn.sogoc.archive.pdf.pdfbox;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.ocr.OcrWord;
import vn.sogoc.archive.ocr.PageText;

/** Renders test scans: Vietnamese lines in Tinos, with OCR words boxed tightly on the drawn ink. */
final class SyntheticScan {

    static final String TINOS_FILE = "/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf";
    private static final Font TINOS = loadTinos();

    /** A rendered page and the words an ideal OCR engine would report for it. */
    record Page(PageImage image, PageText text) { }

    private SyntheticScan() { }

    /** An A4 page at {@code dpi} with {@code lines} in 14 pt type; empty lines are left blank. */
    static Page a4(int dpi, ColorKind kind, List<String> lines) {
        return render((int) Math.round(8.27 * dpi), (int) Math.round(11.69 * dpi), dpi, kind, lines);
    }

    static Page render(int width, int height, int dpi, ColorKind kind, List<String> lines) {
        BufferedImage image = new BufferedImage(width, height, imageType(kind));
        Graphics2D g = image.createGraphics();
        List<OcrWord> words = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try {
            g.setColor(kind == ColorKind.COLOR ? new Color(250, 247, 238) : Color.WHITE);
            g.fillRect(0, 0, width, height);
            if (kind == ColorKind.COLOR) {
                g.setColor(new Color(200, 30, 30)); // a red seal, so colour matters
                g.fillOval(width * 2 / 3, height * 2 / 3, width / 5, width / 5);
            }
            boolean bilevel = kind == ColorKind.BILEVEL;
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    bilevel ? RenderingHints.VALUE_TEXT_ANTIALIAS_OFF : RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Font font = TINOS.deriveFont(14f * dpi / 72f);
            g.setFont(font);
            g.setColor(new Color(20, 20, 20));
            FontRenderContext frc = g.getFontRenderContext();
            float x0 = dpi;
            float lineHeight = 14f * 1.6f * dpi / 72f;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                float baseline = 1.2f * dpi + i * lineHeight;
                if (baseline > height - dpi / 2f || line.isBlank()) {
                    continue;
                }
                requireDrawable(line);
                g.drawString(line, x0, baseline);
                addWords(font, frc, line, x0, baseline, words);
                text.append(line).append('\n');
            }
        } finally {
            g.dispose();
        }
        return new Page(new PageImage(0, image, dpi, kind), new PageText(text.toString(), words, 95));
    }

    private static void addWords(Font font, FontRenderContext frc, String line, float x0, float baseline, List<OcrWord> out) {
        int start = 0;
        for (String word : line.split(" ")) {
            int at = line.indexOf(word, start);
            start = at + word.length();
            if (word.isEmpty()) {
                continue;
            }
            float origin = x0 + (float) font.getStringBounds(line.substring(0, at), frc).getWidth();
            Rectangle2D ink = font.createGlyphVector(frc, word).getVisualBounds();
            int left = (int) Math.floor(origin + ink.getMinX());
            int top = (int) Math.floor(baseline + ink.getMinY());
            int right = (int) Math.ceil(origin + ink.getMaxX());
            int bottom = (int) Math.ceil(baseline + ink.getMaxY());
            out.add(new OcrWord(word, left, top, right - left, bottom - top, 95f));
        }
    }

    private static int imageType(ColorKind kind) {
        return switch (kind) {
            case BILEVEL -> BufferedImage.TYPE_BYTE_BINARY;
            case GRAY -> BufferedImage.TYPE_BYTE_GRAY;
            case COLOR -> BufferedImage.TYPE_3BYTE_BGR;
        };
    }

    private static void requireDrawable(String line) {
        if (TINOS.canDisplayUpTo(line) != -1) {
            throw new IllegalStateException("Tinos cannot draw " + line);
        }
    }

    private static Font loadTinos() {
        try {
            Font font = Font.createFont(Font.TRUETYPE_FONT, new File(TINOS_FILE));
            if (!font.getFamily().equals("Tinos")) {
                throw new IllegalStateException("expected Tinos, got " + font.getFamily());
            }
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
