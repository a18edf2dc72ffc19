package vn.sogoc.archive.testpages;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A grey 200-dpi page whose signer block (title and name) lies under a round seal printed in mid-grey,
 * as a red seal looks on a grey scan: two rings, caps text around them and a star, multiplied into
 * the black text under them.
 */
public final class SealedSignerPage {

    public static final int DPI = 200;
    public static final String TITLE = "GIÁM ĐỐC";
    public static final String NAME = "Nguyễn Văn Hùng";
    /** Grey level of the seal's ink: a red seal (205, 32, 42) seen through a grey scanner. */
    public static final int SEAL_GREY = 110;
    /** Centre and outer radius of the seal, in pixels. */
    public static final int SEAL_X = 1150, SEAL_Y = 900, SEAL_RADIUS = 130;

    private static final Path TINOS = Path.of("/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf");
    private static final Path TINOS_BOLD = Path.of("/usr/share/fonts/truetype/croscore/Tinos-Bold.ttf");

    private SealedSignerPage() { }

    /** The page with its seal ({@code sealed}) or without it. */
    public static BufferedImage draw(boolean sealed) { return draw(sealed, NAME_BELOW_CENTRE); }

    /** The name's baseline below the seal's centre, in pixels: it crosses the seal's lower ring. */
    public static final int NAME_BELOW_CENTRE = 120;

    /** The page with the signer's name {@code nameBelowCentre} pixels below the seal's centre. */
    public static BufferedImage draw(boolean sealed, int nameBelowCentre) {
        BufferedImage page = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setFont(font(TINOS, 33f));
            g.drawString("Địa chỉ: số 12 đường Lê Lợi, phường Bến Nghé, quận 1.", 200, 500);
            g.drawString("Đủ điều kiện an toàn thực phẩm theo quy định.", 200, 560);
            g.setFont(font(TINOS_BOLD, 36f));
            centred(g, TITLE, SEAL_X + 40, SEAL_Y - 110);
            centred(g, NAME, SEAL_X + 40, SEAL_Y + nameBelowCentre);
        } finally {
            g.dispose();
        }
        if (sealed) {
            stamp(page);
        }
        return page;
    }

    /** The sealed page as a black-and-white scan: the seal turns as black as the text. */
    public static BufferedImage drawBilevel() { return drawBilevel(NAME_BELOW_CENTRE); }

    /** The bilevel page with the signer's name {@code nameBelowCentre} pixels below the seal's centre. */
    public static BufferedImage drawBilevel(int nameBelowCentre) {
        BufferedImage grey = draw(true, nameBelowCentre);
        BufferedImage bilevel = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        int[] row = new int[grey.getWidth()];
        for (int y = 0; y < grey.getHeight(); y++) {
            grey.getRaster().getPixels(0, y, grey.getWidth(), 1, row);
            for (int x = 0; x < row.length; x++) row[x] = row[x] < 160 ? 0 : 1;
            bilevel.getRaster().setPixels(0, y, grey.getWidth(), 1, row);
        }
        return bilevel;
    }

    private static void stamp(BufferedImage page) {
        BufferedImage seal = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = seal.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, seal.getWidth(), seal.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(SEAL_GREY, SEAL_GREY, SEAL_GREY));
            int r = SEAL_RADIUS;
            g.setStroke(new BasicStroke(6f));
            g.draw(new Ellipse2D.Double(SEAL_X - r, SEAL_Y - r, 2 * r, 2 * r));
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Ellipse2D.Double(SEAL_X - r + 14, SEAL_Y - r + 14, 2 * r - 28, 2 * r - 28));
            g.draw(new Ellipse2D.Double(SEAL_X - r * 0.56, SEAL_Y - r * 0.56, r * 1.12, r * 1.12));
            g.setFont(font(TINOS_BOLD, 22f));
            String ring = "SỞ Y TẾ * THÀNH PHỐ * ";
            for (int i = 0; i < ring.length(); i++) {
                double a = Math.toRadians(-150 + i * 300.0 / ring.length());
                Graphics2D c = (Graphics2D) g.create();
                c.translate(SEAL_X, SEAL_Y);
                c.rotate(a + Math.PI / 2);
                c.drawString(ring.substring(i, i + 1), -6, -(r - 20));
                c.dispose();
            }
            g.fillOval(SEAL_X - 30, SEAL_Y - 30, 60, 60);
        } finally {
            g.dispose();
        }
        int[] under = page.getRaster().getPixels(0, 0, page.getWidth(), page.getHeight(), (int[]) null);
        int[] ink = seal.getRaster().getPixels(0, 0, page.getWidth(), page.getHeight(), (int[]) null);
        for (int i = 0; i < under.length; i++) {
            under[i] = under[i] * ink[i] / 255;            // stamp ink darkens what is under it
        }
        page.getRaster().setPixels(0, 0, page.getWidth(), page.getHeight(), under);
    }

    private static void centred(Graphics2D g, String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
    }

    private static Font font(Path file, float size) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(size);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Font " + file + " missing (install fonts-croscore)", e);
        }
    }
}
