package vn.sogoc.archive.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sogoc.archive.digitize.OutcomeReason;
import vn.sogoc.archive.digitize.RecordStatus;

/** Ground truth, the register CSV and the intended outcomes agree with each other. */
class GroundTruthRegisterTest {

    @TempDir
    static Path dir;
    static SampleSet set;
    static Map<String, RegisterRow> register;

    @BeforeAll
    static void generate() throws Exception {
        List<SampleSpec> specs = List.of(
                TestSpecs.spec("a", 0, SampleType.ATTP_CSDK, Scenario.IN_FORCE, ScanFormat.PNG, ColourMode.BILEVEL, 0, 0.7, 1,
                        FontFamily.TINOS, 31),
                TestSpecs.spec("b", 1, SampleType.MP_CBMP, Scenario.EXPIRED, ScanFormat.PNG, ColourMode.BILEVEL, 0, -1, 1,
                        FontFamily.NOTO_SERIF, 32),
                TestSpecs.spec("c", 2, SampleType.KCB_CCHN, Scenario.REVOKED, ScanFormat.PNG, ColourMode.BILEVEL, 0, 0, 1,
                        FontFamily.TINOS, 33),
                TestSpecs.spec("d", 3, SampleType.DUOC_DDKKD, Scenario.UNMATCHED, ScanFormat.PNG, ColourMode.BILEVEL, 0, 0, 1,
                        FontFamily.DEJAVU_SERIF, 34),
                TestSpecs.spec("e", 4, SampleType.ATTP_CSDK, Scenario.NEAR_DUPLICATE, ScanFormat.PNG, ColourMode.BILEVEL, 0, 0,
                        1, FontFamily.TINOS, 35),
                TestSpecs.spec("f", 5, SampleType.ATTP_XNCB, Scenario.AMBIGUOUS, ScanFormat.PNG, ColourMode.BILEVEL, 0, 0, 1,
                        FontFamily.TINOS, 36),
                TestSpecs.spec("g", 6, SampleType.DUOC_GPP, Scenario.SUSPENDED, ScanFormat.PNG, ColourMode.BILEVEL, 0, 0, 1,
                        FontFamily.TINOS, 37));
        set = new SampleGenerator(SampleGenerator.DEMO_AS_OF).generateSet(specs, 6, 3, dir);
        register = RegisterCsv.read(set.registerCsv()).stream()
                .collect(Collectors.toMap(RegisterRow::registerNo, Function.identity()));
    }

    @Test
    void registerFileHoldsEveryRowOnceIncludingEntriesWithoutScans() throws Exception {
        List<RegisterRow> rows = RegisterCsv.read(set.registerCsv());
        assertThat(rows).hasSize(register.size()).isEqualTo(set.register());
        long scanned = set.samples().stream().mapToLong(s -> s.registerRows().size()).sum();
        assertThat(rows.size()).isEqualTo(scanned + 6);
    }

    @Test
    void groundTruthMatchesTheScansRegisterEntry() {
        for (GroundTruth t : set.truths()) {
            if (t.registerNo() == null) continue;
            RegisterRow row = register.get(t.registerNo());
            assertThat(row).as(t.file()).isNotNull();
            assertThat(row.typeCode()).isEqualTo(t.typeCode());
            assertThat(row.number()).isEqualTo(t.number());
            assertThat(row.holderName()).isEqualTo(t.holderName());
            assertThat(row.holderId()).isEqualTo(t.holderId());
            assertThat(row.issuedOn()).isEqualTo(t.issuedOn());
            assertThat(row.validUntil()).isEqualTo(t.validUntil());
            assertThat(row.issuer()).isEqualTo(t.issuer());
            assertThat(row.status().name()).isEqualTo(t.registerStatus());
        }
    }

    @Test
    void intendedOutcomeFollowsTheRegisterOnTheAsOfDate() {
        for (GroundTruth t : set.truths()) {
            if (t.scenario() == Scenario.UNMATCHED) {
                assertThat(register.values()).extracting(RegisterRow::number).doesNotContain(t.number());
                assertThat(t.expectedReason()).isEqualTo(OutcomeReason.UNMATCHED);
            } else if (t.scenario() == Scenario.AMBIGUOUS) {
                assertThat(register.values()).extracting(RegisterRow::number).doesNotContain(t.number());
                assertThat(t.candidates()).hasSize(2);
                for (String c : t.candidates()) assertThat(distance(register.get(c).number(), t.number())).isEqualTo(1);
                assertThat(t.expectedReason()).isEqualTo(OutcomeReason.AMBIGUOUS);
            } else {
                boolean inForce = register.get(t.registerNo()).toEntry().inForceOn(t.asOf());
                assertThat(t.expectedStatus()).as(t.file())
                        .isEqualTo(inForce ? RecordStatus.ARCHIVED : RecordStatus.REVIEW);
                assertThat(t.expectedReason()).isEqualTo(inForce ? null : OutcomeReason.NOT_IN_FORCE);
            }
        }
    }

    @Test
    void nearDuplicatesDifferByOneCharacter() {
        GroundTruth e = set.truths().stream().filter(t -> t.scenario() == Scenario.NEAR_DUPLICATE).findFirst().orElseThrow();
        assertThat(distance(register.get(e.candidates().get(0)).number(), e.number())).isEqualTo(1);
        List<RegisterRow> pair = new SampleGenerator(SampleGenerator.DEMO_AS_OF).nearDuplicatePair(4);
        assertThat(pair).hasSize(2);
        assertThat(distance(pair.get(0).number(), pair.get(1).number())).isEqualTo(1);
        assertThat(pair.get(0).number().length()).isEqualTo(pair.get(1).number().length());
    }

    @Test
    void printedLinesCarryTheNumberDateAndHolder() {
        for (GroundTruth t : set.truths()) {
            assertThat(t.lines()).as(t.file()).contains("Số: " + t.number());
            assertThat(t.lines()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            assertThat(t.lines()).anyMatch(l -> l.matches(".+, ngày \\d{1,2} tháng \\d{1,2} năm " + t.issuedOn().getYear()));
            assertThat(String.join(" ", t.lines())).contains(t.holderId()).contains(t.holderNamePrinted());
            if (t.validUntil() != null && t.typeCode().equals("ATTP_CSDK")) {
                assertThat(String.join(" ", t.lines())).containsPattern("(hiệu lực|giá trị) đến ngày");
            }
        }
    }

    @Test
    void groundTruthJsonLinesRoundTrip() throws Exception {
        assertThat(GroundTruthJson.read(set.groundTruth())).isEqualTo(set.truths());
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }
}
