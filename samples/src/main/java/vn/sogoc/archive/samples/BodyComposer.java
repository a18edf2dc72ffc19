package vn.sogoc.archive.samples;

import static vn.sogoc.archive.samples.Paragraph.Align.CENTER;
import static vn.sogoc.archive.samples.Paragraph.Align.JUSTIFY;
import static vn.sogoc.archive.samples.Paragraph.Align.LEFT;
import static vn.sogoc.archive.samples.TextStyle.BOLD;
import static vn.sogoc.archive.samples.TextStyle.ITALIC;
import static vn.sogoc.archive.samples.TextStyle.REGULAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the printed content of a result from its facts, in the phrasing each type uses, with the
 * labels varied the way real forms of different issuers and years vary them.
 */
final class BodyComposer {

    private final Random random;
    private final ResultFacts f;
    private final float size;
    private final List<Paragraph> body = new ArrayList<>();
    private final boolean capsHolder;

    private BodyComposer(Random random, ResultFacts facts) {
        this.random = random;
        this.f = facts;
        this.size = Picks.one(random, 13f, 13f, 14f);
        this.capsHolder = Picks.chance(random, 0.4);
    }

    static DocumentContent compose(Random random, ResultFacts facts, boolean twoPages) {
        return new BodyComposer(random, facts).compose(twoPages);
    }

    private DocumentContent compose(boolean twoPages) {
        List<String> title = title();
        switch (f.type()) {
            case ATTP_CSDK -> foodFacility();
            case ATTP_XNCB -> foodDeclaration();
            case KCB_CCHN -> practiceCertificate();
            case KCB_GPHD -> clinicLicence();
            case DUOC_DDKKD -> pharmacyBusiness();
            case DUOC_GPP -> goodPharmacyPractice();
            case MP_CBMP -> cosmetics();
            case TTB_SLH -> deviceDecision();
        }
        boolean older = f.issuedOn().getYear() < 2020;
        boolean padded = older ? Picks.chance(random, 0.4) : Picks.chance(random, 0.9);
        String placeDate = VietnameseDates.placeDate(f.authority().place(), f.issuedOn(), padded);
        List<String> signer = signerLines();
        List<String> recipients = recipients();
        List<Paragraph> annex = twoPages ? annex() : List.of();
        return new DocumentContent(f, "Số: " + f.number(), placeDate, title, List.copyOf(body), signer,
                VietnameseNames.person(random), recipients, annex);
    }

    // ---- title, signer, recipients ------------------------------------------------------------

    private List<String> title() {
        String full = switch (f.type()) {
            case ATTP_XNCB -> f.number().endsWith("/ĐKSP") ? f.type().titles().get(1) : f.type().titles().get(0);
            default -> f.type().titles().get(0);
        };
        String caps = full.toUpperCase(Locale.ROOT);
        if (f.type() == SampleType.TTB_SLH) {
            return Picks.chance(random, 0.5) ? List.of("QUYẾT ĐỊNH", "Về việc cấp số lưu hành trang thiết bị y tế")
                    : List.of("QUYẾT ĐỊNH", "CẤP SỐ LƯU HÀNH TRANG THIẾT BỊ Y TẾ");
        }
        if (Picks.chance(random, 0.25)) return List.of(caps);
        for (String kind : List.of("GIẤY CHỨNG NHẬN", "GIẤY XÁC NHẬN", "GIẤY TIẾP NHẬN ĐĂNG KÝ", "GIẤY PHÉP HOẠT ĐỘNG",
                "CHỨNG CHỈ HÀNH NGHỀ", "PHIẾU TIẾP NHẬN")) {
            if (caps.startsWith(kind + " ")) return List.of(kind, caps.substring(kind.length() + 1));
        }
        return List.of(caps);
    }

    private List<String> signerLines() {
        Authority a = f.authority();
        if (a.level() == Authority.Level.MINISTRY || Picks.chance(random, 0.5)) {
            return List.of("KT. " + a.head(), a.deputy());
        }
        return Picks.chance(random, 0.15) ? List.of("TL. " + a.head(), "TRƯỞNG PHÒNG") : List.of(a.head());
    }

