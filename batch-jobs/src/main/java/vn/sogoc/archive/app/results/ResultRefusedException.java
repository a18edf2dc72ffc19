package vn.sogoc.archive.app.results;

/**
 * A born-digital result refused before anything was registered or stored, with a machine code
 * ({@code BAD_INPUT}, {@code INVALID_HOLDER}, {@code UNKNOWN_TYPE}, {@code BAD_NUMBER}, {@code DUPLICATE},
 * {@code UNREADABLE}) and the reason in Vietnamese and English.
 */
public class ResultRefusedException extends RuntimeException {

    private final String code;

    public ResultRefusedException(String code, String vietnamese, String english) {
        super(vietnamese + " / " + english);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
