package vn.sogoc.archive.timing;

/**
 * The steps a scanned page goes through on its way into the archive, as the throughput benchmark
 * reports them (công đoạn): each has a short English label and a Vietnamese one.
 */
public enum Stage {
    SHA256("SHA-256 on intake", "băm SHA-256"),
    DECODE("decode / render", "giải mã ảnh"),
    COLOUR("colour classification + conversion", "phân loại màu"),
    GREY("grey conversion for OCR", "chuyển xám"),
    ORIENTATION("skew + orientation estimate", "ước lượng nghiêng/chiều"),
    ROTATE("rotation (deskew, turn)", "xoay ảnh"),
    OCR("OCR, first read", "OCR lần 1"),
    OCR_SECOND_READ("OCR, second read (turned 180°)", "OCR lần 2 (xoay 180°)"),
    PDF("PDF/A writing", "ghi PDF/A"),
    CLASSIFY_MATCH("classify, extract, match", "phân loại, trích, khớp sổ"),
    SIGN("PAdES signing", "ký số"),
    STORE("S3 puts + read-back", "lưu S3 + đọc lại"),
    INDEX("Lucene index", "chỉ mục Lucene"),
    RECORD("database: record, register, audit", "CSDL: bản ghi, sổ, nhật ký");

    private final String english;
    private final String vietnamese;

    Stage(String english, String vietnamese) {
        this.english = english;
        this.vietnamese = vietnamese;
    }

    public String english() { return english; }

    public String vietnamese() { return vietnamese; }
}