    private List<String> recipients() {
        boolean decision = f.type() == SampleType.TTB_SLH;
        if (!decision && !Picks.chance(random, 0.25)) return List.of();
        List<String> lines = new ArrayList<>();
        lines.add("Nơi nhận:");
        lines.add(decision ? "- Như Điều 4;" : "- Như trên;");
        if (decision) lines.add("- Bộ trưởng (để b/c);");
        lines.add("- " + Picks.one(random, "Cổng thông tin điện tử;", "Thanh tra;", "Phòng Nghiệp vụ;"));
        lines.add("- Lưu: VT, " + Picks.one(random, "NVY", "NVD", "ATTP", "TB-CT", "QLD") + ".");
        return lines;
    }

    // ---- shared lines ------------------------------------------------------------------------

    private String printedHolder() {
        return capsHolder ? f.holderName().toUpperCase(Locale.ROOT) : f.holderName();
    }

    private void line(String label, String value) { body.add(Paragraph.labelled(label + " ", value, REGULAR, size)); }

    private void holder(String... labels) {
        body.add(Paragraph.labelled(Picks.one(random, labels) + " ", printedHolder(), BOLD, size).spaced(size * 0.4f));
    }

    private void enterpriseId() {
        if (f.holderId().length() == 12) {
            line(Picks.one(random, "Mã số thuế:", "Số định danh cá nhân của chủ hộ:", "Số CCCD của chủ cơ sở:"), f.holderId());
        } else {
            line(Picks.one(random, "Mã số doanh nghiệp:", "Mã số doanh nghiệp:", "Mã số thuế:",
                    "Giấy chứng nhận đăng ký doanh nghiệp số:", "Mã số DN:"), f.holderId());
        }
    }

    private void address(String... labels) {
        line(Picks.one(random, labels), VietnameseNames.address(random, f.authority().region(), f.issuedOn().getYear()));
    }

    private void maybePhone() {
        if (Picks.chance(random, 0.4)) {
            line(Picks.one(random, "Điện thoại:", "Số điện thoại:", "Điện thoại liên hệ:"), VietnameseNames.phone(random));
        }
    }

    private void centred(String text, TextStyle style) {
        body.add(Paragraph.of(text, style, CENTER, size).spaced(size * 0.5f));
    }

    private void sentence(String text) {
        body.add(Paragraph.of(text, REGULAR, JUSTIFY, size).indented(Picks.chance(random, 0.5) ? 28 : 0).spaced(size * 0.3f));
    }

    private void validity(String document) {
        if (f.validUntil() == null) return;
        LocalDate end = f.validUntil();
        String date = Picks.chance(random, 0.85) ? VietnameseDates.dmy(end) : VietnameseDates.longDate(end, true).substring(5);
        String text = Picks.one(random,
                document + " có hiệu lực đến ngày " + date,
                document + " này có hiệu lực đến ngày " + date + ".",
                document + " có giá trị đến ngày " + date + ".",
                "Có hiệu lực đến ngày " + date);
        body.add(Paragraph.of(text, Picks.chance(random, 0.3) ? ITALIC : REGULAR, LEFT, size).spaced(size * 0.6f));
    }

    private String person(String prefix) {
        return prefix + VietnameseNames.person(random);
    }

    // ---- one method per type -----------------------------------------------------------------

