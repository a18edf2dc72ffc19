package vn.sogoc.archive.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.sogoc.archive.samples.LaidOutPage.PlacedLine;
import vn.sogoc.archive.samples.LaidOutPage.PlacedWord;
import vn.sogoc.archive.samples.LaidOutPage.Rule;
import vn.sogoc.archive.samples.LaidOutPage.SealMark;
import vn.sogoc.archive.samples.LaidOutPage.SignatureMark;
import vn.sogoc.archive.samples.Paragraph.Align;
import vn.sogoc.archive.samples.Paragraph.Segment;

/**
 * Lays a result out on A4 the way Decree 30/2020 (Appendix I) places its parts: issuer and number at
 * the top left, national title, motto and place-date at the top right, the title centred, the body,
 * and the signer block at the bottom right with the seal over it. Shrinks the type when the body is long.
 */
final class LayoutEngine {

    /** Least white space between the left and the right header column, in points. */
    static final float COLUMN_GAP = 10;

    private final TextMeasurer measurer;
    private final long seed;

    LayoutEngine(TextMeasurer measurer, long seed) {
        this.measurer = measurer;
        this.seed = seed;
    }

    List<LaidOutPage> layout(DocumentContent content, boolean withMarks) {
        for (float scale = 1f; ; scale -= 0.05f) {
            Random random = new Random(seed);
            Builder first = new Builder(random, scale);
            float end = first.firstPage(content, withMarks);
            if (end <= LaidOutPage.HEIGHT - first.bottom || scale < 0.7f) {
                List<LaidOutPage> pages = new ArrayList<>();
                pages.add(first.page());
                if (!content.annex().isEmpty()) {
                    Builder second = new Builder(random, scale);
                    second.annexPage(content.annex());
                    pages.add(second.page());
                }
                return pages;
            }
        }
    }

    /** Places the parts of one page. */
    private final class Builder {
        private final Random random;
        private final float scale;
        private final float left;
        private final float right;
        private final float top;
        private final float bottom;
        private final float leading;
        private final List<PlacedLine> lines = new ArrayList<>();
        private final List<Rule> rules = new ArrayList<>();
        private SealMark seal;
        private SignatureMark signature;

        Builder(Random random, float scale) {
            this.random = random;
            this.scale = scale;
            this.left = (float) Picks.between(random, 78, 92);
            this.right = LaidOutPage.WIDTH - (float) Picks.between(random, 38, 50);
            this.top = (float) Picks.between(random, 48, 62);
            this.bottom = 50;
            this.leading = (float) Picks.between(random, 1.2, 1.42);
        }

        LaidOutPage page() { return new LaidOutPage(List.copyOf(lines), List.copyOf(rules), seal, signature); }

