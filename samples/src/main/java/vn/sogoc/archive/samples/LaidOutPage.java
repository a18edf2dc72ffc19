package vn.sogoc.archive.samples;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One page after layout, in PDF points from the top-left corner of an A4 sheet: the printed lines
 * (the text ground truth), rules, and the seal and signature marks.
 *
 * @param seal      the red round seal; null when the page has none
 * @param signature the handwritten signature; null when the page has none
 */
public record LaidOutPage(List<PlacedLine> lines, List<Rule> rules, SealMark seal, SignatureMark signature) {

    public static final float WIDTH = 595.28f;
    public static final float HEIGHT = 841.89f;

    /** The printed lines' texts, in reading order. */
    public List<String> texts() { return lines.stream().map(PlacedLine::text).collect(Collectors.toList()); }

    /** A word placed at {@code x} (left edge) on its line. */
    public record PlacedWord(String text, TextStyle style, float x) { }

    /** A printed line: its words and baseline. */
    public record PlacedLine(List<PlacedWord> words, float baseline, float size) {
        public String text() { return words.stream().map(PlacedWord::text).collect(Collectors.joining(" ")); }
    }

    /** A horizontal rule (the short underline under the issuer and the motto). */
    public record Rule(float x1, float x2, float y, float thickness) { }

    /** A round seal centred at (cx, cy), its ring text rotated by {@code angle} degrees. */
    public record SealMark(float cx, float cy, float radius, float angle, String ringText) { }

    /** A handwritten signature scribbled inside a box; the seed shapes the strokes. */
    public record SignatureMark(float x, float y, float width, float height, long seed) { }
}
