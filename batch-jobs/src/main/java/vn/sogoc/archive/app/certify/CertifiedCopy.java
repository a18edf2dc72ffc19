package vn.sogoc.archive.app.certify;

import java.util.List;

/**
 * A certified copy made: its register line, the pages of the original left out as blank (one-based), and
 * how long the two halves took: reading the scan into a PDF/A (OCR included), then number, statement, both
 * signatures, storage and register line (lock wait included).
 */
public record CertifiedCopy(CertificationLine line, List<Integer> blankPages, long digitizeMillis,
                            long registerMillis) { }