        float firstPage(DocumentContent c, boolean withMarks) {
            float headerSize = 13 * scale - (random.nextBoolean() ? 1 : 0);
            // the right block's column (national title) is placed first so that the left block stays in its own column
            String nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
            float nationWidth = measurer.width(nation, TextStyle.BOLD, headerSize);
            float rightCentre = Math.min(right - nationWidth / 2, LaidOutPage.WIDTH - 42 - 150);
            // left block: governing body, issuer, rule, number
            float leftCentre = left + 95 * scale + (float) Picks.between(random, -6, 6);
            // the left column ends a gap before the national title; a block too wide for it moves left, then wraps
            float columnEnd = rightCentre - nationWidth / 2 - COLUMN_GAP;
            float leftColumn = Math.min(215 * scale, columnEnd - left);
            List<String> governing = c.facts().authority().governingBody() == null ? List.of()
                    : wrap(c.facts().authority().governingBody(), TextStyle.REGULAR, headerSize, leftColumn);
            List<String> issuer = wrap(c.facts().authority().issuerPrinted(), TextStyle.BOLD, headerSize, leftColumn);
            float blockWidth = Math.min(leftColumn, measurer.width(c.numberLine(), TextStyle.REGULAR, 13 * scale));
            for (String s : governing) blockWidth = Math.max(blockWidth, measurer.width(s, TextStyle.REGULAR, headerSize));
            for (String s : issuer) blockWidth = Math.max(blockWidth, measurer.width(s, TextStyle.BOLD, headerSize));
            leftCentre = Math.min(leftCentre, columnEnd - Math.min(blockWidth, leftColumn) / 2);
            float y = top + headerSize;
            for (String s : governing) y = columnLine(s, TextStyle.REGULAR, headerSize, leftCentre, y, leftColumn);
            float issuerWidth = 0;
            for (String s : issuer) {
                y = columnLine(s, TextStyle.BOLD, headerSize, leftCentre, y, leftColumn);
                issuerWidth = Math.max(issuerWidth, Math.min(leftColumn, measurer.width(s, TextStyle.BOLD, headerSize)));
            }
            float ruleHalf = Math.min(issuerWidth, 140) * (float) Picks.between(random, 0.22, 0.35);
            float ruleY = y - headerSize * leading + headerSize * (float) Picks.between(random, 0.45, 0.6);
            rules.add(new Rule(leftCentre - ruleHalf, leftCentre + ruleHalf, ruleY, 0.6f));
            float numberY = ruleY + headerSize * (float) Picks.between(random, 1.5, 1.9);
            float numberSize = 13 * scale;
            columnLine(c.numberLine(), TextStyle.REGULAR, numberSize, leftCentre, numberY, leftColumn);

            // right block: national title, motto, rule, place and date
            float ry = top + headerSize;
            ry = centredLine(nation, TextStyle.BOLD, headerSize, rightCentre, ry);
            float mottoSize = headerSize + (random.nextBoolean() ? 1 : 0);
            String motto = "Độc lập - Tự do - Hạnh phúc";
            ry = centredLine(motto, TextStyle.BOLD, mottoSize, rightCentre, ry);
            float mottoHalf = measurer.width(motto, TextStyle.BOLD, mottoSize) / 2;
            rules.add(new Rule(rightCentre - mottoHalf, rightCentre + mottoHalf,
                    ry - mottoSize * leading + mottoSize * 0.35f, 0.6f));
            float dateSize = 13 * scale + (random.nextBoolean() ? 1 : 0);
            float dateY = Math.max(numberY, ry + dateSize * 0.6f);
            float dateWidth = measurer.width(c.placeDate(), TextStyle.ITALIC, dateSize);
            float dateCentre = Math.min(rightCentre, right - dateWidth / 2);
            centredLine(c.placeDate(), TextStyle.ITALIC, dateSize, dateCentre, dateY);

            // title
            float titleSize = 14 * scale;
            float ty = Math.max(numberY, dateY) + titleSize * (float) Picks.between(random, 2.0, 3.0);
            float centre = (left + right) / 2;
            for (String t : c.titleLines()) {
                for (String s : wrap(t, TextStyle.BOLD, titleSize, (right - left) * 0.9f)) {
                    ty = centredLine(s, TextStyle.BOLD, titleSize, centre, ty);
                }
            }
            float by = ty + titleSize * 0.8f;
            for (Paragraph p : c.body()) by = paragraph(p, by);

            // signer block and recipients
            float signerSize = 13 * scale + (random.nextBoolean() ? 1 : 0);
            float sy = by + signerSize * 1.6f;
            float signerCentre = right - 115 * scale + (float) Picks.between(random, -10, 10);
            float titleTop = sy;
            for (String s : c.signerLines()) sy = centredLine(s, TextStyle.BOLD, signerSize, signerCentre, sy);
            float gap = (float) Picks.between(random, 62, 80) * scale;
            if (withMarks) {
                float sealRadius = (float) Picks.between(random, 50, 58) * scale;
                seal = new SealMark(signerCentre - (float) Picks.between(random, 30, 60), sy + gap / 2 - 6,
                        sealRadius, (float) Picks.between(random, -40, 40), c.facts().authority().sealRing());
                signature = new SignatureMark(signerCentre - 55, sy - 4, 120, gap - 8, random.nextLong());
            }
            float nameY = centredLine(c.signerName(), TextStyle.BOLD, signerSize, signerCentre, sy + gap);
            float ry2 = titleTop + signerSize * 0.4f;
            if (!c.recipients().isEmpty()) {
                float rs = 12 * scale;
                for (int i = 0; i < c.recipients().size(); i++) {
                    TextStyle st = i == 0 ? TextStyle.BOLD_ITALIC : TextStyle.REGULAR;
                    float s = i == 0 ? rs : rs - 1;
                    lines.add(new PlacedLine(List.of(new PlacedWord(c.recipients().get(i), st, left)), ry2, s));
                    ry2 += s * 1.2f;
                }
            }
            return Math.max(nameY, ry2);
        }

