package vn.sogoc.archive.holder;

import java.util.Objects;

/**
 * The identifier of a holder (chủ thể) of results, copies and dossiers: a citizen ID (12 digits), an
 * enterprise code (10 digits), or a branch code (enterprise code, "-", 3 digits). Surrounding blanks are
 * ignored; nothing else is normalised, so the stored form is exactly the official one.
 *
 * @param value the identifier, e.g. {@code 048069350659}, {@code 0364384044}, {@code 0112134235-001}
 * @param kind  what the identifier names
 */
public record HolderId(String value, HolderKind kind) {

    public HolderId {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * Validates {@code text}.
     *
     * @throws InvalidHolderIdException naming the value and the reason (Vietnamese, then English)
     */
    public static HolderId parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidHolderIdException(text == null ? "" : text, "trống / empty");
        }
        String v = text.strip();
        int dash = v.indexOf('-');
        if (dash < 0) {
            if (!digits(v)) {
                throw new InvalidHolderIdException(v, "chỉ được gồm chữ số / only digits are allowed");
            }
            return switch (v.length()) {
                case 12 -> new HolderId(v, HolderKind.CITIZEN);
                case 10 -> new HolderId(v, HolderKind.ENTERPRISE);
                default -> throw new InvalidHolderIdException(v, v.length()
                        + " chữ số; số định danh cá nhân có 12, mã số doanh nghiệp có 10 / " + v.length()
                        + " digits; a citizen ID has 12, an enterprise code 10");
            };
        }
        String head = v.substring(0, dash);
        String branch = v.substring(dash + 1);
        if (!digits(head) || head.length() != 10 || !digits(branch) || branch.length() != 3) {
            throw new InvalidHolderIdException(v, "mã chi nhánh phải có dạng 10 chữ số, '-', 3 chữ số / "
                    + "a branch code is 10 digits, '-', 3 digits");
        }
        return new HolderId(v, HolderKind.BRANCH);
    }

    /** True when {@code text} would {@link #parse} without error. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidHolderIdException e) {
            return false;
        }
    }

    /** The enterprise a branch belongs to; the identifier itself for citizens and enterprises. */
    public String parentValue() {
        return kind == HolderKind.BRANCH ? value.substring(0, 10) : value;
    }

    private static boolean digits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
