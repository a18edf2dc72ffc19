package vn.sogoc.archive.app.holders;

/** The kinds of document a holder's e-data warehouse (kho dữ liệu điện tử) holds. */
public enum DocumentKind {
    /** A result in the master register (kết quả TTHC), digitized or born-digital. */
    RESULT,
    /** An electronic copy issued from the master register (bản sao từ sổ gốc). */
    COPY,
    /** An electronic copy certified from a paper original (bản sao chứng thực từ bản chính). */
    CERTIFIED_COPY,
    /** A component of a dossier digitized at the counter (thành phần hồ sơ đã số hóa). */
    DOSSIER_DOCUMENT
}
