package vn.sogoc.archive.classify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OCR-like texts of the eight result types, as Tesseract gives them for a two-column header: issuer
 * and motto on one line, "Số:" and the place-date line merged, title, body, signature block.
 */
public final class SampleDocs {

    private SampleDocs() { }

    public static final String ATTP_CSDK = """
            BỘ Y TẾ                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            CỤC AN TOÀN THỰC PHẨM      Độc lập - Tự do - Hạnh phúc
            -------                    ---------------
            Số: 8390/2021/ATTP-CNĐK    Hà Nội, ngày 26 tháng 9 năm 2021

            GIẤY CHỨNG NHẬN
            CƠ SỞ ĐỦ ĐIỀU KIỆN AN TOÀN THỰC PHẨM
            CỤC TRƯỞNG CỤC AN TOÀN THỰC PHẨM
            Chứng nhận:
            Tên cơ sở: Công ty TNHH Thực phẩm Sao Mai
            Mã số doanh nghiệp: 0312345678
            Địa chỉ: Số 12 đường Lê Lợi, phường Bến Nghé, Quận 1, TP. Hồ Chí Minh
            Điện thoại: 0283 8123 456
            Đủ điều kiện an toàn thực phẩm theo quy định để sản xuất: nước giải khát.
            Giấy chứng nhận có hiệu lực đến ngày 25/09/2024
            CỤC TRƯỞNG
            Nguyễn Văn Bình
            """;

    public static final String ATTP_XNCB = """
            BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            CỤC AN TOÀN THỰC PHẨM Độc lập - Tự do - Hạnh phúc
            Số: 1520/2020/ATTP-XNCB
            Hà Nội, ngày 03 tháng 02 năm 2020
            GIẤY XÁC NHẬN CÔNG BỐ PHÙ HỢP QUY ĐỊNH AN TOÀN THỰC PHẨM
            CỤC AN TOÀN THỰC PHẨM xác nhận đã nhận Bản công bố phù hợp quy định an toàn thực phẩm của:
            Tên tổ chức: Công ty Cổ phần Dinh dưỡng Hoàng Gia
            Mã số thuế: 0109876543
            cho sản phẩm: Thực phẩm bổ sung Canxi Gold
            do Công ty Cổ phần Dinh dưỡng Hoàng Gia sản xuất, phù hợp quy định an toàn thực phẩm.
            Cơ sở có Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm số 771/2019/ATTP-CNĐK.
            """;

    public static final String KCB_CCHN = """
            BỘ Y TẾ                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                             Độc lập - Tự do - Hạnh phúc
            Số: 000123/BYT-CCHN
            CHỨNG CHỈ HÀNH NGHỀ KHÁM BỆNH, CHỮA BỆNH
            BỘ TRƯỞNG BỘ Y TẾ
            Cấp cho:
            Họ và tên: Trần Thị Minh Anh
            Ngày, tháng, năm sinh: 12/05/1985
            Số định danh cá nhân: 079185001234
            Địa chỉ cư trú: 45 Nguyễn Trãi, Thanh Xuân, Hà Nội
            Văn bằng chuyên môn: Bác sĩ đa khoa
            Phạm vi hoạt động chuyên môn: Khám bệnh, chữa bệnh chuyên khoa Nội
            Hà Nội, ngày 05 tháng 01 năm 2019
            BỘ TRƯỞNG
            """;

    public static final String KCB_GPHD = """
            UBND THÀNH PHỐ HÀ NỘI     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ Y TẾ                   Độc lập - Tự do - Hạnh phúc
            Số: 1234/HNO-GPHĐ         Hà Nội, ngày 14 tháng 7 năm 2018
            GIẤY PHÉP HOẠT ĐỘNG KHÁM BỆNH, CHỮA BỆNH
            GIÁM ĐỐC SỞ Y TẾ HÀ NỘI
            Tên cơ sở khám bệnh, chữa bệnh: Phòng khám đa khoa An Bình
            Tên cơ sở: Phòng khám đa khoa An Bình
            Địa chỉ: 20 Phố Huế, Hai Bà Trưng, Hà Nội
            Người chịu trách nhiệm chuyên môn kỹ thuật: BS. Lê Văn Cường
            Số chứng chỉ hành nghề khám bệnh, chữa bệnh: 004567/HNO-CCHN
            Hình thức tổ chức: Phòng khám đa khoa
            Thời gian làm việc: 7h30 - 20h00 các ngày trong tuần
            """;

