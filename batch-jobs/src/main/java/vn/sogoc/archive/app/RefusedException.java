package vn.sogoc.archive.app;

/**
 * A request the archive refuses before anything was stored or numbered (từ chối), with a stable machine
 * code (e.g. {@code BAD_INPUT}, {@code INVALID_HOLDER}) and the reason in Vietnamese and in English; the
 * message is "Vietnamese / English". Each capability has its own subclass, so callers can tell them apart.
 */
public class RefusedException extends RuntimeException {

    private final String code;
    private final String vietnamese;
    private final String english;

    public RefusedException(String code, String vietnamese, String english) {
        super(vietnamese + " / " + english);
        this.code = code;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** The machine code, e.g. {@code BAD_INPUT}. */
    public String code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    public String english() {
        return english;
    }
}
