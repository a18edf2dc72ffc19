package vn.sogoc.archive.app.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Small documents for the counter tests: a short paper page, a blank page, a born-digital PDF. */
final class CounterFixtures {

    private CounterFixtures() { }

    /** A 150-dpi half page with a few lines of Vietnamese text (fast to OCR). */
    static Path paperPage(Path file, String... lines) throws IOException {
        BufferedImage image = new BufferedImage(1240, 620, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Font font = new Font("Tinos", Font.PLAIN, 36);
        if (!"Tinos".equals(font.getFamily())) throw new IllegalStateException("font Tinos missing (apt-get install fonts-croscore)");
        g.setFont(font);
        int y = 110;
        for (String line : lines) {
            if (font.canDisplayUpTo(line) != -1) throw new IllegalStateException("Tinos cannot draw: " + line);
            g.drawString(line, 90, y);
            y += 70;
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A white page with a little scanner speckle. */
    static Path blankPage(Path file) throws IOException {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.DARK_GRAY);
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) g.fillRect(random.nextInt(1240), random.nextInt(1754), 2, 2);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A plain (not PDF/A) PDF with real text, as an office application would export it. */
    static Path bornDigitalPdf(Path file, String... lines) throws IOException {
        try (PDDocument document = new PDDocument();
             InputStream font = CounterFixtures.class.getResourceAsStream("/vn/sogoc/archive/signing/fonts/Tinos-Regular.ttf")) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font f = PDType0Font.load(document, font);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                float y = 760;
                for (String line : lines) {
                    cs.beginText();
                    cs.setFont(f, 13);
                    cs.newLineAtOffset(72, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 22;
                }
            }
            document.save(file.toFile());
        }
        return file;
    }
}