    public static final String DUOC_DDKKD = """
            UBND THÀNH PHỐ HỒ CHÍ MINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            SỞ Y TẾ Độc lập - Tự do - Hạnh phúc
            Số: 4521/ĐKKDD-HCM
            TP. Hồ Chí Minh, ngày 8 tháng 3 năm 2022
            GIẤY CHỨNG NHẬN
            ĐỦ ĐIỀU KIỆN KINH DOANH DƯỢC
            Tên cơ sở: Nhà thuốc Minh Châu
            Địa điểm kinh doanh: 88 Cách Mạng Tháng Tám, Quận 3, TP. Hồ Chí Minh
            Người chịu trách nhiệm chuyên môn về dược: Phạm Thị Lan
            Số Chứng chỉ hành nghề dược: 12345/CCHND-SYT-HCM
            Loại hình cơ sở kinh doanh: Nhà thuốc
            Phạm vi kinh doanh: Bán lẻ thuốc thuộc Danh mục thuốc không kê đơn
            """;

    public static final String DUOC_GPP = """
            SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                            Độc lập - Tự do - Hạnh phúc
            Số: 3377/GPP                    TP. Hồ Chí Minh, ngày 15 tháng 11 năm 2022
            GIẤY CHỨNG NHẬN
            ĐẠT "THỰC HÀNH TỐT CƠ SỞ BÁN LẺ THUỐC"
            GIÁM ĐỐC SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH
            Chứng nhận: Nhà thuốc Minh Châu
            Địa chỉ: 88 Cách Mạng Tháng Tám, Quận 3, TP. Hồ Chí Minh
            Người phụ trách chuyên môn: DS. Phạm Thị Lan
            Giấy chứng nhận đủ điều kiện kinh doanh dược số 4521/ĐKKDD-HCM
            Đạt: Thực hành tốt cơ sở bán lẻ thuốc (GPP).
            Giấy chứng nhận này có hiệu lực đến ngày 15 tháng 11 năm 2025.
            """;

    public static final String MP_CBMP = """
            BỘ Y TẾ                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            CỤC QUẢN LÝ DƯỢC                Độc lập - Tự do - Hạnh phúc
            Số: 71846/18/CBMP-QLD           Hà Nội, ngày 06 tháng 06 năm 2018
            PHIẾU TIẾP NHẬN
            HỒ SƠ CÔNG BỐ SẢN PHẨM MỸ PHẨM
            Cục Quản lý Dược tiếp nhận hồ sơ công bố sản phẩm mỹ phẩm:
            Tên nhãn hàng và tên sản phẩm: Kem dưỡng ẩm Lotus White
            Tên tổ chức, cá nhân chịu trách nhiệm đưa sản phẩm ra thị trường: Công ty TNHH Mỹ phẩm Hoa Sen
            Địa chỉ: 10 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội
            Số phiếu tiếp nhận này có giá trị đến hết ngày 05/06/2023.
            """;

    public static final String TTB_SLH = """
            BỘ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 256/QĐ-BYT Hà Nội, ngày 20 tháng 01 năm 2023
            QUYẾT ĐỊNH
            Về việc cấp số lưu hành trang thiết bị y tế
            BỘ TRƯỞNG BỘ Y TẾ
            Căn cứ Nghị định số 98/2021/NĐ-CP ngày 08 tháng 11 năm 2021 của Chính phủ về quản lý trang thiết bị y tế;
            QUYẾT ĐỊNH:
            Điều 1. Cấp số lưu hành cho trang thiết bị y tế tại Phụ lục kèm theo.
            Cấp cho: Công ty Cổ phần Thiết bị Y tế Việt Đức
            Mã số doanh nghiệp: 0101234567-001
            Điều 2. Số lưu hành có hiệu lực đến ngày 31/12/2027.
            """;

    public static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ATTP_CSDK", ATTP_CSDK);
        m.put("ATTP_XNCB", ATTP_XNCB);
        m.put("KCB_CCHN", KCB_CCHN);
        m.put("KCB_GPHD", KCB_GPHD);
        m.put("DUOC_DDKKD", DUOC_DDKKD);
        m.put("DUOC_GPP", DUOC_GPP);
        m.put("MP_CBMP", MP_CBMP);
        m.put("TTB_SLH", TTB_SLH);
        return m;
    }
}
