package vn.sogoc.archive.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sogoc.archive.samples.LaidOutPage.PlacedLine;

/** The two header columns of a first page never print over each other (left: authority and number; right: nation, motto, date). */
class HeaderColumnsTest {

    private static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    private final SampleGenerator generator = new SampleGenerator(SampleGenerator.DEMO_AS_OF);

    @Test
    void leftBlockStaysLeftOfTheRightColumn() {
        List<String> overlaps = new ArrayList<>();
        int checked = 0;
        // seed 11 printed "THÀNH PHỐ" over "CỘNG HÒA" on 4 of 30 pages before the fix
        for (long seed : new long[] {11, 4242, 777}) {
            for (SampleSpec spec : SamplePlans.random(40, seed, EnumSet.of(ScanFormat.PNG))) {
                TextMeasurer measurer = new AwtTextMeasurer(FontSet.of(spec.font()));
                List<PlacedLine> lines = generator.layout(spec).get(0).lines();
                int nation = 0;
                while (!lines.get(nation).text().equals(NATION)) nation++;
                List<PlacedLine> leftBlock = lines.subList(0, nation);
                List<PlacedLine> rightBlock = lines.subList(nation, nation + 3); // nation, motto, place and date
                for (PlacedLine l : leftBlock) {
                    for (PlacedLine r : rightBlock) {
                        if (Math.abs(l.baseline() - r.baseline()) >= Math.max(l.size(), r.size())) continue;
                        checked++;
                        float leftEnd = l.words().get(0).x() + measurer.width(l.text(), l.words().get(0).style(), l.size());
                        float rightStart = r.words().get(0).x();
                        if (leftEnd + 4 > rightStart) {
                            overlaps.add(spec.fileName() + "@" + seed + ": '" + l.text() + "' ends at " + leftEnd
                                    + ", '" + r.text() + "' starts at " + rightStart);
                        }
                    }
                }
            }
        }
        assertThat(checked).as("header rows sharing a line").isGreaterThan(100);
        assertThat(overlaps).isEmpty();
    }
}
