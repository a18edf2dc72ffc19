package vn.sogoc.archive.app.register;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.sogoc.archive.register.RegisterEntry;
import vn.sogoc.archive.register.RegisterStatus;

/**
 * Parses and validates a master-register CSV file (format: shared/spec/register-import.md) without
 * touching the database: either every row is valid, or the errors, each naming line and column.
 * Apache Commons CSV does the RFC 4180 quoting (multi-line quoted fields keep line numbers right).
 */
public class RegisterCsvParser {

    static final List<String> COLUMNS = List.of("register_no", "type_code", "number", "holder_name", "holder_id",
            "issued_on", "valid_until", "status", "issuer", "field");
    private static final Pattern NUMBER = Pattern.compile("^\\d+(/[0-9A-ZĐ]+(-[0-9A-ZĐ]+)*)+$");
    private static final Pattern REGISTER_NO = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$");
    private static final Pattern HOLDER_ID = Pattern.compile("^[0-9A-Za-z-]{1,32}$");

    private final Set<String> typeCodes;

    /** @param typeCodes the result-type catalog's codes; a row with another code is an error */
    public RegisterCsvParser(Set<String> typeCodes) {
        this.typeCodes = Set.copyOf(typeCodes);
    }

    public List<RegisterRow> parse(Path file) throws IOException, RegisterImportException {
        String name = file.getFileName().toString();
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new RegisterImportException(name, List.of("file is not UTF-8 / tệp không phải UTF-8"));
        }
        if (content.startsWith("\uFEFF")) content = content.substring(1);
        try (Reader r = new java.io.StringReader(content);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).setTrim(true).get().parse(r)) {
            return parse(name, csv);
        } catch (java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new RegisterImportException(name, List.of("malformed CSV: " + e.getMessage()));
        }
    }

    private List<RegisterRow> parse(String name, CSVParser csv) throws RegisterImportException {
        List<String> errors = new ArrayList<>();
        Map<String, Integer> header = new HashMap<>();
        csv.getHeaderMap().forEach((k, v) -> header.put(k.trim().toLowerCase(Locale.ROOT), v));
        List<String> missing = COLUMNS.stream().filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new RegisterImportException(name, List.of("line 1: missing column(s) " + missing
                    + " / thiếu cột; expected header: " + String.join(",", COLUMNS)));
        }
        List<RegisterRow> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (CSVRecord rec : csv) {
            long line = rec.getParser().getCurrentLineNumber();
            RowReader row = new RowReader(rec, header, line, errors);
            String registerNo = row.required("register_no");
            if (registerNo != null && !REGISTER_NO.matcher(registerNo).matches()) {
                row.error("register_no", "invalid register number '" + registerNo + "'");
            }
            if (registerNo != null && seen.putIfAbsent(registerNo, line) != null) {
                row.error("register_no", "duplicate register_no " + registerNo + " (first on line " + seen.get(registerNo) + ")");
            }
            String type = row.required("type_code");
            if (type != null && !typeCodes.contains(type)) row.error("type_code", "unknown type '" + type + "', expected one of " + typeCodes);
            String number = row.required("number");
            if (number != null && !NUMBER.matcher(number).matches()) row.error("number", "'" + number + "' is not a number and symbol like 8390/2021/ATTP-CNĐK");
            String holderName = row.required("holder_name");
            String holderId = row.optional("holder_id");
            if (holderId != null && !HOLDER_ID.matcher(holderId).matches()) row.error("holder_id", "invalid holder id '" + holderId + "'");
            LocalDate issued = row.date("issued_on", true);
            LocalDate until = row.date("valid_until", false);
            if (issued != null && until != null && until.isBefore(issued)) row.error("valid_until", "before issued_on " + issued);
            RegisterStatus status = row.status();
            if (row.ok()) {
                rows.add(new RegisterRow(line, new RegisterEntry(registerNo, type, number, holderName, holderId, issued,
                        until, status, row.optional("issuer"), row.optional("field"))));
            }
        }
        if (!errors.isEmpty()) throw new RegisterImportException(name, errors);
        return rows;
    }

    /** Reads one record's columns, collecting "line N, column C (name): message" errors. */
    private static final class RowReader {
        private final CSVRecord rec;
        private final Map<String, Integer> header;
        private final long line;
        private final List<String> errors;
        private boolean ok = true;

        RowReader(CSVRecord rec, Map<String, Integer> header, long line, List<String> errors) {
            this.rec = rec;
            this.header = header;
            this.line = line;
            this.errors = errors;
            if (!rec.isConsistent()) error(null, "has " + rec.size() + " fields, header has " + header.size());
        }

        boolean ok() { return ok; }

        void error(String column, String message) {
            ok = false;
            errors.add("line " + line + (column == null ? "" : ", column " + (header.get(column) + 1) + " (" + column + ")") + ": " + message);
        }

        String optional(String column) {
            int i = header.get(column);
            if (i >= rec.size()) return null;
            String v = rec.get(i).trim();
            return v.isEmpty() ? null : v;
        }

        String required(String column) {
            String v = optional(column);
            if (v == null) error(column, "empty / bắt buộc");
            return v;
        }

        LocalDate date(String column, boolean required) {
            String v = required ? required(column) : optional(column);
            if (v == null) return null;
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                error(column, "'" + v + "' is not an ISO date (YYYY-MM-DD)");
                return null;
            }
        }

        RegisterStatus status() {
            String v = required("status");
            if (v == null) return null;
            try {
                return RegisterStatus.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error("status", "'" + v + "' is not one of ACTIVE, REVOKED, SUSPENDED, REPLACED");
                return null;
            }
        }
    }
}
