package vn.sogoc.archive.search.lucene;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import vn.sogoc.archive.search.IndexedRecord;

/**
 * Deterministic synthetic archived records for tests and the benchmark: Vietnamese titles, issuers and
 * holder names with diacritics, numbers following the patterns of {@code spec/result-types.csv}.
 * Numbers start with digits 1–7 and holder given names avoid Ánh, Tâm and Tám, so fixtures using
 * those never collide with synthetic records. Register numbers are {@code SY-YYYY-NNNNNN}.
 */
final class SyntheticRecords {

    /** One result type: code, title, field, issuer, number pattern (N digit, YYYY year, YY short year). */
    record Type(String code, String title, String field, String issuer, String pattern, String subject) { }

    static final List<Type> TYPES = List.of(
            new Type("ATTP_CSDK", "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "An toàn thực phẩm",
                    "Sở Y tế", "NNNN/YYYY/ATTP-CNĐK", "Cơ sở đủ điều kiện an toàn thực phẩm theo quy định đối với ngành nghề sản xuất, kinh doanh"),
            new Type("ATTP_XNCB", "Giấy xác nhận công bố phù hợp quy định an toàn thực phẩm", "An toàn thực phẩm",
                    "Cục An toàn thực phẩm", "NNNN/YYYY/ATTP-XNCB", "Sản phẩm phù hợp quy chuẩn kỹ thuật về an toàn thực phẩm"),
            new Type("KCB_CCHN", "Chứng chỉ hành nghề khám bệnh, chữa bệnh", "Khám bệnh, chữa bệnh",
                    "Sở Y tế", "NNNNNN/HCM-CCHN", "Phạm vi hoạt động chuyên môn: khám bệnh, chữa bệnh chuyên khoa nội"),
            new Type("KCB_GPHD", "Giấy phép hoạt động khám bệnh, chữa bệnh", "Khám bệnh, chữa bệnh",
                    "Cục Quản lý Khám, chữa bệnh", "NNN/BYT-GPHĐ", "Hình thức tổ chức: phòng khám đa khoa; thời gian làm việc các ngày trong tuần"),
            new Type("DUOC_DDKKD", "Giấy chứng nhận đủ điều kiện kinh doanh dược", "Dược phẩm",
                    "Cục Quản lý Dược", "NNNN/ĐKKDD-BYT", "Loại hình cơ sở kinh doanh: nhà thuốc; phạm vi kinh doanh thuốc thành phẩm"),
            new Type("DUOC_GPP", "Giấy chứng nhận đạt Thực hành tốt cơ sở bán lẻ thuốc (GPP)", "Dược phẩm",
                    "Sở Y tế", "NNNN/GPP", "Đạt nguyên tắc, tiêu chuẩn Thực hành tốt cơ sở bán lẻ thuốc"),
            new Type("MP_CBMP", "Phiếu tiếp nhận hồ sơ công bố sản phẩm mỹ phẩm", "Mỹ phẩm",
                    "Cục Quản lý Dược", "NNNNNN/YY/CBMP-QLD", "Tên nhãn hàng và tên sản phẩm mỹ phẩm được công bố"),
            new Type("TTB_SLH", "Quyết định cấp số lưu hành trang thiết bị y tế", "Trang thiết bị y tế",
                    "Bộ Y tế", "NNN/QĐ-BYT", "Cấp số lưu hành cho trang thiết bị y tế thuộc loại C, D"));

    static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Gia"};
    static final String[] GIVEN = {"Hùng", "Lan", "Dũng", "Hương", "Phúc", "Thảo", "Khoa", "Long", "Mai", "Nam",
            "Quân", "Trang", "Sơn", "Hải", "Yến", "Bảo", "Cường", "Đạt", "Hiếu", "Linh", "Tuấn", "Nhung", "Vy",
            "Khánh", "Trí", "Phương", "Duy", "Hà", "Quang", "Thủy"};
    static final String[] PLACES = {"Quận 1, Thành phố Hồ Chí Minh", "Quận Ba Đình, Hà Nội", "Thành phố Huế",
            "Quận Hải Châu, Đà Nẵng", "Thành phố Cần Thơ", "Thành phố Biên Hòa, Đồng Nai"};

    private SyntheticRecords() { }

    static String holderName(Random rnd) {
        return SURNAMES[rnd.nextInt(SURNAMES.length)] + " " + MIDDLE[rnd.nextInt(MIDDLE.length)] + " "
                + GIVEN[rnd.nextInt(GIVEN.length)];
    }

    /** Record {@code i} of a synthetic archive; same {@code i} and seed, same record. */
    static IndexedRecord record(int i, long seed) {
        // SplittableRandom mixes the seed: java.util.Random's first values of nearby seeds are correlated.
        Random rnd = new Random(new SplittableRandom(seed * 1_000_003L + i).nextLong());
        Type t = TYPES.get(rnd.nextInt(TYPES.size()));
        int year = 2005 + rnd.nextInt(20);
        LocalDate issued = LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        String number = number(t.pattern(), i, year);
        String holder = holderName(rnd);
        String place = PLACES[rnd.nextInt(PLACES.length)];
        String registerNo = String.format("SY-%d-%06d", year, i);
        String text = text(t, number, holder, place, issued);
        return new IndexedRecord(registerNo, t.code(), t.title(), number, holder, "0" + (790_000_000L + i),
                t.issuer(), t.field(), issued, t.code().startsWith("ATTP") ? issued.plusYears(3) : null,
                i % 17 == 0 ? "REVOKED" : "ACTIVE", text, "records/" + registerNo + ".pdf", null);
    }

    static String text(Type t, String number, String holder, String place, LocalDate issued) {
        return "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" + t.issuer() + "\nSố: " + number
                + "\n" + t.title() + "\nCấp cho: " + holder + "\nĐịa chỉ: " + place + "\n" + t.subject()
                + ".\nNgày cấp: " + issued.getDayOfMonth() + "/" + issued.getMonthValue() + "/" + issued.getYear()
                + "\nGiám đốc (đã ký)";
    }

    /** Fills a pattern: its leading N run with digits from {@code i} (first digit 1–7), YYYY/YY with the year. */
    static String number(String pattern, int i, int year) {
        int digits = 0;
        while (digits < pattern.length() && pattern.charAt(digits) == 'N') digits++;
        String rest = pattern.substring(digits).replace("YYYY", Integer.toString(year))
                .replace("YY", String.format("%02d", year % 100));
        long unit = (long) Math.pow(10, digits - 1);
        return (unit + Math.floorMod((long) i * 7_919L, 7 * unit)) + rest;
    }
}
