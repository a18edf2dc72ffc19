package vn.sogoc.archive.holder;

/** What kind of holder (chủ thể) an identifier names: a citizen, an enterprise, or an enterprise's branch. */
public enum HolderKind {
    /** A citizen: the 12-digit citizen identity number (số định danh cá nhân / CCCD). */
    CITIZEN,
    /** An enterprise: the 10-digit enterprise code (mã số doanh nghiệp). */
    ENTERPRISE,
    /** A dependent unit (chi nhánh, địa điểm kinh doanh): the enterprise code, "-" and 3 digits. */
    BRANCH
}
