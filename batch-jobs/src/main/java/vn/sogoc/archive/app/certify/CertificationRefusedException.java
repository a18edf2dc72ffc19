package vn.sogoc.archive.app.certify;

/**
 * A certification refused before any number was taken, with a machine code and the reason in Vietnamese
 * and English: {@code INVALID_HOLDER}, {@code BAD_INPUT}, {@code NO_PAGES}, {@code UNREADABLE}, {@code BLANK},
 * {@code PAGE_COUNT}.
 */
public class CertificationRefusedException extends RuntimeException {

    private final String code;

    public CertificationRefusedException(String code, String vietnamese, String english) {
        super(vietnamese + " / " + english);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
