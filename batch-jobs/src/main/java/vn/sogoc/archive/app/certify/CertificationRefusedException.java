package vn.sogoc.archive.app.certify;

import vn.sogoc.archive.app.RefusedException;

/**
 * A certification refused before any number was taken, with a machine code and the reason in Vietnamese
 * and English: {@code INVALID_HOLDER}, {@code BAD_INPUT}, {@code NO_PAGES}, {@code UNREADABLE}, {@code BLANK},
 * {@code PAGE_COUNT}.
 */
public class CertificationRefusedException extends RefusedException {

    public CertificationRefusedException(String code, String vietnamese, String english) {
        super(code, vietnamese, english);
    }
}
