package vn.sogoc.archive.samples;

/** Width of a text in points, for wrapping and centring; one implementation per output (Java2D, PDF). */
@FunctionalInterface
public interface TextMeasurer {

    float width(String text, TextStyle style, float size);
}
