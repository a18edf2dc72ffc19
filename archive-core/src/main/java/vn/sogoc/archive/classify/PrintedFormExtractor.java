package vn.sogoc.archive.classify;

import java.util.Map;

/**
 * Reads the fields printed on a Vietnamese administrative result (Decree 30/2020 layout): the number
 * and symbol after "Số:", the issue date from the place-and-date line, the printed expiry, the holder
 * and the holder's id, and the issuing body above "Số:". Tolerant of OCR errors (lost or wrong
 * diacritics, split words, O/0 and l/1 in numbers, Đ read as D or Ð); labels are matched on folded
 * text, values are returned as printed. Any field may be null. Thread-safe.
 */
public final class PrintedFormExtractor implements MetadataExtractor {

    private final Map<String, String> printedGroups;
    private final HolderReader holders = new HolderReader();

    /** Without a catalog: Đ lost by OCR in a symbol stays D. */
    public PrintedFormExtractor() {
        this.printedGroups = Map.of();
    }

    /** With the catalog: symbol groups it knows are restored to their printed spelling (CNDK → CNĐK). */
    public PrintedFormExtractor(ResultTypeCatalog catalog) {
        this.printedGroups = new CatalogSymbols(catalog).printedGroups();
    }

    @Override
    public ExtractedMetadata extract(String text, String typeCode) {
        if (text == null || text.isBlank()) return ExtractedMetadata.empty();
        AlignedText t = new AlignedText(text);
        NumberSymbols.Labelled number = NumberSymbols.findLabelled(t, printedGroups);
        HolderReader.Name holder = holders.name(t);
        String issuer = number == null ? IssuerReader.issuer(t, -1, -1)
                : IssuerReader.issuer(t, number.line(), number.labelStart());
        return new ExtractedMetadata(number == null ? null : number.number(), DateReader.issueDate(t),
                DateReader.expiry(t), holder == null ? null : holder.value(), holders.id(t, holder), issuer);
    }
}
