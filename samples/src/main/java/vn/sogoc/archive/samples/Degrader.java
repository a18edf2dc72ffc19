package vn.sogoc.archive.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Kernel;
import java.util.Random;

/** Applies a {@link Degradation} to a rendered page: lighting, skew, blur, noise, dust, rotation, colour mode. */
final class Degrader {

    private Degrader() { }

    /** Returns the degraded page in the colour mode's image type (INT_RGB, BYTE_GRAY or BYTE_BINARY). */
    static BufferedImage degrade(BufferedImage page, Degradation d, ColourMode mode, Random random) {
        BufferedImage img = page;
        unevenLight(img, d.brightnessDrop(), random);
        if (d.skewDegrees() != 0) img = skew(img, d.skewDegrees());
        if (d.blurRadius() > 0) img = blur(img, d.blurRadius());
        noise(img, d.noiseSigma(), mode != ColourMode.COLOR, random);
        speckles(img, d.speckles(), random);
        if (d.whitePoint() < 256) whiten(img, d.whitePoint());
        img = rotate(img, d.rotation());
        return switch (mode) {
            case COLOR -> img;
            case GRAY -> grey(img);
            case BILEVEL -> bilevel(img, d.threshold());
        };
    }

    private static int[] pixels(BufferedImage img) { return ((DataBufferInt) img.getRaster().getDataBuffer()).getData(); }

    private static void unevenLight(BufferedImage img, double drop, Random random) {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = pixels(img);
        double cx = random.nextBoolean() ? 0 : w;
        double cy = random.nextBoolean() ? 0 : h;
        double diag = Math.hypot(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double f = 1 - drop * Math.max(0, 1 - Math.hypot(x - cx, y - cy) / diag * 1.4);
                int p = px[y * w + x];
                px[y * w + x] = ((int) (((p >> 16) & 255) * f) << 16) | ((int) (((p >> 8) & 255) * f) << 8) | (int) ((p & 255) * f);
            }
        }
    }

    private static BufferedImage skew(BufferedImage img, double degrees) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(236, 236, 236));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0);
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage blur(BufferedImage img, int radius) {
        float centre = radius == 1 ? 0.6f : 0.28f;
        float edge = (1 - centre) / 8;
        float[] k = {edge, edge, edge, edge, centre, edge, edge, edge, edge};
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(img, out);
        return out;
    }

    private static void noise(BufferedImage img, double sigma, boolean monochrome, Random random) {
        int[] px = pixels(img);
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            int n = (int) Math.round(random.nextGaussian() * sigma);
            int r = clamp(((p >> 16) & 255) + n + (monochrome ? 0 : random.nextInt(3) - 1));
            int g = clamp(((p >> 8) & 255) + n);
            int b = clamp((p & 255) + n + (monochrome ? 0 : random.nextInt(3) - 1));
            px[i] = (r << 16) | (g << 8) | b;
        }
    }

    /** Background removal: pixels at least as light as {@code level} become paper white. */
    private static void whiten(BufferedImage img, int level) {
        int[] px = pixels(img);
        for (int i = 0; i < px.length; i++) {
            if (luminance(px[i]) >= level) px[i] = 0xFFFFFF;
        }
    }

    private static void speckles(BufferedImage img, int count, Random random) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int i = 0; i < count; i++) {
            int v = random.nextInt(90);
            g.setColor(new Color(v, v, v));
            int s = 1 + random.nextInt(random.nextInt(10) == 0 ? 5 : 2);
            g.fillOval(random.nextInt(img.getWidth()), random.nextInt(img.getHeight()), s, s);
        }
        g.dispose();
    }

    /** Turns the page clockwise by 0, 90, 180 or 270 degrees, losslessly. */
    static BufferedImage rotate(BufferedImage img, int degrees) {
        if (degrees % 360 == 0) return img;
        int w = img.getWidth();
        int h = img.getHeight();
        boolean quarter = degrees == 90 || degrees == 270;
        BufferedImage out = new BufferedImage(quarter ? h : w, quarter ? w : h, BufferedImage.TYPE_INT_RGB);
        int[] src = pixels(img);
        int[] dst = pixels(out);
        int ow = out.getWidth();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx;
                int ny;
                switch (degrees) {
                    case 90 -> { nx = h - 1 - y; ny = x; }
                    case 180 -> { nx = w - 1 - x; ny = h - 1 - y; }
                    case 270 -> { nx = y; ny = w - 1 - x; }
                    default -> throw new IllegalArgumentException("rotation " + degrees);
                }
                dst[ny * ow + nx] = src[y * w + x];
            }
        }
        return out;
    }

    private static BufferedImage grey(BufferedImage img) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        int[] src = pixels(img);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < src.length; i++) dst[i] = (byte) luminance(src[i]);
        return out;
    }

    private static BufferedImage bilevel(BufferedImage img, int threshold) {
        int w = img.getWidth();
        BufferedImage out = new BufferedImage(w, img.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        int[] src = pixels(img);
        byte[] dst = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int stride = (w + 7) / 8;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                if (luminance(src[y * w + x]) >= threshold) dst[y * stride + x / 8] |= (byte) (0x80 >> (x % 8));
            }
        }
        return out;
    }

    static int luminance(int p) {
        return (((p >> 16) & 255) * 299 + ((p >> 8) & 255) * 587 + (p & 255) * 114) / 1000;
    }

    private static int clamp(int v) { return v < 0 ? 0 : Math.min(255, v); }
}
