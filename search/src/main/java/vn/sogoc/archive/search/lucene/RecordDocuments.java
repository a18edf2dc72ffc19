package vn.sogoc.archive.search.lucene;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import vn.sogoc.archive.search.IndexedRecord;

/** Mapping of an {@link IndexedRecord} to a Lucene document (see {@link SearchFields} for the fields). */
final class RecordDocuments {

    private final FacetsConfig facetsConfig = new FacetsConfig();

    /** The facet configuration the documents were built with (needed to count facets later). */
    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    Document toDocument(IndexedRecord r) {
        if (r.registerNo() == null || r.registerNo().isBlank()) {
            throw new IllegalArgumentException("registerNo is required");
        }
        Document doc = new Document();
        doc.add(new StringField(SearchFields.REGISTER_NO, r.registerNo(), Field.Store.YES));

        Set<String> codes = new LinkedHashSet<>();
        codes.add(KeywordNormalizer.code(r.registerNo()));
        if (notBlank(r.number())) codes.add(KeywordNormalizer.code(r.number()));
        for (String c : codes) doc.add(new StringField(SearchFields.CODE, c, Field.Store.NO));

        String all = allText(r);
        doc.add(new TextField(SearchFields.ALL, all, Field.Store.NO));
        doc.add(new TextField(SearchFields.ALL_ACCENTED, all, Field.Store.NO));
        doc.add(new TextField(SearchFields.HOLDER, KeywordNormalizer.nfc(r.holderName()), Field.Store.NO));

        keyword(doc, SearchFields.TYPE_CODE, r.typeCode(), true);
        keyword(doc, SearchFields.FIELD, r.field(), true);
        keyword(doc, SearchFields.ISSUER, r.issuer(), true);
        keyword(doc, SearchFields.STATUS, r.status(), true);
        keyword(doc, SearchFields.HOLDER_ID, r.holderId(), false);
        date(doc, SearchFields.ISSUED_ON, r.issuedOn());
        date(doc, SearchFields.VALID_UNTIL, r.validUntil());

        stored(doc, SearchFields.NUMBER, r.number());
        stored(doc, SearchFields.HOLDER_NAME, r.holderName());
        stored(doc, SearchFields.TYPE_TITLE, KeywordNormalizer.nfc(r.typeTitle()));
        stored(doc, SearchFields.TEXT, KeywordNormalizer.nfc(r.text()));
        try {
            return facetsConfig.build(doc);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("facet build without taxonomy cannot fail", e);
        }
    }

    private static String allText(IndexedRecord r) {
        StringJoiner j = new StringJoiner("\n");
        for (String s : new String[] {r.typeTitle(), r.number(), r.holderName(), r.issuer(), r.field(),
                r.registerNo(), r.text()}) {
            if (notBlank(s)) j.add(s);
        }
        return KeywordNormalizer.nfc(j.toString());
    }

    private static void keyword(Document doc, String name, String value, boolean facet) {
        if (!notBlank(value)) return;
        doc.add(new StringField(name, value.strip(), Field.Store.YES));
        if (facet) doc.add(new SortedSetDocValuesFacetField(name, value.strip()));
    }

    private static void date(Document doc, String name, LocalDate value) {
        if (value == null) return;
        long day = value.toEpochDay();
        doc.add(new LongPoint(name, day));
        doc.add(new NumericDocValuesField(name, day));
    }

    private static void stored(Document doc, String name, String value) {
        if (value != null) doc.add(new StoredField(name, value));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
