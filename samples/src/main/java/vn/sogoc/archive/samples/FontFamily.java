package vn.sogoc.archive.samples;

import java.nio.file.Path;

/**
 * Serif faces that draw every Vietnamese letter on this platform, with the Debian package that
 * provides each. Tinos (metric-compatible with Times New Roman) is the face of most printed results.
 */
public enum FontFamily {
    TINOS("Tinos", "fonts-croscore", "/usr/share/fonts/truetype/croscore/",
            "Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf", "Tinos-BoldItalic.ttf"),
    NOTO_SERIF("Noto Serif", "fonts-noto-core", "/usr/share/fonts/truetype/noto/",
            "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf", "NotoSerif-BoldItalic.ttf"),
    DEJAVU_SERIF("DejaVu Serif", "fonts-dejavu-core", "/usr/share/fonts/truetype/dejavu/",
            "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf");

    private final String familyName;
    private final String debianPackage;
    private final String directory;
    private final String[] files;

    FontFamily(String familyName, String debianPackage, String directory, String... files) {
        this.familyName = familyName;
        this.debianPackage = debianPackage;
        this.directory = directory;
        this.files = files;
    }

    /** The family name the loaded font must report ({@code Font.getFamily()}). */
    public String familyName() { return familyName; }

    /** The Debian package to install when the files are missing. */
    public String debianPackage() { return debianPackage; }

    /** The font file of a style. */
    public Path file(TextStyle style) { return Path.of(directory, files[style.ordinal()]); }
}