    private void foodFacility() {
        boolean heading = Picks.chance(random, 0.6);
        if (heading) centred(f.authority().issuerRegister() + " CHỨNG NHẬN", BOLD);
        if (heading) holder("Cơ sở:", "Tên cơ sở:", "Tên cơ sở:");
        else holder("Chứng nhận:", "Chứng nhận cơ sở:", "Tên cơ sở:", "Cơ sở:");
        if (Picks.chance(random, 0.5)) line("Chủ cơ sở:", Picks.one(random, "Ông ", "Bà ") + VietnameseNames.person(random));
        boolean idFirst = random.nextBoolean();
        if (idFirst) enterpriseId();
        address("Địa chỉ:", "Địa chỉ cơ sở:", "Địa chỉ sản xuất:", "Trụ sở:");
        if (!idFirst) enterpriseId();
        maybePhone();
        String activity = Picks.one(random, "Sản xuất nước uống đóng chai", "Sản xuất, chế biến bánh kẹo",
                "Kinh doanh dịch vụ ăn uống", "Sản xuất thực phẩm bảo vệ sức khỏe dạng viên nang, viên nén",
                "Sơ chế, đóng gói rau, củ, quả", "Sản xuất nước mắm, nước chấm", "Chế biến thịt và các sản phẩm từ thịt");
        body.add(Paragraph.labelled(Picks.one(random, "Đủ điều kiện an toàn thực phẩm theo quy định để:",
                        "Đủ điều kiện an toàn thực phẩm đối với:", "Loại hình sản xuất, kinh doanh:") + " ", activity,
                Picks.chance(random, 0.5) ? BOLD : REGULAR, size).spaced(size * 0.3f));
        validity("Giấy chứng nhận");
    }

    private void foodDeclaration() {
        boolean registration = f.number().endsWith("/ĐKSP");
        sentence(f.authority().nameInText() + (registration
                ? " tiếp nhận bản đăng ký công bố sản phẩm của:"
                : " xác nhận đã nhận Bản công bố phù hợp quy định an toàn thực phẩm của:"));
        holder("Tên tổ chức, cá nhân chịu trách nhiệm đưa sản phẩm ra thị trường:", "Tổ chức, cá nhân:", "Cấp cho:");
        enterpriseId();
        address("Địa chỉ:", "Địa chỉ trụ sở:");
        maybePhone();
        String product = Picks.one(random, "Thực phẩm bảo vệ sức khỏe VIÊN NGHỆ NANO CURCUMIN",
                "Nước yến sào cao cấp " + Picks.one(random, VietnameseNames.BRANDS),
                "Sữa bột dinh dưỡng cho trẻ từ 1 đến 10 tuổi", "Trà thảo mộc túi lọc Atiso - Hoa cúc",
                "Cà phê hòa tan 3 in 1 " + Picks.one(random, VietnameseNames.BRANDS), "Kẹo ngậm thảo dược bạc hà");
        body.add(Paragraph.labelled(Picks.one(random, "Cho sản phẩm:", "Sản phẩm:", "Tên sản phẩm:") + " ", product, BOLD, size));
        if (Picks.chance(random, 0.5)) {
            line("Do:", Picks.one(random, "Công ty Cổ phần Dược phẩm ", "Công ty TNHH ") + Picks.one(random, VietnameseNames.BRANDS)
                    + " sản xuất");
        }
        sentence(Picks.one(random, "Phù hợp quy định an toàn thực phẩm.",
                "Phù hợp với Quy chuẩn kỹ thuật quốc gia QCVN 6-1:2010/BYT.",
                "Tổ chức, cá nhân chịu trách nhiệm hoàn toàn về tính phù hợp của sản phẩm đã công bố."));
    }

    private void practiceCertificate() {
        String name = capsHolder ? f.holderName().toUpperCase(Locale.ROOT) : f.holderName();
        body.add(Paragraph.labelled(Picks.one(random, "Họ và tên:", "Họ tên:", "Cấp cho Ông/Bà:", "Cấp cho:") + " ",
                name, BOLD, size).spaced(size * 0.4f));
        line(Picks.one(random, "Ngày, tháng, năm sinh:", "Ngày sinh:", "Sinh ngày:"), VietnameseDates.dmy(f.birthDate()));
        line(Picks.one(random, "Số định danh cá nhân:", "Số CCCD:", "Số CMND/CCCD:", "Số căn cước công dân:"), f.holderId());
        if (Picks.chance(random, 0.5)) {
            line("Ngày cấp:", VietnameseDates.dmy(f.issuedOn().minusDays(Picks.between(random, 60, 2000)))
                    + "; Nơi cấp: Cục Cảnh sát QLHC về TTXH");
        }
        address("Địa chỉ thường trú:", "Địa chỉ:", "Nơi cư trú:");
        line("Văn bằng chuyên môn:", Picks.one(random, "Bác sỹ đa khoa", "Bác sỹ Y học cổ truyền", "Cử nhân Điều dưỡng",
                "Bác sỹ Răng Hàm Mặt", "Y sỹ đa khoa", "Cử nhân Kỹ thuật xét nghiệm y học"));
        line("Phạm vi hoạt động chuyên môn:", Picks.one(random, "Khám bệnh, chữa bệnh chuyên khoa Nội",
                "Khám bệnh, chữa bệnh đa khoa", "Thực hiện các kỹ thuật điều dưỡng", "Khám bệnh, chữa bệnh chuyên khoa Răng Hàm Mặt",
                "Thực hiện các kỹ thuật xét nghiệm", "Khám bệnh, chữa bệnh bằng y học cổ truyền"));
    }

