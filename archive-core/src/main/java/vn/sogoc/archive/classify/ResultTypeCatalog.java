package vn.sogoc.archive.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog of result types (danh mục loại kết quả TTHC), read from a UTF-8 CSV with a header row
 * ({@code code,title_vi,field_vi,typical_issuer_vi,typical_number_pattern,validity}, any column order,
 * RFC 4180 quoting). The application ships it on the classpath at {@value #CLASSPATH_LOCATION}
 * (module {@code config}). Immutable and thread-safe.
 */
public final class ResultTypeCatalog {

    /** Where the {@code config} module puts the catalog on the classpath. */
    public static final String CLASSPATH_LOCATION = "catalog/result-types.csv";

    private static final List<String> COLUMNS = List.of("code", "title_vi", "field_vi", "typical_issuer_vi",
            "typical_number_pattern", "validity");

    private final List<ResultType> types;
    private final Map<String, ResultType> byCode;

    private ResultTypeCatalog(List<ResultType> types) {
        this.types = List.copyOf(types);
        Map<String, ResultType> map = new LinkedHashMap<>();
        for (ResultType t : types) map.put(t.code(), t);
        this.byCode = Collections.unmodifiableMap(map);
    }

    /** A catalog of the given types (codes must be unique). */
    public static ResultTypeCatalog of(List<ResultType> types) {
        Map<String, ResultType> seen = new HashMap<>();
        for (ResultType t : types) {
            if (t.code() == null || t.code().isBlank()) throw new IllegalArgumentException("result type without code");
            if (seen.put(t.code(), t) != null) throw new IllegalArgumentException("duplicate result type " + t.code());
        }
        return new ResultTypeCatalog(types);
    }

    /** Reads the catalog from {@code in} (UTF-8, closed by the caller); {@code source} names it in errors. */
    public static ResultTypeCatalog load(InputStream in, String source) throws IOException {
        List<CsvRecords.Row> rows = CsvRecords.read(new InputStreamReader(in, StandardCharsets.UTF_8), source);
        if (rows.isEmpty()) throw new CatalogFormatException(source + " line 1: empty catalog, header row expected");
        CsvRecords.Row header = rows.get(0);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            column.put(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : COLUMNS) {
            if (!column.containsKey(required)) {
                throw new CatalogFormatException(source + " line " + header.line() + ": header lacks column '"
                        + required + "'");
            }
        }
        List<ResultType> types = new ArrayList<>();
        Map<String, Integer> codeLine = new HashMap<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            if (row.fields().size() == 1 && row.fields().get(0).isBlank()) continue;
            if (row.fields().size() != header.fields().size()) {
                throw new CatalogFormatException(source + " line " + row.line() + ": " + row.fields().size()
                        + " fields, the header has " + header.fields().size());
            }
            String code = row.fields().get(column.get("code")).strip();
            String title = row.fields().get(column.get("title_vi")).strip();
            if (code.isEmpty()) throw new CatalogFormatException(source + " line " + row.line() + ": empty code");
            if (title.isEmpty()) {
                throw new CatalogFormatException(source + " line " + row.line() + ": empty title_vi for " + code);
            }
            Integer previous = codeLine.put(code, row.line());
            if (previous != null) {
                throw new CatalogFormatException(source + " line " + row.line() + ": code " + code
                        + " already defined on line " + previous);
            }
            types.add(new ResultType(code, title, get(row, column, "field_vi"), get(row, column, "typical_issuer_vi"),
                    get(row, column, "typical_number_pattern"), get(row, column, "validity")));
        }
        if (types.isEmpty()) throw new CatalogFormatException(source + ": no result types after the header");
        return new ResultTypeCatalog(types);
    }

    /** Reads {@value #CLASSPATH_LOCATION} with the given class loader. */
    public static ResultTypeCatalog fromClasspath(ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream(CLASSPATH_LOCATION)) {
            if (in == null) throw new IOException("classpath resource " + CLASSPATH_LOCATION + " not found");
            return load(in, CLASSPATH_LOCATION);
        }
    }

    private static String get(CsvRecords.Row row, Map<String, Integer> column, String name) {
        return row.fields().get(column.get(name)).strip();
    }

    /** Types in catalog order. */
    public List<ResultType> types() { return types; }

    public Optional<ResultType> find(String code) { return Optional.ofNullable(code == null ? null : byCode.get(code)); }

    public int size() { return types.size(); }
}
