package vn.sogoc.archive.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.sogoc.archive.digitize.OutcomeReason;
import vn.sogoc.archive.digitize.RecordStatus;

/** Reads and writes ground truth as JSON Lines, snake_case keys, ISO dates, nulls written out. */
public final class GroundTruthJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GroundTruthJson() { }

    public static String toJson(GroundTruth t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", t.file());
        o.put("type_code", t.typeCode());
        o.put("number", t.number());
        o.put("holder_name", t.holderName());
        o.put("holder_name_printed", t.holderNamePrinted());
        o.put("holder_id", t.holderId());
        o.put("issued_on", str(t.issuedOn()));
        o.put("valid_until", str(t.validUntil()));
        o.put("issuer", t.issuer());
        o.put("register_no", t.registerNo());
        o.put("register_status", t.registerStatus());
        ArrayNode candidates = o.putArray("candidates");
        t.candidates().forEach(candidates::add);
        o.put("rotation", t.rotation());
        o.put("skew", Math.round(t.skew() * 100) / 100.0);
        o.put("dpi", t.dpi());
        o.put("colour", t.colour().name());
        o.put("format", t.format().name());
        o.put("pages", t.pages());
        o.put("font", t.font());
        o.put("scenario", t.scenario().name());
        o.put("expected_status", t.expectedStatus().name());
        o.put("expected_reason", t.expectedReason() == null ? null : t.expectedReason().name());
        o.put("as_of", str(t.asOf()));
        o.put("seed", t.seed());
        ArrayNode counts = o.putArray("page_line_counts");
        t.pageLineCounts().forEach(counts::add);
        ArrayNode lines = o.putArray("lines");
        t.lines().forEach(lines::add);
        try {
            return MAPPER.writeValueAsString(o);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(List<GroundTruth> truths, Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        for (GroundTruth t : truths) b.append(toJson(t)).append('\n');
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    public static List<GroundTruth> read(Path file) throws IOException {
        List<GroundTruth> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) out.add(fromJson(line));
        }
        return out;
    }

    public static GroundTruth fromJson(String json) throws IOException {
        JsonNode o = MAPPER.readTree(json);
        List<String> candidates = new ArrayList<>();
        o.get("candidates").forEach(n -> candidates.add(n.asText()));
        List<Integer> counts = new ArrayList<>();
        o.get("page_line_counts").forEach(n -> counts.add(n.asInt()));
        List<String> lines = new ArrayList<>();
        o.get("lines").forEach(n -> lines.add(n.asText()));
        return new GroundTruth(text(o, "file"), text(o, "type_code"), text(o, "number"), text(o, "holder_name"),
                text(o, "holder_name_printed"), text(o, "holder_id"), date(o, "issued_on"), date(o, "valid_until"),
                text(o, "issuer"), text(o, "register_no"), text(o, "register_status"), candidates,
                o.get("rotation").asInt(), o.get("skew").asDouble(), o.get("dpi").isNull() ? null : o.get("dpi").asInt(),
                ColourMode.valueOf(text(o, "colour")), ScanFormat.valueOf(text(o, "format")), o.get("pages").asInt(),
                text(o, "font"), lines, counts, Scenario.valueOf(text(o, "scenario")),
                RecordStatus.valueOf(text(o, "expected_status")),
                o.get("expected_reason").isNull() ? null : OutcomeReason.valueOf(text(o, "expected_reason")),
                date(o, "as_of"), o.get("seed").asLong());
    }

    private static String str(LocalDate d) { return d == null ? null : d.toString(); }

    private static String text(JsonNode o, String key) {
        JsonNode n = o.get(key);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static LocalDate date(JsonNode o, String key) {
        String s = text(o, key);
        return s == null ? null : LocalDate.parse(s);
    }
}
