package vn.sogoc.archive.testpages;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Draws synthetic Vietnamese certificate pages (300 dpi, Tinos) for OCR tests, optionally rotated and skewed. */
public final class VietnamesePages {

    public static final int DPI = 300;
    private static final Path TINOS = Path.of("/usr/share/fonts/truetype/croscore/Tinos-Regular.ttf");
    private static final Path TINOS_BOLD = Path.of("/usr/share/fonts/truetype/croscore/Tinos-Bold.ttf");

    private static final String[] HOLDERS = {
        "Nguyễn Thị Hồng Nhung", "Trần Văn Đức", "Lê Hoàng Phúc", "Phạm Thị Thu Hương", "Đặng Hữu Dũng", "Võ Minh Khải"};
    private static final String[] STREETS = {
        "Trần Hưng Đạo", "Lê Lợi", "Nguyễn Trãi", "Hai Bà Trưng", "Điện Biên Phủ", "Lý Thường Kiệt"};
    private static final String[] TRADES = {
        "sản xuất bánh kẹo", "kinh doanh dịch vụ ăn uống", "chế biến thủy sản", "sản xuất nước uống đóng chai",
        "kinh doanh thực phẩm tươi sống", "sản xuất rượu thủ công"};

    /** One generated page: the image and the text drawn on it, line by line. */
    public record Page(BufferedImage image, String number, List<String> lines) {
        public String text() { return String.join("\n", lines); }
    }

    private VietnamesePages() { }

    /** A certificate page whose number, holder, address and trade vary with {@code seed}. */
    public static Page certificate(int seed) {
        Random random = new Random(seed);
        String number = (1000 + random.nextInt(9000)) + "/20" + (15 + random.nextInt(10)) + "/ATTP-CNĐK";
        String holder = HOLDERS[random.nextInt(HOLDERS.length)];
        List<String> lines = new ArrayList<>(List.of(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: " + number,
            "GIẤY CHỨNG NHẬN",
            "CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM",
            "Chứng nhận cơ sở của ông/bà " + holder,
            "Địa chỉ: số " + (1 + random.nextInt(300)) + " đường " + STREETS[random.nextInt(STREETS.length)] + ",",
            "phường Bến Nghé, quận " + (1 + random.nextInt(12)) + ", Thành phố Hồ Chí Minh.",
            "Đủ điều kiện an toàn thực phẩm theo quy định",
            "đối với cơ sở " + TRADES[random.nextInt(TRADES.length)] + ".",
            "Giấy chứng nhận có hiệu lực đến ngày " + (1 + random.nextInt(28)) + " tháng "
                + (1 + random.nextInt(12)) + " năm 20" + (25 + random.nextInt(5)) + "."));
        return new Page(draw(lines), number, lines);
    }

    private static BufferedImage draw(List<String> lines) {
        int width = 1748; // A5 at 300 dpi
        int height = 2480;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Font regular = font(TINOS, 50f, lines);
            Font bold = font(TINOS_BOLD, 54f, lines);
            int y = 260;
            for (int i = 0; i < lines.size(); i++) {
                boolean heading = i < 2 || i == 3 || i == 4;
                g.setFont(heading ? bold : regular);
                int textWidth = g.getFontMetrics().stringWidth(lines.get(i));
                int x = heading ? (width - textWidth) / 2 : 150;
                g.drawString(lines.get(i), x, y);
                y += (i == 1 || i == 4) ? 150 : 95;
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Font font(Path file, float size, List<String> lines) {
        try {
            Font font = Font.createFont(Font.TRUETYPE_FONT, file.toFile()).deriveFont(size);
            if (!font.getFamily().startsWith("Tinos")) {
                throw new IllegalStateException("Expected Tinos, got " + font.getFamily());
            }
            for (String line : lines) {
                if (font.canDisplayUpTo(line) != -1) {
                    throw new IllegalStateException(file + " cannot draw: " + line);
                }
            }
            return font;
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Font " + file + " missing (install fonts-croscore)", e);
        }
    }

    /** Rotates {@code image} by {@code quarterTurns} × 90° clockwise, then by {@code skewDegrees} (white fill). */
    public static BufferedImage turn(BufferedImage image, int quarterTurns, double skewDegrees) {
        double theta = Math.toRadians(quarterTurns * 90 + skewDegrees);
        double sin = Math.abs(Math.sin(theta));
        double cos = Math.abs(Math.cos(theta));
        int w = (int) Math.round(image.getWidth() * cos + image.getHeight() * sin);
        int h = (int) Math.round(image.getWidth() * sin + image.getHeight() * cos);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform t = new AffineTransform();
            t.translate(w / 2.0, h / 2.0);
            t.rotate(theta);
            t.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
