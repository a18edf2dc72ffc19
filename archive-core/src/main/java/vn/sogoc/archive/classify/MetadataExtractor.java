package vn.sogoc.archive.classify;

/** Reads number and symbol, dates, holder and issuer from a result's text (port). */
public interface MetadataExtractor {

    /** @param typeCode the classified type, or null; it may guide which printed forms to expect */
    ExtractedMetadata extract(String text, String typeCode);
}
