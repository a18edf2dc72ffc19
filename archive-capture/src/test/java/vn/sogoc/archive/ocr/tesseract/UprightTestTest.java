package vn.sogoc.archive.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.ScanSource;
import vn.sogoc.archive.capture.intake.DefaultScanReader;
import vn.sogoc.archive.samples.ColourMode;
import vn.sogoc.archive.samples.SampleGenerator;
import vn.sogoc.archive.samples.SamplePlans;
import vn.sogoc.archive.samples.SampleSpec;
import vn.sogoc.archive.samples.ScanFormat;

/**
 * The up/down test on generated Vietnamese results with known answers: each page (colour, grey and
 * bilevel; 200 and 300 dpi; skewed up to 3°) turned by 0, 90, 180 and 270°. It must never call a page
 * the wrong way up, and be sure about most of them (the unsure ones cost a second read, not an error).
 * More pages: {@code -Dupright.pages=N}.
 */
class UprightTestTest {

    private static final int PAGES = Integer.getInteger("upright.pages", 12);
    private static final List<PageImage> pages = new ArrayList<>();
    private static final List<String> names = new ArrayList<>();

    @BeforeAll
    static void generate(@TempDir Path dir) throws Exception {
        SampleGenerator generator = new SampleGenerator(SampleGenerator.DEMO_AS_OF);
        List<SampleSpec> specs = SamplePlans.random(PAGES, 11, EnumSet.of(ScanFormat.PNG));
        ColourMode[] colours = ColourMode.values();
        DefaultScanReader reader = new DefaultScanReader();
        for (int i = 0; i < specs.size(); i++) {
            SampleSpec spec = specs.get(i).withFormat(ScanFormat.PNG, colours[i % colours.length])
                    .withGeometry(0, specs.get(i).skew());
            Path file = generator.generate(spec, dir).file();
            try (ScanSource source = reader.open(file)) {
                pages.add(source.page(0));
                names.add(spec.name() + " " + spec.colour() + " " + spec.dpi() + " dpi skew " + spec.skew());
            }
        }
    }

    @Test
    void neverCallsAPageTheWrongWayUpAndIsSureOfMost() {
        int sure = 0;
        int total = 0;
        List<String> wrong = new ArrayList<>();
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            PageImage page = pages.get(i);
            for (int turn = 0; turn < 360; turn += 90) {
                var gray = GrayBytes.toGray(PageRotator.rotate(page.image(), turn));
                InkPoints ink = InkPoints.of(gray, page.dpi());
                SkewEstimator.Estimate estimate = SkewEstimator.estimate(ink);
                UprightTest.Result result = UprightTest.of(ink, estimate.linesRunDown(), estimate.skewDegrees());
                // the page the recognizer would read: turned back by 90 when the lines run down, then by 180 if upside down
                int corrected = (turn + (estimate.linesRunDown() ? 90 : 0)) % 360;
                boolean upright = corrected == 0;
                log.append(String.format("%s turn %d: %s %.3f (%d lines)%n", names.get(i), turn, result.verdict(),
                        result.asymmetry(), result.lines()));
                total++;
                if (result.verdict() == UprightTest.Verdict.UNSURE) continue;
                sure++;
                if ((result.verdict() == UprightTest.Verdict.UPRIGHT) != upright) {
                    wrong.add(names.get(i) + " turned " + turn + ": " + result);
                }
            }
        }
        System.out.print(log);
        System.out.printf("up/down test: %d pages, sure of %d, wrong %d%n", total, sure, wrong.size());
        assertThat(wrong).isEmpty();
        assertThat(sure).isGreaterThanOrEqualTo(total * 3 / 4);
    }
}
