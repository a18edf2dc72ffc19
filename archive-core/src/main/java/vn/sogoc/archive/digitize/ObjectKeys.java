package vn.sogoc.archive.digitize;

import java.util.Locale;

/**
 * The archive's object key scheme, stable and documented in README.md:
 * <ul>
 *   <li>{@code records/{TYPE}/{YYYY}/{REGISTER_NO}/{SOURCE_SHA256}.pdf} the signed PDF/A of a record
 *       (year of issue; {@code 0000} when unknown);</li>
 *   <li>{@code originals/{SHA256[0..2]}/{SHA256}.{ext}} every scan as received, archived or not;</li>
 *   <li>{@code review/{SOURCE_SHA256}.pdf} the unsigned searchable PDF of a scan in the review queue.</li>
 * </ul>
 * Keys depend only on content and register number, so redoing a file writes the same keys.
 */
public final class ObjectKeys {

    private ObjectKeys() { }

    public static String record(String typeCode, Integer year, String registerNo, String sourceSha256) {
        return "records/" + safe(typeCode == null ? "UNKNOWN" : typeCode) + "/"
                + (year == null ? "0000" : String.format("%04d", year)) + "/" + safe(registerNo) + "/"
                + sourceSha256 + ".pdf";
    }

    public static String original(String sha256, String fileName) {
        String ext = "";
        int dot = fileName.lastIndexOf('.');
        if (dot >= 0 && dot < fileName.length() - 1) ext = "." + safe(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        return "originals/" + sha256.substring(0, 2) + "/" + sha256 + ext;
    }

    public static String review(String sourceSha256) {
        return "review/" + sourceSha256 + ".pdf";
    }

    /** Keeps letters, digits, '-', '_' and '.'; anything else (slashes, spaces) becomes '_'. */
    static String safe(String part) {
        String s = part.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.isEmpty() || s.startsWith(".")) s = "_" + s;
        return s;
    }
}
