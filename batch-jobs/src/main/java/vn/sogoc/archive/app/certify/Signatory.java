package vn.sogoc.archive.app.certify;

/**
 * A person who signs in their own name — the certifying officer, the leader who signs a result — as
 * Decree 30/2020's appearance shows them: full name and title.
 */
public record Signatory(String name, String title) {

    public Signatory {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Thiếu họ tên người ký / the signer's full name is missing");
        }
        name = name.strip();
        title = title == null ? "" : title.strip();
    }

    /**
     * Reads {@code "NAME, TITLE"} (the title after the first comma).
     *
     * @throws IllegalArgumentException naming the value when the name or the title is missing
     */
    public static Signatory parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Thiếu người ký / signer missing: give \"HỌ TÊN, CHỨC VỤ\" / \"NAME, TITLE\"");
        }
        int comma = text.indexOf(',');
        if (comma <= 0 || text.substring(comma + 1).isBlank() || text.substring(0, comma).isBlank()) {
            throw new IllegalArgumentException("Người ký '" + text + "' phải có dạng \"HỌ TÊN, CHỨC VỤ\" / signer '" + text
                    + "' must read \"NAME, TITLE\"");
        }
        return new Signatory(text.substring(0, comma), text.substring(comma + 1));
    }

    @Override
    public String toString() {
        return title.isEmpty() ? name : name + ", " + title;
    }
}
