package vn.sogoc.archive.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CatalogResultClassifierTest {

    private final CatalogResultClassifier classifier = new CatalogResultClassifier(TestCatalog.load());

    @Test
    void classifiesEveryTypeFromCleanText() {
        for (Map.Entry<String, String> doc : SampleDocs.all().entrySet()) {
            Classification c = classifier.classify(doc.getValue());
            assertThat(c.typeCode()).as(doc.getKey()).isEqualTo(doc.getKey());
            assertThat(c.score()).as(doc.getKey()).isBetween(0.8, 1.0);
        }
    }

    @Test
    void classifiesEveryTypeDespiteOcrNoise() {
        for (Map.Entry<String, String> doc : SampleDocs.all().entrySet()) {
            for (long seed = 1; seed <= 12; seed++) {
                String noisy = OcrNoise.damage(doc.getValue(), seed, 0.35);
                assertThat(classifier.classify(noisy).typeCode()).as(doc.getKey() + " seed " + seed + "\n" + noisy)
                        .isEqualTo(doc.getKey());
            }
        }
    }

    @Test
    void titleAloneIsEnoughWhenTheNumberIsUnreadable() {
        for (Map.Entry<String, String> doc : SampleDocs.all().entrySet()) {
            String noNumber = doc.getValue().replaceAll("Số: [^ \\n]+", "S : ~~~~");
            assertThat(classifier.classify(noNumber).typeCode()).as(doc.getKey()).isEqualTo(doc.getKey());
        }
    }

    @Test
    void numberSymbolAloneIsStrongEvidence() {
        String text = "SO Y TE TINH BINH DUONG\nS6: 0456/GPP\nNha thuoc Phuc An\nDia chi: 12 Le Loi";
        assertThat(classifier.classify(text).typeCode()).isEqualTo("DUOC_GPP");
        String cchn = "So: 001122 / BYT- CCHN\nHo va ten: Nguyen Van A";
        assertThat(classifier.classify(cchn).typeCode()).isEqualTo("KCB_CCHN");
    }

    @Test
    void distinguishesCloseTypesWhenTheBodyMentionsTheOther() {
        // GPP certificate quoting the pharmacy's DDKKD certificate, number unreadable
        String gpp = SampleDocs.DUOC_GPP.replace("Số: 3377/GPP", "S0 3377 GP");
        assertThat(classifier.classify(gpp).typeCode()).isEqualTo("DUOC_GPP");
        // GPHD quoting the practitioner's CCHN
        String gphd = SampleDocs.KCB_GPHD.replace("Số: 1234/HNO-GPHĐ", "");
        assertThat(classifier.classify(gphd).typeCode()).isEqualTo("KCB_GPHD");
        // XNCB quoting the facility's CSDK certificate
        String xncb = SampleDocs.ATTP_XNCB.replace("Số: 1520/2020/ATTP-XNCB", "");
        assertThat(classifier.classify(xncb).typeCode()).isEqualTo("ATTP_XNCB");
    }

    @Test
    void acceptsTheSecondTitleOfATypeAndDiacriticFreeUpperCase() {
        String text = """
                SO Y TE TINH DONG NAI
                So: 0088/2022/DKSP
                Dong Nai, ngay 4 thang 4 nam 2022
                GIAY TIEP NHAN DANG KY BAN CONG BO SAN PHAM
                Ten to chuc: Cong ty TNHH Banh keo Binh Minh
                """;
        assertThat(classifier.classify(text).typeCode()).isEqualTo("ATTP_XNCB");
    }

    @Test
    void brokenWordsAndExtraSpacesStillClassify() {
        String text = """
                B Ộ Y T Ế   C Ộ NG H ÒA X Ã H Ộ I
                S ố :  12 / BYT - GPH Đ
                GI Ấ Y PH É P HO Ạ T  Đ Ộ NG KH Á M B Ệ NH , CH Ữ A B Ệ NH
                """;
        assertThat(classifier.classify(text).typeCode()).isEqualTo("KCB_GPHD");
    }

    @Test
    void unrelatedTextIsNone() {
        String english = """
                The quick brown fox jumps over the lazy dog. Public health authorities publish annual reports on
                food safety inspections, licensing of clinics and the registration of cosmetic products. This
                article reviews certificates issued in 2021 and their validity periods.
                """;
        assertThat(classifier.classify(english)).isEqualTo(Classification.none());
        String otherVietnamese = """
                UBND HUYỆN AN PHÚ
                Số: 45/GPXD
                GIẤY PHÉP XÂY DỰNG
                Cấp cho: Ông Nguyễn Văn Tám
                Được phép xây dựng nhà ở riêng lẻ tại thửa đất số 12.
                """;
        assertThat(classifier.classify(otherVietnamese).isKnown()).isFalse();
        assertThat(classifier.classify("   ")).isEqualTo(Classification.none());
    }
}
