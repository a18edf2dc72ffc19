package vn.sogoc.archive.app.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A small bar chart drawn with Java2D (no chart library: a few bar charts do not justify one):
 * categories along x, one or more series stacked or side by side, a y axis with round ticks, an optional
 * target line, a legend. Opaque RGB (no alpha), so the PNG can go into a PDF/A as is.
 *
 * @param title      the chart's title
 * @param categories x labels
 * @param series     the series (values per category)
 * @param stacked    stack the series instead of placing them side by side
 * @param target     a horizontal target line (e.g. the plan's percent), or null
 * @param unit       the y unit shown after the title, e.g. "trang / pages"
 */
record BarChart(String title, List<String> categories, List<Series> series, boolean stacked, Double target, String unit) {

    /** One series: name, colour, a value per category. */
    record Series(String name, Color color, double[] values) { }

    static final Color BLUE = new Color(0x1f, 0x77, 0xb4);
    static final Color GREEN = new Color(0x2c, 0xa0, 0x2c);
    static final Color ORANGE = new Color(0xff, 0x7f, 0x0e);
    static final Color RED = new Color(0xd6, 0x27, 0x28);
    static final Color GREY = new Color(0x99, 0x99, 0x99);

    BufferedImage render(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            float base = Math.max(11f, height / 28f);
            g.setFont(ReportFont.awt(base * 1.2f));
            g.setColor(Color.BLACK);
            g.drawString(title + (unit == null ? "" : " (" + unit + ")"), 10, (int) (base * 1.5));
            g.setFont(ReportFont.awt(base));
            FontMetrics fm = g.getFontMetrics();
            int left = fm.stringWidth("000000") + 16, right = 12, top = (int) (base * 2.6), bottom = fm.getHeight() * 2 + 30;
            int plotW = width - left - right, plotH = height - top - bottom;
            double max = 0;
            for (int c = 0; c < categories.size(); c++) {
                double sum = 0;
                for (Series s : series) {
                    double v = c < s.values().length ? s.values()[c] : 0;
                    sum = stacked ? sum + v : Math.max(sum, v);
                }
                max = Math.max(max, sum);
            }
            if (target != null) max = Math.max(max, target);
            double step = niceStep(max <= 0 ? 1 : max / 5);
            double top2 = Math.max(step, Math.ceil(max / step) * step);
            g.setColor(new Color(0xdd, 0xdd, 0xdd));
            g.setStroke(new BasicStroke(1f));
            for (double t = 0; t <= top2 + 1e-9; t += step) {
                int y = top + plotH - (int) Math.round(t / top2 * plotH);
                g.setColor(new Color(0xdd, 0xdd, 0xdd));
                g.drawLine(left, y, left + plotW, y);
                g.setColor(Color.DARK_GRAY);
                String label = step >= 1 ? String.format("%,.0f", t) : String.format("%.2f", t);
                g.drawString(label, left - fm.stringWidth(label) - 6, y + fm.getAscent() / 2 - 2);
            }
            int n = Math.max(1, categories.size());
            double slot = (double) plotW / n;
            int groups = stacked ? 1 : Math.max(1, series.size());
            double barW = Math.max(1, slot * 0.7 / groups);
            for (int c = 0; c < categories.size(); c++) {
                double x0 = left + c * slot + slot * 0.15;
                double acc = 0;
                for (int s = 0; s < series.size(); s++) {
                    Series se = series.get(s);
                    double v = c < se.values().length ? se.values()[c] : 0;
                    int h = (int) Math.round(v / top2 * plotH);
                    int yBase = top + plotH - (int) Math.round(acc / top2 * plotH);
                    int x = (int) Math.round(stacked ? x0 : x0 + s * barW);
                    g.setColor(se.color());
                    g.fillRect(x, yBase - h, (int) Math.max(1, Math.round(barW)), h);
                    if (stacked) acc += v;
                }
                String label = categories.get(c);
                int every = Math.max(1, (int) Math.ceil(fm.stringWidth("0000-00-00 ") / slot));
                if (c % every == 0) {
                    g.setColor(Color.DARK_GRAY);
                    int lx = (int) Math.round(left + c * slot + slot / 2 - fm.stringWidth(label) / 2.0);
                    g.drawString(label, Math.max(2, lx), top + plotH + fm.getHeight());
                }
            }
            g.setColor(Color.BLACK);
            g.drawLine(left, top + plotH, left + plotW, top + plotH);
            g.drawLine(left, top, left, top + plotH);
            if (target != null) {
                int y = top + plotH - (int) Math.round(target / top2 * plotH);
                g.setColor(RED);
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
                g.drawLine(left, y, left + plotW, y);
            }
            int lx = left, ly = height - fm.getHeight() + 4;
            for (Series s : series) {
                g.setColor(s.color());
                g.fillRect(lx, ly - fm.getAscent() + 2, 14, fm.getAscent() - 2);
                g.setColor(Color.BLACK);
                g.drawString(s.name(), lx + 18, ly);
                lx += 44 + fm.stringWidth(s.name());
            }
            if (target != null) {
                g.setColor(RED);
                g.drawString("- - kế hoạch / plan", lx, ly);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    byte[] png(int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(render(width, height), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double r = raw / mag;
        return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * mag;
    }
}
