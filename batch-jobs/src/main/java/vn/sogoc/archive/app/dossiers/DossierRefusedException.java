package vn.sogoc.archive.app.dossiers;

/**
 * A dossier refused at intake before anything was recorded, with a machine code ({@code BAD_INPUT},
 * {@code INVALID_HOLDER}, {@code DUPLICATE}, {@code NOT_REUSABLE}, {@code NO_COMPONENTS}) and the reason in
 * Vietnamese and English.
 */
public class DossierRefusedException extends RuntimeException {

    private final String code;

    public DossierRefusedException(String code, String vietnamese, String english) {
        super(vietnamese + " / " + english);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
