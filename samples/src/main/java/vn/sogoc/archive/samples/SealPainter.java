package vn.sogoc.archive.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;

import vn.sogoc.archive.samples.LaidOutPage.SealMark;

/**
 * Stamps a red round seal (two rings, caps text around, a star in the middle) over the page with
 * uneven ink, multiplied into what is under it as stamp ink is.
 */
final class SealPainter {

    private static final Color INK = new Color(205, 32, 42);

    private SealPainter() { }

    static void stamp(BufferedImage page, SealMark seal, FontSet fonts, double pxPerPt, Random random) {
        BufferedImage layer = image(seal, fonts, pxPerPt, random);
        int size = layer.getWidth();
        multiplyInto(page, layer, (int) Math.round(seal.cx() * pxPerPt) - size / 2,
                (int) Math.round(seal.cy() * pxPerPt) - size / 2);
    }

    /** The seal alone on a transparent square of side {@code 2·radius·pxPerPt + 8}, centred. */
    static BufferedImage image(SealMark seal, FontSet fonts, double pxPerPt, Random random) {
        int size = (int) Math.ceil(seal.radius() * 2 * pxPerPt) + 8;
        BufferedImage layer = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = layer.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.translate(size / 2.0, size / 2.0);
        g.scale(pxPerPt, pxPerPt);
        float r = seal.radius();
        g.setColor(INK);
        g.setStroke(new BasicStroke(2.4f));
        g.draw(new Ellipse2D.Float(-r + 1.2f, -r + 1.2f, 2 * r - 2.4f, 2 * r - 2.4f));
        g.setStroke(new BasicStroke(0.9f));
        float inner = r - 4.5f;
        g.draw(new Ellipse2D.Float(-inner, -inner, 2 * inner, 2 * inner));
        float core = r * 0.56f;
        g.draw(new Ellipse2D.Float(-core, -core, 2 * core, 2 * core));
        ringText(g, seal, fonts, r);
        g.fill(star(r * 0.3f));
        g.dispose();
        roughen(layer, random);
        return layer;
    }

    /** Caps text around the upper part of the ring, tightly spaced and centred at the seal's angle. */
    private static void ringText(Graphics2D g, SealMark seal, FontSet fonts, float r) {
        String text = seal.ringText();
        fonts.checkDrawable(TextStyle.BOLD, text);
        float fontSize = r * 0.21f;
        Font font;
        float radius;
        double[] widths = new double[text.length()];
        double total;
        do {
            font = fonts.font(TextStyle.BOLD, fontSize);
            radius = r - 5.5f - fontSize * 0.8f;
            total = 0;
            for (int i = 0; i < text.length(); i++) {
                widths[i] = font.getStringBounds(text.substring(i, i + 1), g.getFontRenderContext()).getWidth()
                        + fontSize * 0.12;
                total += widths[i] / radius;
            }
            fontSize -= 0.3f;
        } while (total > Math.toRadians(330) && fontSize > 5);
        g.setFont(font);
        double theta = Math.toRadians(seal.angle()) - total / 2;
        for (int i = 0; i < text.length(); i++) {
            double mid = theta + widths[i] / radius / 2;
            AffineTransform saved = g.getTransform();
            g.rotate(mid);
            String ch = text.substring(i, i + 1);
            float w = (float) font.getStringBounds(ch, g.getFontRenderContext()).getWidth();
            g.drawString(ch, -w / 2, -radius);
            g.setTransform(saved);
            theta += widths[i] / radius;
        }
    }

    private static Path2D star(float radius) {
        Path2D p = new Path2D.Float();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double rr = i % 2 == 0 ? radius : radius * 0.4;
            if (i == 0) p.moveTo(rr * Math.cos(a), rr * Math.sin(a));
            else p.lineTo(rr * Math.cos(a), rr * Math.sin(a));
        }
        p.closePath();
        return p;
    }

    /** Uneven ink: a pressure gradient across the stamp and blotchy dropouts. */
    private static void roughen(BufferedImage layer, Random random) {
        int[] px = ((DataBufferInt) layer.getRaster().getDataBuffer()).getData();
        int w = layer.getWidth();
        double gx = random.nextDouble() * 2 - 1;
        double gy = random.nextDouble() * 2 - 1;
        for (int i = 0; i < px.length; i++) {
            int a = px[i] >>> 24;
            if (a == 0) continue;
            double pressure = 0.78 + 0.22 * ((gx * (i % w) + gy * (i / w)) / w);
            double blotch = random.nextDouble() < 0.08 ? 0.45 : 1.0;
            int na = (int) Math.max(0, Math.min(255, a * pressure * blotch));
            px[i] = (na << 24) | (px[i] & 0xFFFFFF);
        }
    }

    /** page = page × (1 − α·(1 − ink)): ink darkens what is under it, never lightens it. */
    private static void multiplyInto(BufferedImage page, BufferedImage layer, int ox, int oy) {
        int[] dst = ((DataBufferInt) page.getRaster().getDataBuffer()).getData();
        int[] src = ((DataBufferInt) layer.getRaster().getDataBuffer()).getData();
        int pw = page.getWidth();
        int ph = page.getHeight();
        int lw = layer.getWidth();
        for (int y = 0; y < layer.getHeight(); y++) {
            int py = oy + y;
            if (py < 0 || py >= ph) continue;
            for (int x = 0; x < lw; x++) {
                int px = ox + x;
                if (px < 0 || px >= pw) continue;
                int s = src[y * lw + x];
                int a = s >>> 24;
                if (a == 0) continue;
                int d = dst[py * pw + px];
                double al = a / 255.0;
                int r = blend((d >> 16) & 255, (s >> 16) & 255, al);
                int gg = blend((d >> 8) & 255, (s >> 8) & 255, al);
                int b = blend(d & 255, s & 255, al);
                dst[py * pw + px] = (r << 16) | (gg << 8) | b;
            }
        }
    }

    private static int blend(int under, int ink, double alpha) {
        return (int) Math.round(under * (1 - alpha * (1 - ink / 255.0)));
    }
}
