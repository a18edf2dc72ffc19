package vn.sogoc.archive.digitize;

/** Why a scan was not archived (lý do), with the Vietnamese wording shown to archive staff. */
public enum OutcomeReason {
    UNSUPPORTED_FORMAT(RecordStatus.REJECTED, "Không phải tệp quét được hỗ trợ (PNG, JPEG, TIFF, PDF)"),
    EMPTY_FILE(RecordStatus.REJECTED, "Tệp rỗng"),
    UNREADABLE(RecordStatus.REVIEW, "Không đọc được tệp (hỏng hoặc không giải mã được)"),
    BLANK(RecordStatus.REVIEW, "Trang trắng, không có chữ"),
    TOO_LARGE(RecordStatus.REVIEW, "Tệp vượt quá giới hạn số trang hoặc kích thước"),
    NO_NUMBER(RecordStatus.REVIEW, "Không đọc được số, ký hiệu"),
    UNMATCHED(RecordStatus.REVIEW, "Không khớp với sổ gốc"),
    AMBIGUOUS(RecordStatus.REVIEW, "Khớp với nhiều mục trong sổ gốc"),
    NOT_IN_FORCE(RecordStatus.REVIEW, "Mục sổ gốc không còn hiệu lực vào ngày xét"),
    ALREADY_DIGITIZED(RecordStatus.REVIEW, "Mục sổ gốc đã được số hóa từ bản quét khác");

    private final RecordStatus status;
    private final String vietnamese;

    OutcomeReason(RecordStatus status, String vietnamese) {
        this.status = status;
        this.vietnamese = vietnamese;
    }

    public RecordStatus status() { return status; }

    public String vietnamese() { return vietnamese; }
}