    private void clinicLicence() {
        holder("Tên cơ sở khám bệnh, chữa bệnh:", "Tên cơ sở:", "Cơ sở:");
        enterpriseId();
        String name = f.holderName();
        String form = name.startsWith("Bệnh viện") ? "Bệnh viện đa khoa"
                : name.startsWith("Phòng khám đa khoa") ? "Phòng khám đa khoa" : "Phòng khám chuyên khoa";
        line("Hình thức tổ chức:", form);
        address("Địa điểm hành nghề:", "Địa chỉ:", "Địa điểm:");
        maybePhone();
        body.add(Paragraph.labelled("Phạm vi hoạt động chuyên môn: ", Picks.one(random,
                "Thực hiện các kỹ thuật chuyên môn được " + f.authority().nameInText()
                        + " phê duyệt ban hành kèm theo Giấy phép hoạt động này.",
                "Khám bệnh, chữa bệnh theo danh mục kỹ thuật được phê duyệt."), REGULAR, size));
        line("Thời gian làm việc:", Picks.one(random, "Từ 07 giờ 30 đến 20 giờ 00 các ngày trong tuần",
                "Ngoài giờ hành chính: từ 17 giờ 00 đến 21 giờ 00", "24/24 giờ"));
    }

    private void pharmacyBusiness() {
        holder("Tên cơ sở:", "Cấp cho:", "Cơ sở kinh doanh:");
        enterpriseId();
        line(Picks.one(random, "Người chịu trách nhiệm chuyên môn về dược:", "Người phụ trách chuyên môn về dược:"),
                person("DS. "));
        if (Picks.chance(random, 0.6)) {
            line("Số Chứng chỉ hành nghề dược:", NumberFactory.serial(random, 3, 5) + "/CCHN-D-SYT-" + f.authority().region());
        }
        address("Địa điểm kinh doanh:", "Địa chỉ:");
        line("Loại hình cơ sở kinh doanh:", f.holderName().startsWith("Công ty") ? "Cơ sở bán buôn thuốc"
                : f.holderName().startsWith("Quầy") ? "Quầy thuốc" : "Nhà thuốc");
        line("Phạm vi kinh doanh:", f.holderName().startsWith("Công ty")
                ? "Bán buôn thuốc hóa dược, vắc xin, sinh phẩm, dược liệu" : "Bán lẻ thuốc thành phẩm");
    }

    private void goodPharmacyPractice() {
        boolean heading = Picks.chance(random, 0.5);
        if (heading) centred(f.authority().issuerRegister() + " CHỨNG NHẬN", BOLD);
        holder(heading ? new String[]{"Cơ sở:", "Tên cơ sở:"} : new String[]{"Chứng nhận:", "Tên cơ sở:", "Cơ sở:"});
        line("Người phụ trách chuyên môn:", person("DS. "));
        enterpriseId();
        address("Địa chỉ:", "Địa chỉ kinh doanh:");
        sentence(Picks.one(random, "Đạt tiêu chuẩn “Thực hành tốt cơ sở bán lẻ thuốc” (GPP).",
                "Đạt nguyên tắc, tiêu chuẩn Thực hành tốt cơ sở bán lẻ thuốc - GPP."));
        validity("Giấy chứng nhận");
    }

