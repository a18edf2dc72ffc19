package vn.sogoc.archive.classify;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The catalog as shipped in config/catalog/result-types.csv (copied: archive-core cannot see config). */
public final class TestCatalog {

    public static final String CSV = """
            code,title_vi,field_vi,typical_issuer_vi,typical_number_pattern,validity
            ATTP_CSDK,"Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm","An toàn thực phẩm","Cục An toàn thực phẩm; Sở Y tế","NNNN/YYYY/ATTP-CNĐK","3 years; expiry printed on the document"
            ATTP_XNCB,"Giấy xác nhận công bố phù hợp quy định an toàn thực phẩm / Giấy tiếp nhận đăng ký bản công bố sản phẩm","An toàn thực phẩm","Cục An toàn thực phẩm; Sở Y tế","NNNN/YYYY/ATTP-XNCB; NNNN/YYYY/ĐKSP","no fixed term"
            KCB_CCHN,"Chứng chỉ hành nghề khám bệnh, chữa bệnh","Khám bệnh, chữa bệnh","Cục Quản lý Khám, chữa bệnh; Sở Y tế","NNNNNN/BYT-CCHN; NNNNNN/HCM-CCHN","no term (2009 law)"
            KCB_GPHD,"Giấy phép hoạt động khám bệnh, chữa bệnh","Khám bệnh, chữa bệnh","Cục Quản lý Khám, chữa bệnh; Sở Y tế","NNN/BYT-GPHĐ; NNNN/HNO-GPHĐ","no fixed term"
            DUOC_DDKKD,"Giấy chứng nhận đủ điều kiện kinh doanh dược","Dược phẩm","Cục Quản lý Dược; Sở Y tế","NNNN/ĐKKDD-BYT; NNNNN/ĐKKDD-HCM","no term"
            DUOC_GPP,"Giấy chứng nhận đạt Thực hành tốt cơ sở bán lẻ thuốc (GPP)","Dược phẩm","Sở Y tế","NNNN/GPP","3 years"
            MP_CBMP,"Phiếu tiếp nhận hồ sơ công bố sản phẩm mỹ phẩm","Mỹ phẩm","Cục Quản lý Dược; Sở Y tế","NNNNNN/YY/CBMP-QLD","5 years"
            TTB_SLH,"Quyết định cấp số lưu hành trang thiết bị y tế","Trang thiết bị y tế","Bộ Y tế (Vụ Trang thiết bị và Công trình y tế)","NNN/QĐ-BYT","as stated in the decision"
            """;

    private TestCatalog() { }

    public static ResultTypeCatalog load() {
        try {
            return ResultTypeCatalog.load(new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
