package vn.sogoc.archive.classify;

/** The type a text was classified as, with a score 0–1; {@code typeCode} null when nothing fits. */
public record Classification(String typeCode, double score) {

    public static Classification none() { return new Classification(null, 0); }

    public boolean isKnown() { return typeCode != null; }
}
