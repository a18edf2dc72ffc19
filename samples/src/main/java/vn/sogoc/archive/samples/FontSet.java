package vn.sogoc.archive.samples;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The four styles of one {@link FontFamily}, loaded from their files and checked: the family name
 * must be the one asked for and every Vietnamese letter must be drawable.
 */
public final class FontSet {

    /** Every Vietnamese letter, both cases, plus the punctuation printed on results. */
    static final String VIETNAMESE_ALPHABET =
            "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
            + "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬBCDĐEÈẺẼÉẸÊỀỂỄẾỆGHIÌỈĨÍỊKLMNOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢPQRSTUÙỦŨÚỤƯỪỬỮỨỰVXYỲỶỸÝỴ"
            + "0123456789 .,;:/-()*\"'–";

    private static final Map<FontFamily, FontSet> CACHE = new ConcurrentHashMap<>();

    private final FontFamily family;
    private final Map<TextStyle, Font> fonts;

    private FontSet(FontFamily family, Map<TextStyle, Font> fonts) {
        this.family = family;
        this.fonts = fonts;
    }

    /** Loads (once per JVM) and checks the family; throws {@link MissingFontException} naming the package. */
    public static FontSet of(FontFamily family) {
        return CACHE.computeIfAbsent(family, FontSet::load);
    }

    private static FontSet load(FontFamily family) {
        Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);
        for (TextStyle style : TextStyle.values()) {
            Path file = family.file(style);
            if (!Files.isReadable(file)) {
                throw new MissingFontException("Font file " + file + " of '" + family.familyName()
                        + "' not found: install the Debian package " + family.debianPackage()
                        + " (apt-get install " + family.debianPackage() + ")");
            }
            Font font;
            try {
                font = Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            } catch (FontFormatException | IOException e) {
                throw new MissingFontException("Cannot load " + file + " (package " + family.debianPackage() + ")", e);
            }
            if (!family.familyName().equals(font.getFamily())) {
                throw new MissingFontException(file + " reports family '" + font.getFamily() + "', expected '"
                        + family.familyName() + "' (package " + family.debianPackage() + ")");
            }
            int bad = font.canDisplayUpTo(VIETNAMESE_ALPHABET);
            if (bad != -1) {
                throw new MissingFontException(file + " cannot draw Vietnamese letter '"
                        + VIETNAMESE_ALPHABET.charAt(bad) + "' (package " + family.debianPackage() + ")");
            }
            fonts.put(style, font);
        }
        return new FontSet(family, fonts);
    }

    public FontFamily family() { return family; }

    /** The style's font at {@code size} points (or device units, when the caller scales). */
    public Font font(TextStyle style, float size) { return fonts.get(style).deriveFont(size); }

    /** Fails loudly when a glyph of {@code text} would be drawn as a box. */
    public void checkDrawable(TextStyle style, String text) {
        int bad = fonts.get(style).canDisplayUpTo(text);
        if (bad != -1) {
            throw new MissingFontException(family.familyName() + " " + style + " cannot draw '" + text.charAt(bad)
                    + "' (U+" + Integer.toHexString(text.codePointAt(bad)).toUpperCase() + ") in: " + text);
        }
    }
}
