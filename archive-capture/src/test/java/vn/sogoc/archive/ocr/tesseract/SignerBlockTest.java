package vn.sogoc.archive.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sogoc.archive.ocr.OcrWord;

class SignerBlockTest {

    private static final int[] SEAL = {1000, 2000, 1400, 2400};

    private static TesseractHandle.Words words(OcrWord... ws) {
        TesseractHandle.Words out = new TesseractHandle.Words();
        for (OcrWord w : ws) {
            out.words.add(w);
            out.breaks.add(TesseractHandle.LINE);
            out.confidenceSum += w.confidence();
        }
        return out;
    }

    @Test
    void regionJoinsTheSealWithTheLinesCrossingItOnly() {
        List<OcrWord> page = List.of(
                new OcrWord("GIÁM", 900, 2100, 150, 40, 80),      // crosses the seal's rows, starts left of it
                new OcrWord("Nơi", 100, 2100, 60, 40, 90),        // the recipients, far left: not the signer block
                new OcrWord("Điều", 900, 1500, 80, 40, 90));      // above the seal
        int[] r = SignerBlock.region(SEAL, page, 3000, 4000);
        assertThat(r[0]).isLessThan(900).isGreaterThan(850);
        assertThat(r[1]).isLessThan(2000).isGreaterThan(1950);
        assertThat(r[2]).isGreaterThan(1400).isLessThan(1450);
        assertThat(r[3]).isGreaterThan(2400).isLessThan(2450);
    }

    @Test
    void secondReadReplacesTheRegionOnlyWhenMoreConfident() {
        int[] region = {950, 1950, 1450, 2450};
        TesseractHandle.Words page = words(new OcrWord("Điều", 900, 1500, 80, 40, 90),
                new OcrWord("GIÁ", 1000, 2100, 150, 40, 30), new OcrWord("Nơi", 100, 2500, 60, 40, 90));
        TesseractHandle.Words better = words(new OcrWord("GIÁM", 1000, 2100, 110, 40, 85), new OcrWord("ĐỐC", 1120, 2100, 90, 40, 88));
        TesseractHandle.Words worse = words(new OcrWord("G|Á", 1000, 2100, 110, 40, 20));

        TesseractHandle.Words chosen = SignerBlock.better(page, better, region);
        assertThat(chosen.words).extracting(OcrWord::text).containsExactly("Điều", "GIÁM", "ĐỐC", "Nơi");
        assertThat(chosen.breaks).hasSize(4);
        assertThat(chosen.confidenceSum).isEqualTo(page.confidenceSum);
        assertThat(SignerBlock.better(page, worse, region)).isSameAs(page);
    }

    @Test
    void secondReadWhereThePageReadNothingNeedsItsOwnConfidence() {
        int[] region = {950, 1950, 1450, 2450};
        TesseractHandle.Words page = words(new OcrWord("Điều", 900, 1500, 80, 40, 90), new OcrWord("Nơi", 100, 2500, 60, 40, 90));
        TesseractHandle.Words name = words(new OcrWord("Bùi", 1000, 2300, 70, 40, 75));
        TesseractHandle.Words junk = words(new OcrWord("ẫ", 1000, 2300, 70, 40, 40));
        assertThat(SignerBlock.better(page, name, region).words).extracting(OcrWord::text).containsExactly("Điều", "Bùi", "Nơi");
        assertThat(SignerBlock.better(page, junk, region)).isSameAs(page);
    }
}
