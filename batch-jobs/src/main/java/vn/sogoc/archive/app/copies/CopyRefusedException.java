package vn.sogoc.archive.app.copies;

/**
 * A copy request that cannot be served, with a stable code and the reason in Vietnamese and English
 * (unknown entry, not digitized, not in force, bad input, unknown copy). Nothing was stored and no
 * number was used.
 */
public class CopyRefusedException extends RuntimeException {

    private final String code;
    private final String vietnamese;
    private final String english;

    public CopyRefusedException(String code, String vietnamese, String english) {
        super(vietnamese + " / " + english);
        this.code = code;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** e.g. {@code UNKNOWN_ENTRY}, {@code NOT_DIGITIZED}, {@code NOT_IN_FORCE}, {@code UNKNOWN_COPY}. */
    public String code() { return code; }

    public String vietnamese() { return vietnamese; }

    public String english() { return english; }
}
