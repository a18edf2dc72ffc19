package vn.sogoc.archive.samples;

import java.util.List;
import java.util.Random;

/** Realistic Vietnamese person names, organisation names, addresses and identifiers, with full diacritics. */
public final class VietnameseNames {

    static final List<String> SURNAMES = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm",
            "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh");
    static final List<String> MALE_MIDDLE = List.of("Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành",
            "Xuân", "Mạnh", "Tiến", "Đình", "Quốc", "Trọng");
    static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Phương", "Kim",
            "Hồng", "Thùy", "Diệu", "Mỹ");
    static final List<String> MALE_GIVEN = List.of("Dũng", "Hùng", "Tuấn", "Long", "Khánh", "Quý", "Thắng", "Cường",
            "Hiếu", "Phúc", "Nghĩa", "Tiến", "Đạt", "Huy", "Sơn", "Việt", "Trung", "Hải", "Quân", "Lộc", "Bảo Anh",
            "Minh Đức", "Anh Tuấn");
    static final List<String> FEMALE_GIVEN = List.of("Hương", "Lan", "Ngọc", "Thảo", "Trang", "Hằng", "Yến", "Nhung",
            "Hạnh", "Loan", "Oanh", "Thủy", "Dung", "Ánh", "Huyền", "Liên", "Mai Anh", "Thu Hà", "Ngọc Diệp", "Vân");
    static final List<String> BRANDS = List.of("Minh Châu", "Hoàng Long", "An Phát", "Phúc Khang", "Thiên Ân",
            "Sao Việt", "Hà Thành", "Tân Á", "Bảo Ngọc", "Đại Nam", "Hưng Thịnh", "Việt Đức", "Kim Ngân", "Trường Sơn",
            "Hồng Hà", "Nam Việt", "Á Châu", "Thái Bình Dương", "Phương Đông", "Đông Á", "Mekong", "Sông Hàn",
            "Xanh Việt", "Lộc Phát", "Gia Huy", "Ánh Dương", "Hải Đăng", "Vạn Xuân", "Trí Đức", "Nhật Quang");

    private VietnameseNames() { }

    /** A person's full name, e.g. "Đặng Hữu Dũng" or "Nguyễn Thị Thu Hà". */
    public static String person(Random random) {
        return person(random, random.nextBoolean());
    }

    static String person(Random random, boolean female) {
        String surname = Picks.one(random, SURNAMES);
        String given = Picks.one(random, female ? FEMALE_GIVEN : MALE_GIVEN);
        if (given.contains(" ") && Picks.chance(random, 0.6)) return surname + " " + given;
        return surname + " " + Picks.one(random, female ? FEMALE_MIDDLE : MALE_MIDDLE) + " " + given;
    }

    /** An organisation name fitting the type, as the register writes it (sentence case). */
    public static String organisation(Random random, SampleType type) {
        String brand = Picks.one(random, BRANDS);
        return switch (type) {
            case ATTP_CSDK -> Picks.one(random,
                    "Công ty TNHH Thực phẩm " + brand,
                    "Công ty Cổ phần Chế biến Thực phẩm " + brand,
                    "Công ty TNHH Sản xuất và Thương mại " + brand,
                    "Công ty TNHH MTV Nước giải khát " + brand,
                    "Hộ kinh doanh " + person(random),
                    "Cơ sở sản xuất bánh kẹo " + brand,
                    "Công ty Cổ phần Nông sản " + brand);
            case ATTP_XNCB -> Picks.one(random,
                    "Công ty TNHH Dược phẩm và Thực phẩm chức năng " + brand,
                    "Công ty Cổ phần Thương mại, Dịch vụ " + brand,
                    "Công ty TNHH Xuất nhập khẩu " + brand,
                    "Công ty Cổ phần Thực phẩm " + brand);
            case KCB_CCHN -> person(random);
            case KCB_GPHD -> Picks.one(random,
                    "Phòng khám đa khoa " + brand,
                    "Phòng khám chuyên khoa Răng Hàm Mặt " + brand,
                    "Phòng khám chuyên khoa Nội " + brand,
                    "Bệnh viện đa khoa tư nhân " + brand,
                    "Phòng khám Sản phụ khoa " + brand);
            case DUOC_DDKKD -> Picks.one(random,
                    "Nhà thuốc " + brand,
                    "Nhà thuốc " + brand + " " + Picks.between(random, 1, 12),
                    "Quầy thuốc " + person(random),
                    "Công ty Cổ phần Dược phẩm " + brand,
                    "Công ty TNHH Dược phẩm " + brand);
            case DUOC_GPP -> Picks.one(random,
                    "Nhà thuốc " + brand,
                    "Nhà thuốc " + person(random),
                    "Quầy thuốc " + brand,
                    "Nhà thuốc bệnh viện " + brand);
            case MP_CBMP -> Picks.one(random,
                    "Công ty TNHH Mỹ phẩm " + brand,
                    "Công ty Cổ phần Hóa mỹ phẩm " + brand,
                    "Công ty TNHH Thương mại Dịch vụ Mỹ phẩm " + brand);
            case TTB_SLH -> Picks.one(random,
                    "Công ty TNHH Thiết bị Y tế " + brand,
                    "Công ty Cổ phần Trang thiết bị Y tế " + brand,
                    "Công ty TNHH Kỹ thuật và Thiết bị " + brand);
        };
    }

    /** True when the holder is an individual business whose identifier is the owner's citizen id. */
    static boolean individualBusiness(String holderName) {
        for (String prefix : List.of("Hộ kinh doanh ", "Quầy thuốc ", "Nhà thuốc ")) {
            if (holderName.startsWith(prefix)) {
                String next = holderName.substring(prefix.length()).split(" ")[0];
                return SURNAMES.contains(next);
            }
        }
        return false;
    }

    /** A 10-digit enterprise/tax code with a provincial prefix, sometimes a "-001" branch suffix. */
    public static String enterpriseCode(Random random, String region) {
        String prefix = switch (region) {
            case "HCM" -> "03";
            case "HPG" -> "02";
            case "BNI" -> "23";
            case "ĐNG" -> "04";
            case "NAN" -> "29";
            case "CTO" -> "18";
            default -> "01";
        };
        String code = prefix + Picks.between(random, 0, 9) + Picks.digits(random, 7);
        return Picks.chance(random, 0.12) ? code + "-00" + Picks.between(random, 1, 3) : code;
    }

    /** A 12-digit citizen identity number: province code, century/sex digit, birth year, serial. */
    public static String citizenId(Random random, String region, int birthYear, boolean female) {
        String province = switch (region) {
            case "HCM" -> "079";
            case "HPG" -> "031";
            case "BNI" -> "027";
            case "ĐNG" -> "048";
            case "NAN" -> "040";
            case "CTO" -> "092";
            default -> Picks.one(random, "001", "001", "036", "034", "038");
        };
        int centurySex = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
        return province + centurySex + String.format("%02d", birthYear % 100) + Picks.digits(random, 6);
    }

    /** A street address in the region; after mid-2025 without a district (the two-level reform). */
    public static String address(Random random, String region, int year) {
        boolean districts = year < 2025;
        String number = Picks.one(random, "Số " + Picks.between(random, 1, 250), "Số " + Picks.between(random, 1, 99)
                + ", ngõ " + Picks.between(random, 2, 180), "Lô " + Picks.one(random, "A", "B", "C") + Picks.between(random, 1, 30)
                + ", khu công nghiệp");
        String[] place = switch (region) {
            case "HCM" -> Picks.one(random, new String[]{"đường Nguyễn Thị Minh Khai", "phường Đa Kao", "Quận 1", "Thành phố Hồ Chí Minh"},
                    new String[]{"đường Lê Văn Sỹ", "phường 13", "quận Phú Nhuận", "Thành phố Hồ Chí Minh"},
                    new String[]{"đường Võ Văn Ngân", "phường Linh Chiểu", "thành phố Thủ Đức", "Thành phố Hồ Chí Minh"});
            case "BNI" -> new String[]{"đường Lý Thái Tổ", "phường Suối Hoa", "thành phố Bắc Ninh", "tỉnh Bắc Ninh"};
            case "HPG" -> new String[]{"phố Lạch Tray", "phường Đằng Giang", "quận Ngô Quyền", "thành phố Hải Phòng"};
            case "ĐNG" -> new String[]{"đường Nguyễn Văn Linh", "phường Nam Dương", "quận Hải Châu", "thành phố Đà Nẵng"};
            case "NAN" -> new String[]{"đường Lê Hồng Phong", "phường Hưng Bình", "thành phố Vinh", "tỉnh Nghệ An"};
            case "CTO" -> new String[]{"đường 30 tháng 4", "phường Xuân Khánh", "quận Ninh Kiều", "thành phố Cần Thơ"};
            default -> Picks.one(random, new String[]{"phố Hào Nam", "phường Ô Chợ Dừa", "quận Đống Đa", "thành phố Hà Nội"},
                    new String[]{"đường Trần Duy Hưng", "phường Trung Hòa", "quận Cầu Giấy", "thành phố Hà Nội"},
                    new String[]{"phố Minh Khai", "phường Vĩnh Tuy", "quận Hai Bà Trưng", "thành phố Hà Nội"},
                    new String[]{"đường Nguyễn Trãi", "phường Thanh Xuân Trung", "quận Thanh Xuân", "thành phố Hà Nội"});
        };
        String street = number.contains("khu công nghiệp") ? "" : ", " + place[0];
        return districts ? number + street + ", " + place[1] + ", " + place[2] + ", " + place[3]
                : number + street + ", " + place[1] + ", " + place[3];
    }

    /** A mobile or landline number as printed ("0912 345 678"). */
    static String phone(Random random) {
        return Picks.one(random, "09" + Picks.digits(random, 2) + " " + Picks.digits(random, 3) + " " + Picks.digits(random, 3),
                "024 " + Picks.digits(random, 4) + " " + Picks.digits(random, 4),
                "028." + Picks.digits(random, 4) + "." + Picks.digits(random, 4));
    }
}
