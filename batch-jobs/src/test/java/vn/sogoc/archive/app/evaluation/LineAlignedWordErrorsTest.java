package vn.sogoc.archive.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineAlignedWordErrorsTest {

    static final List<String> PAGE = List.of(
            "SỞ Y TẾ HÀ NỘI",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số: 1234/2021/ATTP-CNĐK",
            "Độc lập - Tự do - Hạnh phúc",
            "GIẤY CHỨNG NHẬN",
            "Cơ sở đủ điều kiện an toàn thực phẩm");

    @Test
    void aPerfectReadingInReadingOrderHasNoError() {
        LineAlignedWordErrors.Result r = LineAlignedWordErrors.of(PAGE, String.join("\n", PAGE));
        assertThat(r.errors()).isZero();
        assertThat(r.referenceWords()).isEqualTo(35);
        assertThat(r.rate()).isZero();
    }

    @Test
    void twoColumnHeadersReadRowByRowCostNothing() {
        String rowByRow = """
                SỞ Y TẾ HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 1234/2021/ATTP-CNĐK Độc lập – Tự do – Hạnh phúc
                GIẤY CHỨNG NHẬN
                Cơ sở đủ điều kiện an toàn thực phẩm""";
        assertThat(LineAlignedWordErrors.of(PAGE, rowByRow).errors()).isZero();
    }

    @Test
    void wrongMissingAndSpuriousWordsEachCostOne() {
        String read = """
                SỞ Y TÉ HÀ NỘI
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 1234/2021/ATTP-CNĐK
                Độc lập - Tự do - Hạnh phúc
                GIẤY NHẬN |
                Cơ sở đủ điều kiện an toàn thực phẩm ~~""";
        // TÉ for TẾ (1), CHỨNG missing (1), "|" and "~~" read from nothing (2)
        LineAlignedWordErrors.Result r = LineAlignedWordErrors.of(PAGE, read);
        assertThat(r.errors()).isEqualTo(4);
        assertThat(r.unclaimedWords()).isEqualTo(2);
        assertThat(r.rate()).isCloseTo(4 / 35.0, within(1e-9));
    }

    @Test
    void aRecognisedWordServesOnlyOneLine() {
        // the printed line appears twice, the reading has it once: the second copy is missing
        List<String> twice = List.of("Nơi nhận:", "Nơi nhận:");
        assertThat(LineAlignedWordErrors.of(twice, "Nơi nhận:").errors()).isEqualTo(2);
    }

    @Test
    void aMisreadWordIsOneSubstitutionNotADeletionAndAnInsertion() {
        List<String> lines = List.of("Trụ sở: Số 145, đường Trần Duy Hưng", "Số: 287/2026/ATTP-CNĐK");
        String read = "Trụ sở: Số 145, đường Trần Duy Hưng\nSố: 287720267ATTP-CNĐK";
        assertThat(LineAlignedWordErrors.of(lines, read).errors()).isEqualTo(1);
    }

    @Test
    void nothingReadIsAHundredPercentError() {
        assertThat(LineAlignedWordErrors.of(PAGE, "").rate()).isEqualTo(1.0);
        assertThat(LineAlignedWordErrors.of(PAGE, null).errors()).isEqualTo(35);
    }

    @Test
    void decomposedAccentsAndTypographicDashesAreNormalisedNotCounted() {
        String nfd = java.text.Normalizer.normalize("Độc lập — Tự do — Hạnh phúc", java.text.Normalizer.Form.NFD);
        assertThat(LineAlignedWordErrors.of(List.of("Độc lập - Tự do - Hạnh phúc"), nfd).errors()).isZero();
    }

    @Test
    void medianOfEvenAndOddCounts() {
        assertThat(LineAlignedWordErrors.median(new double[] {0.3, 0.1, 0.2})).isEqualTo(0.2);
        assertThat(LineAlignedWordErrors.median(new double[] {0.4, 0.1, 0.2, 0.3})).isCloseTo(0.25, within(1e-12));
        assertThat(LineAlignedWordErrors.median(new double[0])).isZero();
    }
}
