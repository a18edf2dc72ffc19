package vn.sogoc.archive.samples;

import java.awt.font.FontRenderContext;

/** Measures with the Java2D font of the document's {@link FontSet}, in points, with fractional metrics. */
final class AwtTextMeasurer implements TextMeasurer {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final FontSet fonts;

    AwtTextMeasurer(FontSet fonts) { this.fonts = fonts; }

    @Override
    public float width(String text, TextStyle style, float size) {
        return (float) fonts.font(style, size).getStringBounds(text, FRC).getWidth();
    }
}
