package vn.sogoc.archive.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedFormExtractorTest {

    private final PrintedFormExtractor extractor = new PrintedFormExtractor(TestCatalog.load());

    @Test
    void readsEverythingFromAFoodSafetyCertificate() {
        ExtractedMetadata m = extractor.extract(SampleDocs.ATTP_CSDK, "ATTP_CSDK");
        assertThat(m.number()).isEqualTo("8390/2021/ATTP-CNĐK");
        assertThat(m.issuedOn()).isEqualTo(LocalDate.of(2021, 9, 26));
        assertThat(m.validUntil()).isEqualTo(LocalDate.of(2024, 9, 25));
        assertThat(m.holderName()).isEqualTo("Công ty TNHH Thực phẩm Sao Mai");
        assertThat(m.holderId()).isEqualTo("0312345678");
        assertThat(m.issuer()).isEqualTo("CỤC AN TOÀN THỰC PHẨM");
    }

    @Test
    void readsEachSampleType() {
        ExtractedMetadata xncb = extractor.extract(SampleDocs.ATTP_XNCB, null);
        assertThat(xncb.number()).isEqualTo("1520/2020/ATTP-XNCB");
        assertThat(xncb.issuedOn()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(xncb.validUntil()).isNull();
        assertThat(xncb.holderName()).isEqualTo("Công ty Cổ phần Dinh dưỡng Hoàng Gia");
        assertThat(xncb.holderId()).isEqualTo("0109876543");
        assertThat(xncb.issuer()).isEqualTo("CỤC AN TOÀN THỰC PHẨM");

        ExtractedMetadata cchn = extractor.extract(SampleDocs.KCB_CCHN, null);
        assertThat(cchn.number()).isEqualTo("000123/BYT-CCHN");
        assertThat(cchn.issuedOn()).isEqualTo(LocalDate.of(2019, 1, 5));
        assertThat(cchn.holderName()).isEqualTo("Trần Thị Minh Anh");
        assertThat(cchn.holderId()).isEqualTo("079185001234");
        assertThat(cchn.issuer()).isEqualTo("BỘ Y TẾ");

        ExtractedMetadata gphd = extractor.extract(SampleDocs.KCB_GPHD, null);
        assertThat(gphd.number()).isEqualTo("1234/HNO-GPHĐ");
        assertThat(gphd.issuedOn()).isEqualTo(LocalDate.of(2018, 7, 14));
        assertThat(gphd.holderName()).isEqualTo("Phòng khám đa khoa An Bình");
        assertThat(gphd.issuer()).isEqualTo("SỞ Y TẾ");

        ExtractedMetadata ddkkd = extractor.extract(SampleDocs.DUOC_DDKKD, null);
        assertThat(ddkkd.number()).isEqualTo("4521/ĐKKDD-HCM");
        assertThat(ddkkd.issuedOn()).isEqualTo(LocalDate.of(2022, 3, 8));
        assertThat(ddkkd.holderName()).isEqualTo("Nhà thuốc Minh Châu");
        assertThat(ddkkd.issuer()).isEqualTo("SỞ Y TẾ");

        ExtractedMetadata gpp = extractor.extract(SampleDocs.DUOC_GPP, null);
        assertThat(gpp.number()).isEqualTo("3377/GPP");
        assertThat(gpp.issuedOn()).isEqualTo(LocalDate.of(2022, 11, 15));
        assertThat(gpp.validUntil()).isEqualTo(LocalDate.of(2025, 11, 15));
        assertThat(gpp.holderName()).isEqualTo("Nhà thuốc Minh Châu");
        assertThat(gpp.issuer()).isEqualTo("SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH");

        ExtractedMetadata cbmp = extractor.extract(SampleDocs.MP_CBMP, null);
        assertThat(cbmp.number()).isEqualTo("71846/18/CBMP-QLD");
        assertThat(cbmp.issuedOn()).isEqualTo(LocalDate.of(2018, 6, 6));
        assertThat(cbmp.validUntil()).isEqualTo(LocalDate.of(2023, 6, 5));
        assertThat(cbmp.holderName()).isEqualTo("Công ty TNHH Mỹ phẩm Hoa Sen");
        assertThat(cbmp.issuer()).isEqualTo("CỤC QUẢN LÝ DƯỢC");

        ExtractedMetadata slh = extractor.extract(SampleDocs.TTB_SLH, null);
        assertThat(slh.number()).isEqualTo("256/QĐ-BYT");
        assertThat(slh.issuedOn()).isEqualTo(LocalDate.of(2023, 1, 20));
        assertThat(slh.validUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(slh.holderName()).isEqualTo("Công ty Cổ phần Thiết bị Y tế Việt Đức");
        assertThat(slh.holderId()).isEqualTo("0101234567-001");
        assertThat(slh.issuer()).isEqualTo("BỘ Y TẾ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Số: 8390/2021/ATTP-CNĐK|8390/2021/ATTP-CNĐK",
            "Số : 8390/2021/ATTP-CNĐK|8390/2021/ATTP-CNĐK",
            "So: 8390/2021/ATTP-CNDK|8390/2021/ATTP-CNĐK",
            "Sô: 8390 / 2021/ATTP- CNĐK|8390/2021/ATTP-CNĐK",
            "S6: 8390/2O21/ATTP-CNDK|8390/2021/ATTP-CNĐK",
            "Số. 839O/2021/ATTP-CNÐK|8390/2021/ATTP-CNĐK",
            "Số 8390/2021/attp-cndk|8390/2021/ATTP-CNĐK",
            "SO:8390/202l/ATTP-CNĐK   Hà Nội, ngày 26 tháng 9 năm 2021|8390/2021/ATTP-CNĐK",
            "Số: 0l/GPP|01/GPP",
            "Số: 123/QĐ-BYT Độc lập - Tự do - Hạnh phúc|123/QĐ-BYT",
            "Số: 123/QD-BYT|123/QĐ-BYT",
            "Số: 000123/BYT -CCHN|000123/BYT-CCHN",
            "Số: 71846/18/CBMP-QLD|71846/18/CBMP-QLD",
            "Số: 12/HN0-GPHD|12/HNO-GPHĐ",
            "Số: 4521/DKKDD-HCM|4521/ĐKKDD-HCM",
            "Số: 0088/2022/DKSP|0088/2022/ĐKSP",
    })
    void readsTheNumberDespiteOcrVariants(String line, String expected) {
        String text = "SỞ Y TẾ\n" + line + "\nGIẤY CHỨNG NHẬN";
        assertThat(extractor.extract(text, null).number()).isEqualTo(expected);
    }

    @Test
    void ignoresDatesMottoAndBodyReferencesAsNumbers() {
        String text = """
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 26/9/2021
                Căn cứ Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018;
                có hiệu lực đến ngày 25/09/2024
                """;
        assertThat(extractor.extract(text, null).number()).isNull();
    }

    @Test
    void withoutACatalogDStaysD() {
        assertThat(new PrintedFormExtractor().extract("So: 8390/2021/ATTP-CNDK", null).number())
                .isEqualTo("8390/2021/ATTP-CNDK");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hà Nội, ngày 26 tháng 9 năm 2021|2021-09-26",
            "Hà Nội, ngày 05 tháng 01 năm 2019|2019-01-05",
            "TP. Hồ Chí Minh, ngày 8 tháng 3 năm 2022|2022-03-08",
            "Ha Noi, ngay 26 thang 9 nam 2021|2021-09-26",
            "Hà Nội,ngày26 tháng9 năm2021|2021-09-26",
            "Hà Nội, n gày 2 6 th áng 09 n ăm 2021|2021-09-26",
            "Đà Nẵng ngày 1 tháng 12 năm 2O20|2020-12-01",
            "Cần Thơ, ngày l5 tháng 1l năm 2019|2019-11-15",
            "Số: 12/GPP    Huế, ngày 3 tháng 2 năm 2020|2020-02-03",
    })
    void readsTheIssueDateFromThePlaceDateLine(String line, String expected) {
        String text = "SỞ Y TẾ\n" + line + "\nGIẤY CHỨNG NHẬN";
        assertThat(extractor.extract(text, null).issuedOn()).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void rejectsImpossibleDatesAndLegalBasisDates() {
        assertThat(extractor.extract("Hà Nội, ngày 31 tháng 02 năm 2021", null).issuedOn()).isNull();
        assertThat(extractor.extract("Hà Nội, ngày 12 tháng 13 năm 2021", null).issuedOn()).isNull();
        String basis = "Căn cứ Nghị định số 15/2018/NĐ-CP ngày 02 tháng 02 năm 2018;\ncó hiệu lực đến ngày 31/02/2024";
        ExtractedMetadata m = extractor.extract(basis, null);
        assertThat(m.issuedOn()).isNull();
        assertThat(m.validUntil()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Giấy chứng nhận có hiệu lực đến ngày 25/09/2024|2024-09-25",
            "co hieu luc den ngay 25/9/2024|2024-09-25",
            "Có giá trị đến ngày 5-6-2023|2023-06-05",
            "có hiệu lực đến hết ngày 31 tháng 12 năm 2025|2025-12-31",
            "hiệu lực đến hết ngày 01/O3/2026.|2026-03-01",
            "Giấy này có hiệu lực đến ngày 15 tháng 11 năm 2025.|2025-11-15",
            "có hi ệu l ực đ ến ng ày 25 / 09 / 2024|2024-09-25",
    })
    void readsThePrintedExpiry(String line, String expected) {
        assertThat(extractor.extract("Hà Nội, ngày 1 tháng 1 năm 2021\n" + line, null).validUntil())
                .isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void neverComputesAnExpiry() {
        String text = "Hà Nội, ngày 26 tháng 9 năm 2021\nGiấy chứng nhận có hiệu lực 03 năm kể từ ngày ký.";
        assertThat(extractor.extract(text, null).validUntil()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tên cơ sở: Công ty TNHH ABC|Công ty TNHH ABC",
            "Ten co so: Cong ty TNHH ABC|Cong ty TNHH ABC",
            "T ên cơ sở : Công ty TNHH ABC   |Công ty TNHH ABC",
            "Cơ sở: Hộ kinh doanh Bánh mì Hòa|Hộ kinh doanh Bánh mì Hòa",
            "Chứng nhận: Nhà thuốc Tâm Đức|Nhà thuốc Tâm Đức",
            "Họ và tên: Nguyễn Thị Hoa|Nguyễn Thị Hoa",
            "Họ tên: NGUYỄN VĂN BA|NGUYỄN VĂN BA",
            "Ông/Bà: Lê Văn Tư|Lê Văn Tư",
            "Ong / Ba: Le Van Tu|Le Van Tu",
            "Cấp cho: Công ty Cổ phần XYZ|Công ty Cổ phần XYZ",
            "Tên tổ chức: Hợp tác xã Rau sạch Đà Lạt|Hợp tác xã Rau sạch Đà Lạt",
            "Tên doanh nghiệp: Công ty TNHH Một thành viên Nam Việt|Công ty TNHH Một thành viên Nam Việt",
            "Tên nhà thuốc: Nhà thuốc An Khang|Nhà thuốc An Khang",
            "Tên tổ chức, cá nhân chịu trách nhiệm đưa sản phẩm ra thị trường: Công ty TNHH Hoa Sen|Công ty TNHH Hoa Sen",
            "Tên cơ sở: Công ty TNHH ABC Mã số doanh nghiệp: 0312345678|Công ty TNHH ABC",
            "Tên cơ sở: Công ty TNHH ABC, Địa chỉ: 12 Lê Lợi|Công ty TNHH ABC",
    })
    void readsTheHolderAsPrinted(String line, String expected) {
        String text = "SỞ Y TẾ\nSố: 12/GPP\nGIẤY CHỨNG NHẬN\n" + line + "\nĐịa chỉ: 1 Lê Lợi";
        assertThat(extractor.extract(text, null).holderName()).isEqualTo(expected);
    }

    @Test
    void holderOnTheNextLineAfterABareLabel() {
        String text = "Số: 12/GPP\nTên cơ sở:\nNhà thuốc Hồng Phúc\nĐịa chỉ: 3 Hai Bà Trưng";
        assertThat(extractor.extract(text, null).holderName()).isEqualTo("Nhà thuốc Hồng Phúc");
    }

    @Test
    void bodyWordsAreNotHolderLabels() {
        String text = "Số: 12/2021/ATTP-CNĐK\nGIẤY CHỨNG NHẬN\nCƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM\nChứng nhận cơ sở đủ điều kiện";
        assertThat(extractor.extract(text, null).holderName()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mã số doanh nghiệp: 0312345678|0312345678",
            "Ma so doanh nghiep: 03l2345678|0312345678",
            "Mã số thuế: 0312 345 678|0312345678",
            "MSDN: 0312345678-001|0312345678-001",
            "Mã số DN : O312345678 - 002|0312345678-002",
            "Số CCCD: 079185001234|079185001234",
            "Số định danh cá nhân: 079 185 001 234|079185001234",
            "CMND/CCCD: 001090012345 cấp ngày 01/01/2021|001090012345",
    })
    void readsTheHolderId(String line, String expected) {
        String text = "Số: 12/GPP\nTên cơ sở: Nhà thuốc A\n" + line + "\nĐiện thoại: 0912345678";
        assertThat(extractor.extract(text, null).holderId()).isEqualTo(expected);
    }

    @Test
    void standaloneIdNearTheHolderButNotAPhoneNumber() {
        String text = "Số: 12/GPP\nTên cơ sở: Nhà thuốc A\n(0312345678)\nĐịa chỉ: 1 Lê Lợi";
        assertThat(extractor.extract(text, null).holderId()).isEqualTo("0312345678");
        String phone = "Số: 12/GPP\nTên cơ sở: Nhà thuốc A\nĐiện thoại: 0912345678";
        assertThat(extractor.extract(phone, null).holderId()).isNull();
    }

    @Test
    void issuerWhenOcrPutsTheMottoFirstOrOnItsOwnLines() {
        String text = """
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ TỈNH BÌNH DƯƠNG
                Độc lập - Tự do - Hạnh phúc
                ____________
                Số: 12/GPP
                """;
        assertThat(extractor.extract(text, null).issuer()).isEqualTo("SỞ Y TẾ TỈNH BÌNH DƯƠNG");
        String noAccents = """
                BO Y TE CONG HOA XA HOI CHU NGHIA VIET NAM
                CUC QUAN LY KHAM, CHUA BENH Doc lap - Tu do - Hanh phuc
                So: 000456/BYT-CCHN
                """;
        assertThat(extractor.extract(noAccents, null).issuer()).isEqualTo("CUC QUAN LY KHAM, CHUA BENH");
        String twoLines = """
                ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                THÀNH PHỐ ĐÀ NẴNG
                SỞ Y TẾ                        Độc lập - Tự do - Hạnh phúc
                Số: 77/ĐKKDD-ĐNA
                """;
        assertThat(extractor.extract(twoLines, null).issuer()).isEqualTo("SỞ Y TẾ");
    }

    @Test
    void noisySamplesKeepTheirNumbersAndDates() {
        for (var doc : SampleDocs.all().entrySet()) {
            ExtractedMetadata clean = extractor.extract(doc.getValue(), doc.getKey());
            for (long seed = 1; seed <= 6; seed++) {
                String noisy = OcrNoise.damage(doc.getValue(), seed, 0.3);
                ExtractedMetadata m = extractor.extract(noisy, doc.getKey());
                assertThat(m.number()).as(doc.getKey() + " " + seed + "\n" + noisy).isEqualTo(clean.number());
                assertThat(m.issuedOn()).as(doc.getKey() + " " + seed + "\n" + noisy).isEqualTo(clean.issuedOn());
                assertThat(m.validUntil()).as(doc.getKey() + " " + seed + "\n" + noisy).isEqualTo(clean.validUntil());
            }
        }
    }

    @Test
    void emptyTextGivesEmptyMetadata() {
        assertThat(extractor.extract("", null)).isEqualTo(ExtractedMetadata.empty());
        assertThat(extractor.extract("lorem ipsum", null).number()).isNull();
    }
}
