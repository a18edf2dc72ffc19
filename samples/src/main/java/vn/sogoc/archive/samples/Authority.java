package vn.sogoc.archive.samples;

import java.util.List;
import java.util.Locale;

/**
 * An issuing body as printed at the top left of a result and as recorded in the register.
 *
 * @param governingBody  the line above the issuer ("BỘ Y TẾ", "UBND TỈNH BẮC NINH"); null when the issuer is the ministry
 * @param issuerPrinted  the issuer line in caps ("CỤC AN TOÀN THỰC PHẨM", "SỞ Y TẾ")
 * @param issuerRegister the issuer as the register names it ("SỞ Y TẾ BẮC NINH")
 * @param nameInText     the issuer as named inside a sentence ("Sở Y tế Bắc Ninh")
 * @param place          the place of the date line ("Hà Nội")
 * @param region         code used in number symbols ("BYT", "HNO", "HCM")
 * @param head           the head's title ("CỤC TRƯỞNG", "GIÁM ĐỐC", "BỘ TRƯỞNG")
 * @param deputy         the deputy's title ("PHÓ CỤC TRƯỞNG")
 * @param sealRing       the text around the seal
 */
public record Authority(String governingBody, String issuerPrinted, String issuerRegister, String nameInText,
                        String place, String region, String head, String deputy, String sealRing, Level level) {

    /** Central department (Cục), provincial department (Sở), or the ministry itself. */
    public enum Level { MINISTRY, DEPARTMENT, PROVINCE }

    static Authority department(String issuer, String nameInText) {
        return new Authority("BỘ Y TẾ", issuer, issuer, nameInText, "Hà Nội", "BYT", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG",
                "BỘ Y TẾ * " + issuer + " *", Level.DEPARTMENT);
    }

    static Authority province(String governingBody, String provinceName, String place, String region) {
        String upper = provinceName.toUpperCase(Locale.ROOT);
        return new Authority(governingBody, "SỞ Y TẾ", "SỞ Y TẾ " + upper, "Sở Y tế " + provinceName, place, region,
                "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "SỞ Y TẾ * " + governingBody.replace("ỦY BAN NHÂN DÂN ", "").replace("UBND ", "") + " *", Level.PROVINCE);
    }

    static final Authority MINISTRY = new Authority(null, "BỘ Y TẾ", "BỘ Y TẾ", "Bộ Y tế", "Hà Nội", "BYT",
            "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM * BỘ Y TẾ", Level.MINISTRY);
    static final Authority FOOD_SAFETY = department("CỤC AN TOÀN THỰC PHẨM", "Cục An toàn thực phẩm");
    static final Authority MEDICAL_SERVICES = department("CỤC QUẢN LÝ KHÁM, CHỮA BỆNH", "Cục Quản lý Khám, chữa bệnh");
    static final Authority DRUG_ADMINISTRATION = department("CỤC QUẢN LÝ DƯỢC", "Cục Quản lý Dược");

    /** Provincial health departments, with the code their number symbols carry. */
    static final List<Authority> PROVINCES = List.of(
            province("UBND THÀNH PHỐ HÀ NỘI", "Hà Nội", "Hà Nội", "HNO"),
            province("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "HCM"),
            province("UBND TỈNH BẮC NINH", "Bắc Ninh", "Bắc Ninh", "BNI"),
            province("UBND THÀNH PHỐ HẢI PHÒNG", "Hải Phòng", "Hải Phòng", "HPG"),
            province("UBND THÀNH PHỐ ĐÀ NẴNG", "Đà Nẵng", "Đà Nẵng", "ĐNG"),
            province("UBND TỈNH NGHỆ AN", "Nghệ An", "Nghệ An", "NAN"),
            province("UBND THÀNH PHỐ CẦN THƠ", "Cần Thơ", "Cần Thơ", "CTO"));

    /** The body that issues results of {@code type}: its usual central department or a province. */
    static Authority forType(java.util.Random random, SampleType type) {
        Authority central = switch (type) {
            case ATTP_CSDK, ATTP_XNCB -> FOOD_SAFETY;
            case KCB_CCHN, KCB_GPHD -> MEDICAL_SERVICES;
            case DUOC_DDKKD, MP_CBMP -> DRUG_ADMINISTRATION;
            case DUOC_GPP -> null;
            case TTB_SLH -> MINISTRY;
        };
        if (type == SampleType.TTB_SLH) return MINISTRY;
        if (central != null && Picks.chance(random, 0.4)) return central;
        return Picks.one(random, PROVINCES);
    }
}
