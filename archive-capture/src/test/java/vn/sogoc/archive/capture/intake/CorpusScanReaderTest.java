package vn.sogoc.archive.capture.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.sogoc.archive.capture.ColorKind;
import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.ScanSource;
import vn.sogoc.archive.capture.UnreadableScanException;
import vn.sogoc.archive.capture.UnsupportedFormatException;
import vn.sogoc.archive.capture.config.CaptureSettings;

/** Every file of OCRmyPDF's test resources either yields bounded pages or is refused by name. */
class CorpusScanReaderTest {

    private static final Path CORPUS = Path.of("..", "..", "shared", "corpus", "ocrmypdf-resources").toAbsolutePath().normalize();
    private static final long MAX_PIXELS = CaptureSettings.DEFAULT_MAX_PIXELS;

    /**
     * Resolution of the first page where it is known: 30 × 30 in at 300 dpi would be 81 Mpx, so
     * 210; an image at 2400 dpi is clamped to 400; a 150 dpi scan stays 150; 116 × 116 in of CCITT
     * at 300 dpi goes down to 54.
     */
    private static final Map<String, Integer> FIRST_PAGE_DPI = Map.of(
        "enormous.pdf", 210, "2400dpi.pdf", 400, "c02-22.pdf", 150, "hugemono.pdf", 54, "linn.png", 300);
    private static final Map<String, ColorKind> FIRST_PAGE_KIND = Map.of(
        "hugemono.pdf", ColorKind.BILEVEL, "ccitt.pdf", ColorKind.BILEVEL, "jbig2.pdf", ColorKind.BILEVEL,
        "baiona_gray.png", ColorKind.GRAY, "baiona_color.jpg", ColorKind.COLOR, "baiona_cmyk.jpg", ColorKind.COLOR,
        "baiona_alpha.png", ColorKind.COLOR);

    private final DefaultScanReader reader = new DefaultScanReader();

    static Stream<Path> corpus() throws IOException {
        return Files.list(CORPUS).filter(Files::isRegularFile).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void opensWithinBudgetOrRefusesNamingTheFile(Path file) throws IOException {
        ScanSource source;
        try {
            source = reader.open(file);
        } catch (UnreadableScanException e) {
            assertThat(e.getMessage()).startsWith(file.getFileName() + ": ");
            assertThat(e.file()).isEqualTo(file);
            return;
        }
        try (source) {
            assertThat(source.pageCount()).isPositive();
            for (int i = 0; i < source.pageCount(); i++) {
                PageImage page = source.page(i);
                assertThat(page.index()).isEqualTo(i);
                assertThat(page.dpi()).isPositive();
                assertThat((long) page.image().getWidth() * page.image().getHeight()).isPositive().isLessThanOrEqualTo(MAX_PIXELS);
                assertThat(page.colorKind()).isNotNull();
                if (i == 0) {
                    String name = file.getFileName().toString();
                    assertThat(page.dpi()).as("dpi").isEqualTo(FIRST_PAGE_DPI.getOrDefault(name, page.dpi()));
                    assertThat(page.colorKind()).as("colour").isEqualTo(FIRST_PAGE_KIND.getOrDefault(name, page.colorKind()));
                }
                source.embeddedText(i).ifPresent(text -> assertThat(text.words()).allSatisfy(word ->
                    assertThat(word.text()).isNotBlank()));
            }
        }
    }

    @Test
    void filesThatAreNotScansAreUnsupported() {
        for (String name : new String[] {"linn.txt", "latin.hocr", "tagged.odt", "README.rst"}) {
            Throwable thrown = catchThrowable(() -> reader.open(CORPUS.resolve(name)));
            assertThat(thrown).as(name).isInstanceOf(UnsupportedFormatException.class).hasMessageStartingWith(name + ": ");
        }
    }

    @Test
    void damagedPdfIsUnreadable() {
        Throwable thrown = catchThrowable(() -> reader.open(CORPUS.resolve("invalid.pdf")));
        assertThat(thrown).isInstanceOf(UnreadableScanException.class).isNotInstanceOf(UnsupportedFormatException.class)
            .hasMessageStartingWith("invalid.pdf: ");
    }
}
