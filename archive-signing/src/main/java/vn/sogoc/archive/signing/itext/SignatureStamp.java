package vn.sogoc.archive.signing.itext;

import com.itextpdf.forms.form.element.SignatureFieldAppearance;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The visible signature: three lines (label, organisation, signing time as ISO 8601 with offset) in Tinos
 * 10 pt black, embedded, no image, in a box at the top right of the first page. Tinos is metric-compatible
 * with Times New Roman, which the rules ask for. Thread-safe: the parsed font program is kept per thread
 * (iText's subsetter reads it through a shared file pointer, so threads must not share one), and each
 * document gets its own {@link PdfFont}.
 */
final class SignatureStamp {

    /** ISO 8601 with seconds always shown and the offset as +07:00. */
    static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private static final String FONT_RESOURCE = "/vn/sogoc/archive/signing/fonts/Tinos-Regular.ttf";
    private static final float FONT_SIZE = 10f;
    private static final float LEADING = 1.2f;
    private static final float PADDING = 3f;
    private static final float PAGE_MARGIN = 28f;

    private final byte[] fontBytes;
    private final ThreadLocal<FontProgram> fontProgram = ThreadLocal.withInitial(this::parseFont);

    SignatureStamp() {
        try (InputStream in = SignatureStamp.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing: " + FONT_RESOURCE);
            }
            this.fontBytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The appearance text lines. */
    static List<String> lines(String label, String organisation, OffsetDateTime time) {
        return List.of(label, organisation, TIME_FORMAT.format(time));
    }

    /** A fresh embedded font (a PdfFont belongs to one document). */
    PdfFont newFont() {
        return PdfFontFactory.createFont(fontProgram.get(), PdfEncodings.IDENTITY_H,
            PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private FontProgram parseFont() {
        try {
            return FontProgramFactory.createFont(fontBytes, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + FONT_RESOURCE, e);
        }
    }

    /** The appearance element for these lines and font. */
    SignatureFieldAppearance appearance(List<String> lines, PdfFont font) {
        Div div = new Div();
        for (String line : lines) {
            div.add(new Paragraph(line).setMargin(0).setMultipliedLeading(LEADING));
        }
        SignatureFieldAppearance appearance = new SignatureFieldAppearance(
            com.itextpdf.signatures.SignerProperties.IGNORED_ID);
        appearance.setContent(div);
        appearance.setFont(font).setFontSize(FONT_SIZE).setFontColor(DeviceGray.BLACK);
        appearance.setBorder(Border.NO_BORDER);
        for (int side : new int[] {Property.PADDING_TOP, Property.PADDING_RIGHT, Property.PADDING_BOTTOM,
            Property.PADDING_LEFT}) {
            appearance.setProperty(side, UnitValue.createPointValue(PADDING));
        }
        return appearance;
    }

    /**
     * The box at the top right of page 1 (its crop box; below earlier signatures, if any) wide enough for
     * the longest line, at most half the page wide (longer lines wrap, and the box grows downwards).
     */
    Rectangle box(List<String> lines, PdfFont font, FirstPage firstPage) {
        Rectangle page = firstPage.cropBox();
        float maxWidth = page.getWidth() / 2 - PAGE_MARGIN;
        float inner = 0;
        for (String line : lines) {
            inner = Math.max(inner, font.getWidth(line, FONT_SIZE));
        }
        float width = Math.min(inner + 2 * PADDING + 4, maxWidth);
        float usable = width - 2 * PADDING - 4;
        int rows = 0;
        for (String line : lines) {
            rows += Math.max(1, (int) Math.ceil(font.getWidth(line, FONT_SIZE) / usable));
        }
        float height = rows * FONT_SIZE * LEADING + 2 * PADDING + 4;
        float top = Math.min(page.getTop() - PAGE_MARGIN, firstPage.freeTop());
        return new Rectangle(page.getRight() - PAGE_MARGIN - width, top - height, width, height);
    }
}
