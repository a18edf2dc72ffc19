package vn.sogoc.archive.app.copies;

import vn.sogoc.archive.app.RefusedException;

/**
 * A copy request that cannot be served, with a stable code and the reason in Vietnamese and English
 * (unknown entry, not digitized, not in force, bad input, unknown copy). Nothing was stored and no
 * number was used.
 */
public class CopyRefusedException extends RefusedException {

    public CopyRefusedException(String code, String vietnamese, String english) {
        super(code, vietnamese, english);
    }
}
