package vn.sogoc.archive.classify;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal RFC 4180 reader: comma-separated fields, double-quoted fields may hold commas, quotes
 * (doubled) and line breaks; CRLF or LF line ends. Each record remembers the physical line it starts on.
 */
final class CsvRecords {

    /** One record and the 1-based line number it starts on. */
    record Row(int line, List<String> fields) { }

    private CsvRecords() { }

    static List<Row> read(Reader in, String source) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;       // inside a quoted field
        boolean wasQuoted = false;    // current field was quoted (only a separator may follow the closing quote)
        boolean any = false;          // current record has content
        int c = in.read();
        if (c == '\uFEFF') c = in.read();
        while (c != -1) {
            if (quoted) {
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    if (c == '\n') line++;
                    field.append((char) c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new CatalogFormatException(source + " line " + line + ": stray quote inside an unquoted field");
                }
                quoted = true;
                wasQuoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int next = in.read();
                    if (next != '\n') {
                        endRecord(rows, fields, field, any, recordLine);
                        line++;
                        recordLine = line;
                        any = false;
                        wasQuoted = false;
                        c = next;
                        continue;
                    }
                }
                endRecord(rows, fields, field, any, recordLine);
                line++;
                recordLine = line;
                any = false;
                wasQuoted = false;
            } else {
                if (wasQuoted) {
                    throw new CatalogFormatException(source + " line " + line + ": text after a closing quote");
                }
                field.append((char) c);
                any = true;
            }
            c = in.read();
        }
        if (quoted) {
            throw new CatalogFormatException(source + " line " + recordLine + ": quoted field is never closed");
        }
        endRecord(rows, fields, field, any, recordLine);
        return rows;
    }

    private static void endRecord(List<Row> rows, List<String> fields, StringBuilder field, boolean any, int line) {
        if (any || field.length() > 0) {
            fields.add(field.toString());
            rows.add(new Row(line, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
    }
}
