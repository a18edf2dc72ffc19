package vn.sogoc.archive.ocr.tesseract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Fades a stamped seal (con dấu) on a grey page before OCR. On a grey scan the red seal turns mid-grey,
 * lighter than the black text under it, but Tesseract's binarisation keeps it as ink: the ring, its
 * caps text and the star make the signer block look like a picture, and the signer's title and name
 * under the seal are then read as nothing or as junk.
 * <p>
 * How: mid-grey pixels (between the page's ink and paper levels) that are not the soft edge of a
 * dark stroke are grouped into blobs on a coarse grid; a blob of a seal's size (a roughly square box
 * of 0.6 to 2.6 inches) is a seal. Inside its box every pixel lighter than the text's ink is turned to
 * paper white, so the text under the seal keeps its dark core while the seal disappears. A page with no
 * such blob (no seal, a colour page whose seal the red drop-out already faded, a bilevel page) is left
 * as it is.
 */
final class SealSuppressor {

    /** Smallest and largest side of a seal's box, in inches (round seals are 1.3 to 1.6 inches across). */
    static final double MIN_SEAL_INCHES = 0.6;
    static final double MAX_SEAL_INCHES = 2.6;
    /**
     * Cells this far apart still belong to one blob: where a line of text crosses the ring, the ring's
     * pixels next to the letters are left out (they look like the letters' soft edges), which cuts it.
     */
    static final int REACH = 3;
    /** Least share of its box's cells a seal's blob covers (a thin double ring alone covers about 8%). */
    static final double MIN_FILL = 0.05;
    /** Pixels darker than this fraction of the paper level are text ink. */
    static final double INK_FRACTION = 0.30;
    /** Pixels lighter than this fraction of the paper level are paper. */
    static final double PAPER_FRACTION = 0.86;

    private SealSuppressor() { }

    /** A seal found on a page: its box in pixels and the grey level from which its ink is erased. */
    record Seal(int x0, int y0, int x1, int y1, int eraseFrom) { }

    /**
     * Erases the seals of an 8-bit grey page in place (rows packed, {@code width} bytes each) and
     * returns them; empty when the page has none.
     */
    static List<Seal> suppress(byte[] gray, int width, int height, int dpi) {
        List<Seal> seals = find(gray, width, height, dpi);
        for (Seal s : seals) {
            for (int y = s.y0(); y < s.y1(); y++) {
                int row = y * width;
                for (int x = s.x0(); x < s.x1(); x++) {
                    if ((gray[row + x] & 0xFF) >= s.eraseFrom()) gray[row + x] = (byte) 0xFF;
                }
            }
        }
        return seals;
    }

    static List<Seal> find(byte[] gray, int width, int height, int dpi) {
        int paper = paperLevel(gray);
        int ink = (int) Math.round(paper * INK_FRACTION);
        int light = (int) Math.round(paper * PAPER_FRACTION);
        if (light - ink < 40) {
            return List.of();                          // a bilevel or washed-out page: no mid-grey to speak of
        }
        int halo = Math.max(1, dpi / 100);
        boolean[] nearInk = dilate(gray, width, height, ink, halo);
        int cell = Math.max(2, dpi / 50);
        int cw = (width + cell - 1) / cell;
        int ch = (height + cell - 1) / cell;
        int[] count = new int[cw * ch];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int crow = (y / cell) * cw;
            for (int x = 0; x < width; x++) {
                int v = gray[row + x] & 0xFF;
                if (v >= ink && v < light && !nearInk[row + x]) count[crow + x / cell]++;
            }
        }
        int minCount = Math.max(2, cell * cell / 8);
        boolean[] seen = new boolean[cw * ch];
        List<Seal> seals = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        double minCells = MIN_SEAL_INCHES * dpi / cell;
        double maxCells = MAX_SEAL_INCHES * dpi / cell;
        for (int start = 0; start < count.length; start++) {
            if (seen[start] || count[start] < minCount) continue;
            int bx0 = Integer.MAX_VALUE, by0 = Integer.MAX_VALUE, bx1 = -1, by1 = -1, cells = 0;
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int c = queue.poll();
                int cx = c % cw, cy = c / cw;
                cells++;
                bx0 = Math.min(bx0, cx); by0 = Math.min(by0, cy); bx1 = Math.max(bx1, cx); by1 = Math.max(by1, cy);
                for (int dy = -REACH; dy <= REACH; dy++) {
                    for (int dx = -REACH; dx <= REACH; dx++) {
                        int nx = cx + dx, ny = cy + dy;
                        if (nx < 0 || ny < 0 || nx >= cw || ny >= ch) continue;
                        int n = ny * cw + nx;
                        if (!seen[n] && count[n] >= minCount) {
                            seen[n] = true;
                            queue.add(n);
                        }
                    }
                }
            }
            int bw = bx1 - bx0 + 1, bh = by1 - by0 + 1;
            boolean sealSized = bw >= minCells && bh >= minCells && bw <= maxCells && bh <= maxCells
                && bw <= 1.5 * bh && bh <= 1.5 * bw;
            // a ring covers a fair part of its box; a chance chain of specks does not
            if (sealSized && cells >= MIN_FILL * bw * bh) {
                int pad = 2;
                int x0 = Math.max(0, (bx0 - pad) * cell), y0 = Math.max(0, (by0 - pad) * cell);
                int x1 = Math.min(width, (bx1 + 1 + pad) * cell), y1 = Math.min(height, (by1 + 1 + pad) * cell);
                seals.add(new Seal(x0, y0, x1, y1, ink));
            }
        }
        // the seal's inner ring is a blob of its own, inside the outer one's box
        seals.removeIf(inner -> seals.stream().anyMatch(outer -> outer != inner && outer.x0() <= inner.x0()
            && outer.y0() <= inner.y0() && outer.x1() >= inner.x1() && outer.y1() >= inner.y1()));
        return seals;
    }

    /** The page's paper level: the grey level at the 80th percentile (most of a page is paper). */
    static int paperLevel(byte[] gray) {
        int[] histogram = new int[256];
        for (byte b : gray) histogram[b & 0xFF]++;
        long target = (long) (gray.length * 0.2);
        long seen = 0;
        for (int v = 255; v >= 0; v--) {
            seen += histogram[v];
            if (seen > target) return v;
        }
        return 255;
    }

    /** Pixels within {@code radius} (square window) of a pixel darker than {@code ink}. */
    private static boolean[] dilate(byte[] gray, int width, int height, int ink, int radius) {
        boolean[] rows = new boolean[gray.length];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int last = -radius - 1;                    // x of the last dark pixel seen, scanning right
            for (int x = 0; x < width; x++) {
                if ((gray[row + x] & 0xFF) < ink) last = x;
                if (x - last <= radius) rows[row + x] = true;
            }
            last = width + radius + 1;
            for (int x = width - 1; x >= 0; x--) {
                if ((gray[row + x] & 0xFF) < ink) last = x;
                if (last - x <= radius) rows[row + x] = true;
            }
        }
        boolean[] out = new boolean[gray.length];
        for (int x = 0; x < width; x++) {
            int last = -radius - 1;
            for (int y = 0; y < height; y++) {
                if (rows[y * width + x]) last = y;
                if (y - last <= radius) out[y * width + x] = true;
            }
            last = height + radius + 1;
            for (int y = height - 1; y >= 0; y--) {
                if (rows[y * width + x]) last = y;
                if (last - y <= radius) out[y * width + x] = true;
            }
        }
        return out;
    }
}
