package vn.sogoc.archive.ocr.tesseract;

import java.util.ArrayList;
import java.util.List;

/**
 * Erases the rings of a round seal (con dấu) on a bilevel page before OCR. On a black-and-white scan
 * the seal is as black as the text, so it cannot be faded by its grey level ({@link SealSuppressor});
 * but its rings are thin circles, which letters are not. The outer ring, with the letters of the
 * signer's title and name that touch it, is one large connected blob: a blob of a seal's size whose
 * pixels lie on one circle all around is a seal. Around that circle's centre, the radii at which ink
 * covers most of the circumference are the rings: the ink at those radii is erased, and so is every
 * blob lying wholly inside the disc (the caps text, the star). A letter crossing a ring loses only the
 * few pixels where it crosses; a letter wholly inside the disc is lost (measured: the gain from the
 * signer lines no longer hidden by the seal is far larger).
 */
final class SealRingEraser {

    /** Ink covering at least this share of a circle's circumference makes that radius a ring. */
    static final double RING_COVERAGE = 0.45;

    private SealRingEraser() { }

    /** A seal's outer circle in pixels, and how many ink pixels were erased. */
    record Ring(double cx, double cy, double radius, int erased) { }

    /** Whether an 8-bit page is black and white: almost no pixel lies between the two levels. */
    static boolean isBilevel(byte[] gray) {
        long between = 0;
        for (byte b : gray) {
            int v = b & 0xFF;
            if (v > 32 && v < 224) between++;
        }
        return between < gray.length / 1000;
    }

