package vn.sogoc.archive.search.lucene;

/**
 * Names of the Lucene fields of one archived record's document, and what each holds.
 *
 * <ul>
 *   <li>{@link #REGISTER_NO}: raw register number, keyword, stored; the {@code updateDocument} key.</li>
 *   <li>{@link #CODE}: keyword, multi-valued: the normalized number and register number
 *       ({@link KeywordNormalizer#code}: diacritics folded, đ→d, upper case, no white space).</li>
 *   <li>{@link #ALL}: full text (title, number, holder, issuer, field, register number, text),
 *       folded analyzer (no diacritics) for recall.</li>
 *   <li>{@link #ALL_ACCENTED}: the same text, lower-cased but accents kept, to rank exact accents first.</li>
 *   <li>{@link #HOLDER}: holder name, folded analyzer; fuzzy matching happens here.</li>
 *   <li>{@link #TYPE_CODE}, {@link #FIELD}, {@link #ISSUER}, {@link #HOLDER_ID}, {@link #STATUS}: raw
 *       keyword values for filters; all but holder id also facet dimensions (SortedSetDocValues).</li>
 *   <li>{@link #ISSUED_ON}, {@link #VALID_UNTIL}: epoch day as {@code LongPoint} + numeric doc values.</li>
 *   <li>Stored only: {@link #NUMBER}, {@link #HOLDER_NAME}, {@link #TYPE_TITLE}, {@link #TEXT}
 *       (NFC-normalized original text, for snippets).</li>
 * </ul>
 */
public final class SearchFields {

    public static final String REGISTER_NO = "registerNo";
    public static final String CODE = "code";
    public static final String ALL = "all";
    public static final String ALL_ACCENTED = "allAccented";
    public static final String HOLDER = "holder";

    public static final String TYPE_CODE = "typeCode";
    public static final String FIELD = "field";
    public static final String ISSUER = "issuer";
    public static final String HOLDER_ID = "holderId";
    public static final String STATUS = "status";
    public static final String ISSUED_ON = "issuedOn";
    public static final String VALID_UNTIL = "validUntil";

    public static final String NUMBER = "number";
    public static final String HOLDER_NAME = "holderName";
    public static final String TYPE_TITLE = "typeTitle";
    public static final String TEXT = "text";

    /** Keyword fields that are also facet dimensions. */
    public static final String[] FACET_DIMENSIONS = {TYPE_CODE, FIELD, ISSUER, STATUS};

    private SearchFields() { }
}
