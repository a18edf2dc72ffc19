package vn.sogoc.archive.app.dossiers;

import vn.sogoc.archive.app.RefusedException;

/**
 * A dossier refused at intake before anything was recorded, with a machine code ({@code BAD_INPUT},
 * {@code INVALID_HOLDER}, {@code DUPLICATE}, {@code NOT_REUSABLE}, {@code NO_COMPONENTS}) and the reason in
 * Vietnamese and English.
 */
public class DossierRefusedException extends RefusedException {

    public DossierRefusedException(String code, String vietnamese, String english) {
        super(code, vietnamese, english);
    }
}
