package vn.sogoc.archive.app.results;

import vn.sogoc.archive.app.RefusedException;

/**
 * A born-digital result refused before anything was registered or stored, with a machine code
 * ({@code BAD_INPUT}, {@code INVALID_HOLDER}, {@code UNKNOWN_TYPE}, {@code BAD_NUMBER}, {@code DUPLICATE},
 * {@code UNREADABLE}) and the reason in Vietnamese and English.
 */
public class ResultRefusedException extends RefusedException {

    public ResultRefusedException(String code, String vietnamese, String english) {
        super(code, vietnamese, english);
    }
}