    private void cosmetics() {
        sentence(f.authority().nameInText() + " xác nhận đã nhận Phiếu công bố sản phẩm mỹ phẩm của:");
        holder("Tên tổ chức, cá nhân chịu trách nhiệm đưa sản phẩm ra thị trường:",
                "Tổ chức, cá nhân chịu trách nhiệm đưa sản phẩm ra thị trường:", "Cấp cho:");
        enterpriseId();
        address("Địa chỉ:", "Địa chỉ trụ sở:");
        String brand = Picks.one(random, VietnameseNames.BRANDS);
        body.add(Paragraph.labelled("Tên nhãn hàng và tên sản phẩm: ", Picks.one(random,
                brand + " Kem dưỡng ẩm ban đêm - Night Cream", brand + " Sữa rửa mặt dịu nhẹ - Gentle Cleanser",
                brand + " Tinh chất Vitamin C - Brightening Serum", brand + " Dầu gội thảo dược bồ kết"), BOLD, size));
        line("Dạng sản phẩm:", Picks.one(random, "Kem", "Gel", "Dung dịch", "Sữa"));
        validity(Picks.one(random, "Phiếu tiếp nhận", "Số tiếp nhận Phiếu công bố"));
    }

    private void deviceDecision() {
        centred(f.authority().head() + " BỘ Y TẾ", BOLD);
        LocalDate issued = f.issuedOn();
        if (issued.isBefore(LocalDate.of(2022, 1, 1))) {
            body.add(Paragraph.of("Căn cứ Nghị định số 36/2016/NĐ-CP ngày 15 tháng 5 năm 2016 của Chính phủ về quản lý "
                    + "trang thiết bị y tế;", ITALIC, JUSTIFY, size).indented(28).spaced(size * 0.3f));
            if (issued.isAfter(LocalDate.of(2018, 12, 31)) && Picks.chance(random, 0.6)) {
                body.add(Paragraph.of("Căn cứ Nghị định số 169/2018/NĐ-CP ngày 31 tháng 12 năm 2018 của Chính phủ sửa đổi, "
                        + "bổ sung một số điều của Nghị định số 36/2016/NĐ-CP;", ITALIC, JUSTIFY, size).indented(28));
            }
        } else {
            body.add(Paragraph.of("Căn cứ Nghị định số 98/2021/NĐ-CP ngày 08 tháng 11 năm 2021 của Chính phủ về quản lý "
                    + "trang thiết bị y tế;", ITALIC, JUSTIFY, size).indented(28).spaced(size * 0.3f));
            if (issued.isAfter(LocalDate.of(2023, 3, 3)) && Picks.chance(random, 0.6)) {
                body.add(Paragraph.of("Căn cứ Nghị định số 07/2023/NĐ-CP ngày 03 tháng 3 năm 2023 của Chính phủ sửa đổi, "
                        + "bổ sung một số điều của Nghị định số 98/2021/NĐ-CP;", ITALIC, JUSTIFY, size).indented(28));
            }
        }
        body.add(Paragraph.of("Xét đề nghị của Vụ trưởng Vụ Trang thiết bị và Công trình y tế,", ITALIC, JUSTIFY, size)
                .indented(28));
        centred("QUYẾT ĐỊNH:", BOLD);
        body.add(new Paragraph(List.of(new Paragraph.Segment("Điều 1.", BOLD),
                new Paragraph.Segment(" Cấp số lưu hành cho trang thiết bị y tế của:", REGULAR)), LEFT, size, 28, size * 0.3f));
        holder("Chủ sở hữu số lưu hành:", "Tổ chức đề nghị cấp số lưu hành:", "Tên tổ chức:");
        enterpriseId();
        address("Địa chỉ:", "Địa chỉ trụ sở:");
        sentence("(Danh mục trang thiết bị y tế kèm theo Quyết định này)");
        int article = 2;
        if (f.validUntil() != null) {
            body.add(new Paragraph(List.of(new Paragraph.Segment("Điều 2.", BOLD), new Paragraph.Segment(
                    " Số lưu hành có hiệu lực đến ngày " + VietnameseDates.dmy(f.validUntil()) + ".", REGULAR)),
                    JUSTIFY, size, 28, 0));
            article++;
        }
        body.add(new Paragraph(List.of(new Paragraph.Segment("Điều " + article + ".", BOLD), new Paragraph.Segment(
                " Quyết định này có hiệu lực kể từ ngày ký ban hành.", REGULAR)), JUSTIFY, size, 28, 0));
        body.add(new Paragraph(List.of(new Paragraph.Segment("Điều " + (article + 1) + ".", BOLD), new Paragraph.Segment(
                " Vụ trưởng Vụ Trang thiết bị và Công trình y tế, Chánh Văn phòng Bộ và tổ chức có tên tại Điều 1 "
                        + "chịu trách nhiệm thi hành Quyết định này.", REGULAR)), JUSTIFY, size, 28, 0));
    }

