package vn.sogoc.archive.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sogoc.archive.register.RegisterStatus;

/**
 * Reads and writes the master-register import CSV of register-import.md: UTF-8, a header row,
 * RFC 4180 quoting (fields with a comma, quote or line break are quoted, quotes doubled), LF line ends.
 */
public final class RegisterCsv {

    /** The header row, in this order. */
    public static final List<String> COLUMNS = List.of("register_no", "type_code", "number", "holder_name", "holder_id",
            "issued_on", "valid_until", "status", "issuer", "field");

    private RegisterCsv() { }

    public static void write(List<RegisterRow> rows, Path file) throws IOException {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (RegisterRow r : rows) {
            List<String> fields = List.of(r.registerNo(), r.typeCode(), r.number(), r.holderName(), r.holderId(),
                    r.issuedOn().toString(), r.validUntil() == null ? "" : r.validUntil().toString(), r.status().name(),
                    r.issuer(), r.field());
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) b.append(',');
                b.append(quote(fields.get(i)));
            }
            b.append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    /** Parses a register CSV; checks the header and every row's field count, dates and status. */
    public static List<RegisterRow> read(Path file) throws IOException {
        List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
        if (records.isEmpty() || !records.get(0).equals(COLUMNS)) {
            throw new IllegalArgumentException(file + ": header must be " + String.join(",", COLUMNS));
        }
        List<RegisterRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> f = records.get(i);
            if (f.size() != COLUMNS.size()) {
                throw new IllegalArgumentException(file + ": row " + (i + 1) + " has " + f.size() + " fields");
            }
            rows.add(new RegisterRow(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), LocalDate.parse(f.get(5)),
                    f.get(6).isEmpty() ? null : LocalDate.parse(f.get(6)), RegisterStatus.valueOf(f.get(7)), f.get(8),
                    f.get(9)));
        }
        return rows;
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) throw new IllegalArgumentException("unterminated quoted field");
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
