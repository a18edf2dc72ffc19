package vn.sogoc.archive.classify;

/**
 * A type of procedure result (loại kết quả TTHC) from the catalog in {@code config/}.
 *
 * @param numberPattern the catalog's typical number patterns, e.g. {@code NNNN/YYYY/ATTP-CNĐK; NNNN/YYYY/ĐKSP}
 */
public record ResultType(String code, String titleVi, String fieldVi, String typicalIssuerVi, String numberPattern,
                         String validity) { }