    // ---- annex page --------------------------------------------------------------------------

    private List<Paragraph> annex() {
        List<Paragraph> page = new ArrayList<>();
        String what = switch (f.type()) {
            case TTB_SLH -> "DANH MỤC TRANG THIẾT BỊ Y TẾ ĐƯỢC CẤP SỐ LƯU HÀNH";
            case KCB_GPHD -> "DANH SÁCH NGƯỜI HÀNH NGHỀ";
            case ATTP_XNCB -> "DANH MỤC CHỈ TIÊU CHẤT LƯỢNG, AN TOÀN";
            case DUOC_DDKKD -> "PHẠM VI KINH DOANH DƯỢC";
            default -> "DANH MỤC SẢN PHẨM";
        };
        page.add(Paragraph.of("PHỤ LỤC", BOLD, CENTER, size));
        page.add(Paragraph.of(what, BOLD, CENTER, size));
        String doc = f.type() == SampleType.TTB_SLH ? "Quyết định" : "Giấy";
        page.add(Paragraph.of("(Kèm theo " + doc + " số " + f.number() + " " + VietnameseDates.longDate(f.issuedOn(), true)
                + " của " + f.authority().nameInText() + ")", ITALIC, CENTER, size));
        int rows = Picks.between(random, 4, 7);
        for (int i = 1; i <= rows; i++) {
            String row = switch (f.type()) {
                case TTB_SLH -> Picks.one(random, "Máy đo huyết áp điện tử", "Máy xét nghiệm sinh hóa tự động",
                        "Bơm tiêm điện", "Máy theo dõi bệnh nhân", "Nhiệt kế điện tử hồng ngoại", "Máy siêu âm chẩn đoán")
                        + "; chủng loại " + Picks.one(random, "BP-", "AU-", "TE-", "MX-") + Picks.digits(random, 3)
                        + "; số lưu hành: " + Picks.digits(random, 9) + "/BYT-TB-CT";
                case KCB_GPHD -> person(Picks.one(random, "BS. ", "ĐD. ", "KTV. ")) + " - "
                        + Picks.one(random, "Phụ trách chuyên môn", "Bác sỹ điều trị", "Điều dưỡng", "Kỹ thuật viên")
                        + " - CCHN số " + String.format("%06d", Picks.between(random, 100, 60000)) + "/"
                        + f.authority().region() + "-CCHN";
                case ATTP_XNCB -> Picks.one(random, "Tổng số vi sinh vật hiếu khí", "Coliforms", "E. coli",
                        "Chì (Pb)", "Cadimi (Cd)", "Thủy ngân (Hg)", "Nấm men, nấm mốc") + ": không quá "
                        + Picks.between(random, 1, 100) + Picks.one(random, " CFU/g", " mg/kg", " CFU/ml");
                case DUOC_DDKKD -> Picks.one(random, "Thuốc hóa dược", "Vắc xin", "Sinh phẩm", "Dược liệu",
                        "Thuốc dược liệu", "Thuốc cổ truyền", "Thuốc phải kiểm soát đặc biệt");
                default -> Picks.one(random, "Bánh quy bơ", "Nước uống đóng chai", "Trà xanh đóng chai",
                        "Mứt hoa quả", "Kẹo cứng hương trái cây", "Nước mắm cá cơm") + " - quy cách đóng gói "
                        + Picks.between(random, 100, 1000) + Picks.one(random, " g", " ml");
            };
            page.add(Paragraph.of(i + ". " + row, REGULAR, LEFT, size).indented(-14).spaced(size * 0.2f));
        }
        return page;
    }
}
