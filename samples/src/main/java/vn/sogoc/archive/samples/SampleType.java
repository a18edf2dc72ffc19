package vn.sogoc.archive.samples;

import java.util.List;

/**
 * The eight result types of {@code result-types.csv} as this generator prints them.
 *
 * @param titles       the catalog title(s); types with two forms list both
 * @param validityYears term printed on the result; 0 when it has none
 */
public enum SampleType {
    ATTP_CSDK(List.of("Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"), "An toàn thực phẩm", 3, false),
    ATTP_XNCB(List.of("Giấy xác nhận công bố phù hợp quy định an toàn thực phẩm",
            "Giấy tiếp nhận đăng ký bản công bố sản phẩm"), "An toàn thực phẩm", 0, false),
    KCB_CCHN(List.of("Chứng chỉ hành nghề khám bệnh, chữa bệnh"), "Khám bệnh, chữa bệnh", 0, true),
    KCB_GPHD(List.of("Giấy phép hoạt động khám bệnh, chữa bệnh"), "Khám bệnh, chữa bệnh", 0, false),
    DUOC_DDKKD(List.of("Giấy chứng nhận đủ điều kiện kinh doanh dược"), "Dược phẩm", 0, false),
    DUOC_GPP(List.of("Giấy chứng nhận đạt Thực hành tốt cơ sở bán lẻ thuốc (GPP)"), "Dược phẩm", 3, false),
    MP_CBMP(List.of("Phiếu tiếp nhận hồ sơ công bố sản phẩm mỹ phẩm"), "Mỹ phẩm", 5, false),
    TTB_SLH(List.of("Quyết định cấp số lưu hành trang thiết bị y tế"), "Trang thiết bị y tế", 5, false);

    private final List<String> titles;
    private final String field;
    private final int validityYears;
    private final boolean personal;

    SampleType(List<String> titles, String field, int validityYears, boolean personal) {
        this.titles = titles;
        this.field = field;
        this.validityYears = validityYears;
        this.personal = personal;
    }

    public List<String> titles() { return titles; }

    /** Field of administration (lĩnh vực) as in the register. */
    public String field() { return field; }

    /** Years of validity when the type has a printed term, else 0. */
    public int validityYears() { return validityYears; }

    /** True when the holder is a person (12-digit citizen id), false for an organisation. */
    public boolean personal() { return personal; }

    public boolean hasTerm() { return validityYears > 0; }
}
