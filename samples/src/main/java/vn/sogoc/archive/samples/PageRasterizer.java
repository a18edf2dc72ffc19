package vn.sogoc.archive.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import vn.sogoc.archive.samples.LaidOutPage.PlacedLine;
import vn.sogoc.archive.samples.LaidOutPage.PlacedWord;
import vn.sogoc.archive.samples.LaidOutPage.Rule;

/** Prints a laid-out page on an A4 sheet at a given resolution: toner text, signature, then the seal. */
final class PageRasterizer {

    private PageRasterizer() { }

    static BufferedImage render(LaidOutPage page, FontSet fonts, int dpi, Random random) {
        double pxPerPt = dpi / 72.0;
        int w = (int) Math.round(LaidOutPage.WIDTH * pxPerPt);
        int h = (int) Math.round(LaidOutPage.HEIGHT * pxPerPt);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        int paper = 246 + random.nextInt(8);
        g.setColor(new Color(paper, paper, Math.max(232, paper - random.nextInt(12))));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.scale(pxPerPt, pxPerPt);
        int toner = 15 + random.nextInt(30);
        g.setColor(new Color(toner, toner, toner + 5));
        for (PlacedLine line : page.lines()) {
            for (PlacedWord word : line.words()) {
                fonts.checkDrawable(word.style(), word.text());
                g.setFont(fonts.font(word.style(), line.size()));
                g.drawString(word.text(), word.x(), line.baseline());
            }
        }
        for (Rule rule : page.rules()) {
            g.setStroke(new BasicStroke(rule.thickness()));
            g.draw(new Line2D.Float(rule.x1(), rule.y(), rule.x2(), rule.y()));
        }
        if (page.signature() != null) SignaturePainter.draw(g, page.signature());
        g.dispose();
        if (page.seal() != null) SealPainter.stamp(image, page.seal(), fonts, pxPerPt, random);
        return image;
    }
}
