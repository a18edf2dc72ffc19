package vn.sogoc.archive.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    private final SampleGenerator generator = new SampleGenerator(SampleGenerator.DEMO_AS_OF);

    @Test
    void sameSeedGivesIdenticalFilesAndTruth(@TempDir Path a, @TempDir Path b) throws Exception {
        List<SampleSpec> specs = List.of(
                TestSpecs.spec("x", 0, SampleType.KCB_GPHD, Scenario.IN_FORCE, ScanFormat.PDF, ColourMode.GRAY, 0, 1.1, 1,
                        FontFamily.TINOS, 11),
                TestSpecs.spec("y", 1, SampleType.DUOC_GPP, Scenario.IN_FORCE, ScanFormat.TEXT_PDF, ColourMode.COLOR, 0, 0, 1,
                        FontFamily.DEJAVU_SERIF, 12));
        SampleSet first = generator.generateSet(specs, 3, 5, a);
        SampleSet second = generator.generateSet(specs, 3, 5, b);
        for (int i = 0; i < specs.size(); i++) {
            assertThat(Files.readAllBytes(second.samples().get(i).file()))
                    .as(specs.get(i).fileName()).isEqualTo(Files.readAllBytes(first.samples().get(i).file()));
        }
        assertThat(Files.readString(second.registerCsv())).isEqualTo(Files.readString(first.registerCsv()));
        assertThat(Files.readString(second.groundTruth())).isEqualTo(Files.readString(first.groundTruth()));
    }

    @Test
    void otherSeedGivesOtherContent(@TempDir Path a) throws Exception {
        SampleSpec one = TestSpecs.spec("p", 0, SampleType.ATTP_CSDK, Scenario.IN_FORCE, ScanFormat.PNG, ColourMode.BILEVEL,
                0, 0, 1, FontFamily.TINOS, 1);
        SampleSpec two = TestSpecs.spec("q", 0, SampleType.ATTP_CSDK, Scenario.IN_FORCE, ScanFormat.PNG, ColourMode.BILEVEL,
                0, 0, 1, FontFamily.TINOS, 2);
        GroundTruth t1 = generator.generate(one, a).truth();
        GroundTruth t2 = generator.generate(two, a).truth();
        assertThat(t1.number()).isNotEqualTo(t2.number());
        assertThat(t1.lines()).isNotEqualTo(t2.lines());
    }

    @Test
    void randomPlanIsReproducibleAndVaried() {
        List<SampleSpec> plan = SamplePlans.random(60, 7, java.util.EnumSet.allOf(ScanFormat.class));
        assertThat(SamplePlans.random(60, 7, java.util.EnumSet.allOf(ScanFormat.class))).isEqualTo(plan);
        assertThat(plan).extracting(SampleSpec::scenario).contains(Scenario.IN_FORCE, Scenario.UNMATCHED,
                Scenario.NEAR_DUPLICATE);
        assertThat(plan).extracting(SampleSpec::format).contains(ScanFormat.PNG, ScanFormat.JPEG, ScanFormat.TIFF,
                ScanFormat.PDF);
        assertThat(plan).extracting(SampleSpec::rotation).contains(0, 180);
        assertThat(plan).allSatisfy(s -> assertThat(Math.abs(s.skew())).isLessThanOrEqualTo(3.0));
    }
}
