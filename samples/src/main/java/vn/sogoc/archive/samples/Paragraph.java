package vn.sogoc.archive.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of printed text made of styled segments, wrapped by the layout.
 *
 * @param indent       first-line indent in points (negative: hanging indent for lists)
 * @param spaceBefore  extra space above, in points
 */
public record Paragraph(List<Segment> segments, Align align, float size, float indent, float spaceBefore) {

    /** Horizontal placement of the wrapped lines. */
    public enum Align { LEFT, CENTER, JUSTIFY }

    /** A run of text in one style. */
    public record Segment(String text, TextStyle style) { }

    public static Paragraph of(String text, TextStyle style, Align align, float size) {
        return new Paragraph(List.of(new Segment(text, style)), align, size, 0, 0);
    }

    /** "Label: value" with the value in its own style, left-aligned. */
    public static Paragraph labelled(String label, String value, TextStyle valueStyle, float size) {
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment(label, TextStyle.REGULAR));
        segments.add(new Segment(value, valueStyle));
        return new Paragraph(segments, Align.LEFT, size, 0, 0);
    }

    public Paragraph indented(float points) { return new Paragraph(segments, align, size, points, spaceBefore); }

    public Paragraph spaced(float points) { return new Paragraph(segments, align, size, indent, points); }
}