        void annexPage(List<Paragraph> annex) {
            float y = top + 14 * scale;
            for (Paragraph p : annex) y = paragraph(p, y);
        }

        /**
         * Centres {@code text} in a column {@code max} wide, shrinking the type when one word alone is wider
         * (a printed form never runs a column into its neighbour); returns the next baseline.
         */
        private float columnLine(String text, TextStyle style, float size, float centre, float y, float max) {
            float w = measurer.width(text, style, size);
            float fitted = w > max ? size * max / w : size;
            centredLine(text, style, fitted, centre, y);
            return y + size * leading;
        }

        /** Centres {@code text} at x = centre on baseline y; returns the next baseline. */
        private float centredLine(String text, TextStyle style, float size, float centre, float y) {
            float w = measurer.width(text, style, size);
            lines.add(new PlacedLine(List.of(new PlacedWord(text, style, centre - w / 2)), y, size));
            return y + size * leading;
        }

        private List<String> wrap(String text, TextStyle style, float size, float max) {
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && measurer.width(candidate, style, size) > max) {
                    out.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (line.length() > 0) out.add(line.toString());
            return out;
        }

        /** Wraps a paragraph of styled words into the text width; returns the next baseline. */
        private float paragraph(Paragraph p, float y) {
            float size = p.size() * scale;
            y += p.spaceBefore() * scale;
            List<PlacedWord> words = new ArrayList<>();
            for (Segment s : p.segments()) {
                for (String w : s.text().trim().split(" +")) {
                    if (!w.isEmpty()) words.add(new PlacedWord(w, s.style(), 0));
                }
            }
            float firstIndent = Math.max(0, p.indent());
            float restIndent = Math.max(0, -p.indent());
            float space = measurer.width(" ", TextStyle.REGULAR, size);
            List<List<PlacedWord>> rows = new ArrayList<>();
            List<PlacedWord> row = new ArrayList<>();
            float width = 0;
            for (PlacedWord w : words) {
                float ww = measurer.width(w.text(), w.style(), size);
                float avail = right - left - (rows.isEmpty() ? firstIndent : restIndent);
                if (!row.isEmpty() && width + space + ww > avail) {
                    rows.add(row);
                    row = new ArrayList<>();
                    width = 0;
                }
                width += (row.isEmpty() ? 0 : space) + ww;
                row.add(w);
            }
            if (!row.isEmpty()) rows.add(row);
            for (int r = 0; r < rows.size(); r++) {
                List<PlacedWord> ws = rows.get(r);
                float x0 = left + (r == 0 ? firstIndent : restIndent);
                float natural = 0;
                for (PlacedWord w : ws) natural += measurer.width(w.text(), w.style(), size);
                float gaps = Math.max(1, ws.size() - 1);
                float gap = space;
                boolean last = r == rows.size() - 1;
                if (p.align() == Align.JUSTIFY && !last && ws.size() > 1) gap = (right - x0 - natural) / gaps;
                if (p.align() == Align.CENTER) {
                    float total = natural + space * (ws.size() - 1);
                    x0 = (left + right) / 2 - total / 2;
                }
                List<PlacedWord> placed = new ArrayList<>();
                float x = x0;
                for (PlacedWord w : ws) {
                    placed.add(new PlacedWord(w.text(), w.style(), x));
                    x += measurer.width(w.text(), w.style(), size) + gap;
                }
                lines.add(new PlacedLine(placed, y, size));
                y += size * leading;
            }
            return y;
        }
    }
}