    /** Erases the seal rings of a bilevel page in place and returns them; empty when it has none. */
    static List<Ring> erase(byte[] gray, int width, int height, int dpi) {
        int[] label = new int[gray.length];
        int[] stack = new int[1024];
        List<Ring> rings = new ArrayList<>();
        List<double[]> circles = new ArrayList<>();
        int next = 0;
        double minSide = SealSuppressor.MIN_SEAL_INCHES * dpi, maxSide = SealSuppressor.MAX_SEAL_INCHES * dpi;
        for (int start = 0; start < gray.length; start++) {
            if (label[start] != 0 || (gray[start] & 0xFF) >= 128) continue;
            next++;
            // flood fill (8-connected), collecting the blob's pixels
            IntList pixels = new IntList();
            int top = 0;
            stack[top++] = start;
            label[start] = next;
            int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
            while (top > 0) {
                int p = stack[--top];
                pixels.add(p);
                int px = p % width, py = p / width;
                x0 = Math.min(x0, px); x1 = Math.max(x1, px); y0 = Math.min(y0, py); y1 = Math.max(y1, py);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = py + dy;
                    if (ny < 0 || ny >= height) continue;
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        if (nx < 0 || nx >= width) continue;
                        int n = ny * width + nx;
                        if (label[n] == 0 && (gray[n] & 0xFF) < 128) {
                            label[n] = next;
                            if (top == stack.length) stack = java.util.Arrays.copyOf(stack, top * 2);
                            stack[top++] = n;
                        }
                    }
                }
            }
            int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
            if (Math.max(bw, bh) > maxSide || Math.min(bw, bh) < minSide) continue;
            double[] circle = ringCircle(pixels, width, dpi);
            if (circle != null) {
                circles.add(circle);
            }
        }
        for (int i = 0; i < circles.size(); i++) {
            double[] c = circles.get(i);
            // a seal's inner ring, when it is a blob of its own, lies inside its outer ring
            if (circles.stream().anyMatch(o -> o[2] > c[2] && Math.hypot(o[0] - c[0], o[1] - c[1]) < o[2])) continue;
            rings.add(eraseRings(gray, width, height, circles.get(i)));
            eraseInside(gray, width, height, circles.get(i));
        }
        return rings;
    }

    /**
     * The circle the blob's ring lies on (centre x, y, radius), or {@code null} when the blob has no
     * ring. The blob also holds the letters and the signature touching the ring, so the circle is found
     * by sampling (RANSAC: circles through three of its pixels, the one most pixels lie on wins, with a
     * fixed seed so a page always reads the same), then refitted by least squares on the pixels on it.
     * A ring is a circle of a seal's size with ink all around it.
     */
    static double[] ringCircle(IntList pixels, int width, int dpi) {
        java.util.Random random = new java.util.Random(pixels.size());
        double minRadius = SealSuppressor.MIN_SEAL_INCHES * dpi / 2, maxRadius = SealSuppressor.MAX_SEAL_INCHES * dpi / 2;
        double[] best = null;
        int bestOn = 0;
        int step = Math.max(1, pixels.size() / 4000);         // count on a sample of the blob's pixels
        for (int trial = 0; trial < SAMPLES; trial++) {
            double[] c = through(pixels.get(random.nextInt(pixels.size())), pixels.get(random.nextInt(pixels.size())),
                pixels.get(random.nextInt(pixels.size())), width);
            if (c == null || c[2] < minRadius || c[2] > maxRadius) continue;
            int on = onCircle(pixels, width, c, step, null);
            if (on > bestOn) {
                bestOn = on;
                best = c;
            }
        }
        if (best == null) return null;
        double[] circle = fit(pixels, width, best, band(best) / best[2]);
        if (circle == null || circle[2] < minRadius || circle[2] > maxRadius) return null;
        boolean[] sectors = new boolean[36];
        int on = onCircle(pixels, width, circle, 1, sectors);
        int covered = 0;
        for (boolean s : sectors) if (s) covered++;
        return covered >= 30 && on >= 1.5 * 2 * Math.PI * circle[2] ? circle : null;
    }

    /** Random circles tried per blob. */
    static final int SAMPLES = 400;

    private static double band(double[] circle) { return Math.max(3, circle[2] * 0.04); }

    private static int onCircle(IntList pixels, int width, double[] c, int step, boolean[] sectors) {
        double band = band(c);
        int on = 0;
        for (int i = 0; i < pixels.size(); i += step) {
            int p = pixels.get(i);
            double dx = p % width - c[0], dy = p / width - c[1];
            if (Math.abs(Math.sqrt(dx * dx + dy * dy) - c[2]) <= band) {
                on++;
                if (sectors != null) sectors[(int) ((Math.atan2(dy, dx) + Math.PI) / (2 * Math.PI) * 36) % 36] = true;
            }
        }
        return on;
    }

    /** The circle through three pixels, or {@code null} when they are (nearly) on one line. */
    private static double[] through(int p1, int p2, int p3, int width) {
        double ax = p1 % width, ay = p1 / width, bx = p2 % width, by = p2 / width, cx = p3 % width, cy = p3 / width;
        double d = 2 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by));
        if (Math.abs(d) < 1e-6) return null;
        double a2 = ax * ax + ay * ay, b2 = bx * bx + by * by, c2 = cx * cx + cy * cy;
        double ux = (a2 * (by - cy) + b2 * (cy - ay) + c2 * (ay - by)) / d;
        double uy = (a2 * (cx - bx) + b2 * (ax - cx) + c2 * (bx - ax)) / d;
        return new double[] {ux, uy, Math.hypot(ax - ux, ay - uy)};
    }

    /** Kåsa's algebraic circle fit over the pixels (only those within {@code keep}·r of {@code near}, when given). */
    private static double[] fit(IntList pixels, int width, double[] near, double keep) {
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0, sz = 0, sxz = 0, syz = 0;
        int n = 0;
        for (int i = 0; i < pixels.size(); i++) {
            int p = pixels.get(i);
            double x = p % width, y = p / width;
            if (near != null && Math.abs(Math.hypot(x - near[0], y - near[1]) - near[2]) > keep * near[2]) continue;
            double z = x * x + y * y;
            sx += x; sy += y; sxx += x * x; syy += y * y; sxy += x * y; sz += z; sxz += x * z; syz += y * z;
            n++;
        }
        if (n < 50) return null;
        // solve [sxx sxy sx; sxy syy sy; sx sy n]·[D E F] = -[sxz syz sz]
        double[][] m = {{sxx, sxy, sx, -sxz}, {sxy, syy, sy, -syz}, {sx, sy, n, -sz}};
        for (int c = 0; c < 3; c++) {
            int pivot = c;
            for (int r = c + 1; r < 3; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
            double[] t = m[c]; m[c] = m[pivot]; m[pivot] = t;
            if (Math.abs(m[c][c]) < 1e-9) return null;
            for (int r = 0; r < 3; r++) {
                if (r == c) continue;
                double f = m[r][c] / m[c][c];
                for (int k = c; k < 4; k++) m[r][k] -= f * m[c][k];
            }
        }
        double d = m[0][3] / m[0][0], e = m[1][3] / m[1][1], f = m[2][3] / m[2][2];
        double cx = -d / 2, cy = -e / 2, r2 = cx * cx + cy * cy - f;
        return r2 <= 0 ? null : new double[] {cx, cy, Math.sqrt(r2)};
    }

    /** Erases the ink at every radius (around the circle's centre) where ink covers most of the circumference. */
    private static Ring eraseRings(byte[] gray, int width, int height, double[] circle) {
        double cx = circle[0], cy = circle[1], outer = circle[2];
        int reach = (int) Math.ceil(outer * 1.08);
        int[] count = new int[reach + 2];
        int xa = Math.max(0, (int) (cx - reach)), xb = Math.min(width - 1, (int) (cx + reach));
        int ya = Math.max(0, (int) (cy - reach)), yb = Math.min(height - 1, (int) (cy + reach));
        for (int y = ya; y <= yb; y++) {
            for (int x = xa; x <= xb; x++) {
                if ((gray[y * width + x] & 0xFF) >= 128) continue;
                int r = (int) Math.round(Math.hypot(x - cx, y - cy));
                if (r <= reach) count[r]++;
            }
        }
        boolean[] ring = new boolean[count.length];
        for (int r = 3; r <= reach; r++) {
            if (count[r] >= RING_COVERAGE * 2 * Math.PI * r) {
                ring[r - 1] = ring[r] = ring[r + 1] = true;     // with the stroke's soft edge
            }
        }
        int erased = 0;
        for (int y = ya; y <= yb; y++) {
            for (int x = xa; x <= xb; x++) {
                int i = y * width + x;
                if ((gray[i] & 0xFF) >= 128) continue;
                int r = (int) Math.round(Math.hypot(x - cx, y - cy));
                if (r < ring.length && ring[r]) {
                    gray[i] = (byte) 0xFF;
                    erased++;
                }
            }
        }
        return new Ring(cx, cy, outer, erased);
    }

    /**
     * Erases the blobs lying wholly inside the seal's disc (the caps text around the ring, the star, pieces
     * of the signature), which Tesseract reads as junk words once the rings are gone, but keeps the letters
     * of a horizontal text line that runs out of the disc: the signer's title or name crossing the seal.
     * The blobs are found afresh once the rings are erased, so letters that touched a ring stand alone.
     * A line is followed from letter-sized blobs wholly outside the seal, blob by blob, to neighbours
     * on the same line (overlapping rows, a gap of at most about a letter); accents above or below a
     * kept letter stay with it. The rotated caps text meets a signer line only where the two cross.
     */
    private static void eraseInside(byte[] gray, int width, int height, double[] c) {
        double r = c[2] * 0.97, outside = c[2] * 1.03;
        int xa = Math.max(0, (int) (c[0] - 2.5 * c[2])), xb = Math.min(width - 1, (int) (c[0] + 2.5 * c[2]));
        int ya = Math.max(0, (int) (c[1] - 1.3 * c[2])), yb = Math.min(height - 1, (int) (c[1] + 1.3 * c[2]));
        List<Blob> blobs = Blob.find(gray, width, xa, ya, xb, yb, c, r, outside);
        double letter = letterHeight(blobs);
        List<Blob> kept = new ArrayList<>();
        for (Blob b : blobs) {
            if (letter > 0 && b.whollyOutside && b.letterSized(letter)) {
                b.kept = true;
                kept.add(b);
            }
        }
        // follow the lines from the letters outside the seal into the disc: whole letters first, then the
        // accents and the pieces of letters a ring cut, right beside or above/below a kept letter
        grow(blobs, kept, letter, (k, b) -> b.letterSized(letter) && k.sameLineNear(b, letter));
        for (Blob b : blobs) {
            if (!b.inside || b.kept) continue;
            if (letter > 0 && b.smallerThanLine(letter) && kept.stream().anyMatch(k -> k.carriesPiece(b, letter))) continue;
            b.erase(gray);
        }
    }

    private static void grow(List<Blob> blobs, List<Blob> kept, double letter, java.util.function.BiPredicate<Blob, Blob> joins) {
        boolean grown = letter > 0;
        while (grown) {
            grown = false;
            for (Blob b : blobs) {
                if (b.kept) continue;
                for (int k = 0; k < kept.size(); k++) {
                    if (joins.test(kept.get(k), b)) {
                        b.kept = true;
                        kept.add(b);
                        grown = true;
                        break;
                    }
                }
            }
        }
    }

    /** The usual height of a letter near the seal: the median over letter-like blobs not inside it; 0 when too few. */
    private static double letterHeight(List<Blob> blobs) {
        List<Integer> heights = new ArrayList<>();
        for (Blob b : blobs) {
            int h = b.y1 - b.y0 + 1, w = b.x1 - b.x0 + 1;
            if (b.whollyOutside && !b.atWindowEdge && h >= 8 && w <= 6 * h && w >= 2) heights.add(h);
        }
        if (heights.size() < MIN_LETTERS) return 0;
        java.util.Collections.sort(heights);
        return heights.get(heights.size() / 2);
    }

    /** Fewer letters than this near a seal: no line to follow, every blob inside the disc goes. */
    static final int MIN_LETTERS = 5;

    /** A connected blob of ink near a seal, with its box and where it lies against the seal's disc. */
    private static final class Blob {
        final IntList pixels = new IntList();
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        boolean inside = true, whollyOutside = true, atWindowEdge, kept;

        /** The 8-connected blobs of ink in the window [xa, xb] × [ya, yb] (a blob is cut at the window's edge). */
        static List<Blob> find(byte[] gray, int width, int xa, int ya, int xb, int yb, double[] c, double r, double outside) {
            int ww = xb - xa + 1, wh = yb - ya + 1;
            boolean[] seen = new boolean[ww * wh];
            int[] stack = new int[1024];
            List<Blob> blobs = new ArrayList<>();
            for (int sy = ya; sy <= yb; sy++) for (int sx = xa; sx <= xb; sx++) {
                int si = (sy - ya) * ww + (sx - xa);
                if (seen[si] || (gray[sy * width + sx] & 0xFF) >= 128) continue;
                Blob b = new Blob();
                int top = 0;
                stack[top++] = si;
                seen[si] = true;
                while (top > 0) {
                    int q = stack[--top];
                    int x = q % ww + xa, y = q / ww + ya;
                    b.add(x, y, width, c, r, outside, x == xa || x == xb || y == ya || y == yb);
                    for (int dy = -1; dy <= 1; dy++) {
                        int ny = y + dy;
                        if (ny < ya || ny > yb) continue;
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = x + dx;
                            if (nx < xa || nx > xb) continue;
                            int n = (ny - ya) * ww + (nx - xa);
                            if (!seen[n] && (gray[ny * width + nx] & 0xFF) < 128) {
                                seen[n] = true;
                                if (top == stack.length) stack = java.util.Arrays.copyOf(stack, top * 2);
                                stack[top++] = n;
                            }
                        }
                    }
                }
                blobs.add(b);
            }
            return blobs;
        }

        private void add(int x, int y, int width, double[] c, double r, double outside, boolean edge) {
            pixels.add(y * width + x);
            x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
            double d = Math.hypot(x - c[0], y - c[1]);
            if (d > r) inside = false;
            if (d <= outside) whollyOutside = false;
            if (edge) atWindowEdge = true;
        }

        /** About a letter's height, or a few letters run together. */
        boolean letterSized(double letter) {
            int h = y1 - y0 + 1, w = x1 - x0 + 1;
            return h >= 0.5 * letter && h <= 1.6 * letter && w <= 8 * letter;
        }

        /** On the same text line as {@code o} (rows overlapping by half the smaller height) and at most about a letter apart. */
        boolean sameLineNear(Blob o, double letter) {
            int overlap = Math.min(y1, o.y1) - Math.max(y0, o.y0) + 1;
            int gap = Math.max(o.x0 - x1, x0 - o.x1) - 1;
            return overlap >= 0.5 * Math.min(y1 - y0 + 1, o.y1 - o.y0 + 1) && gap <= 0.9 * letter;
        }

        /** No taller than a line of letters (a piece of a letter, an accent, a dot). */
        boolean smallerThanLine(double letter) {
            return y1 - y0 + 1 <= 1.6 * letter && x1 - x0 + 1 <= 8 * letter;
        }

        /**
         * Whether {@code o} belongs with this letter: right beside it (a piece of a letter a ring cut) or
         * just above or below it (an accent, the dot of ọ), within its line's rows.
         */
        boolean carriesPiece(Blob o, double letter) {
            int gap = Math.max(o.x0 - x1, x0 - o.x1) - 1;
            return gap <= 0.3 * letter && o.y0 >= y0 - 0.8 * letter && o.y1 <= y1 + 0.5 * letter;
        }

        void erase(byte[] gray) {
            for (int i = 0; i < pixels.size(); i++) gray[pixels.get(i)] = (byte) 0xFF;
        }
    }

    /** A growable list of ints (a blob's pixel indexes) without boxing. */
    static final class IntList {
        private int[] values = new int[256];
        private int size;

        void add(int v) {
            if (size == values.length) values = java.util.Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        int get(int i) { return values[i]; }

        int size() { return size; }
    }
}
