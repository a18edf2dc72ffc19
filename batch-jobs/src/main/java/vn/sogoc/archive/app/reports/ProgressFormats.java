package vn.sogoc.archive.app.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The progress report as text (a table for people), CSV (one row per field and year, then the total), a chart (PNG) and PDF/A. */
public final class ProgressFormats {

    private ProgressFormats() { }

    public static String text(ProgressReport r) {
        StringBuilder b = new StringBuilder();
        b.append("BÁO CÁO TIẾN ĐỘ SỐ HÓA / Digitization progress — đến hết ngày / as of ").append(r.asOf()).append('\n');
        String fmt = "%-34s %6s %10s %10s %8s %10s %10s %8s%n";
        b.append(String.format(fmt, "Lĩnh vực / field", "Năm", "Hiệu lực", "Số hóa", "Đã ký", "Rà soát", "Chưa quét", "Tỷ lệ"));
        b.append(String.format(fmt, "", "year", "in force", "digitized", "signed", "in review", "not scanned", "share"));
        for (ProgressReport.Row row : r.rows()) b.append(line(fmt, row));
        b.append(line(fmt, r.total()));
        b.append(String.format(Locale.ROOT, "Kế hoạch năm %d / plan for %d: %.0f%% — thực tế / actual %.1f%% — %s%n",
                r.asOf().getYear(), r.asOf().getYear(), r.targetPercent(), r.total().sharePercent(),
                r.onTarget() ? "ĐẠT / on target" : "CHƯA ĐẠT / behind plan (thiếu / short by "
                        + Math.max(0, (long) Math.ceil(r.targetPercent() / 100.0 * r.total().inForce()) - r.total().digitized())
                        + " kết quả / results)"));
        b.append(String.format(Locale.ROOT, "Tỷ lệ tái sử dụng / reuse rate: %d / %d = %.1f%% (mục tiêu / target > %.0f%%) [%s]%n",
                r.reused(), r.digitizedAll(), r.reusePercent(), r.reuseTargetPercent(), r.reuseSource()));
        var d = r.dossiers();
        b.append(String.format(Locale.ROOT, "Hồ sơ tái sử dụng dữ liệu số / dossiers reusing digitized data: %d / %d = %.1f%% (mục tiêu / target > %.0f%%)%n",
                d.reusing(), d.dossiers(), 100 * d.reuseRate(), r.reuseTargetPercent()));
        b.append(String.format(Locale.ROOT, "Hồ sơ được số hóa đầy đủ / dossiers fully digitized: %d / %d = %.1f%%%n",
                d.fullyDigitized(), d.dossiers(), 100 * d.digitizationRate()));
        if (r.unattributedReview() > 0) {
            b.append("Bản quét chờ rà soát chưa gắn với sổ gốc / scans in review not tied to a register entry: ")
                    .append(r.unattributedReview()).append('\n');
        }
        return b.toString();
    }

    private static String line(String fmt, ProgressReport.Row row) {
        String field = row.field().length() > 34 ? row.field().substring(0, 33) + "…" : row.field();
        return String.format(Locale.ROOT, fmt, field, row.year() == null ? "" : row.year().toString(), row.inForce(),
                row.digitized(), row.signed(), row.inReview(), row.notScanned(), String.format(Locale.ROOT, "%.1f%%", row.sharePercent()));
    }

    public static String csv(ProgressReport r) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader("as_of", "field", "issue_year",
                "in_force", "digitized", "signed", "in_review", "not_scanned", "share_digitized_percent",
                "plan_target_percent").get())) {
            List<ProgressReport.Row> all = new ArrayList<>(r.rows());
            all.add(r.total());
            for (ProgressReport.Row row : all) {
                p.printRecord(r.asOf(), row.field(), row.year() == null ? "ALL" : row.year(), row.inForce(), row.digitized(),
                        row.signed(), row.inReview(), row.notScanned(), String.format(Locale.ROOT, "%.2f", row.sharePercent()),
                        String.format(Locale.ROOT, "%.2f", r.targetPercent()));
            }
            p.printRecord(r.asOf(), "REUSE_RATE", "ALL", r.digitizedAll(), r.reused(), "", "", "",
                    String.format(Locale.ROOT, "%.2f", r.reusePercent()), String.format(Locale.ROOT, "%.2f", r.reuseTargetPercent()));
            var d = r.dossiers();
            p.printRecord(r.asOf(), "DOSSIER_REUSE_RATE", "ALL", d.dossiers(), d.reusing(), "", "", "",
                    String.format(Locale.ROOT, "%.2f", 100 * d.reuseRate()), String.format(Locale.ROOT, "%.2f", r.reuseTargetPercent()));
            p.printRecord(r.asOf(), "DOSSIER_DIGITIZATION_RATE", "ALL", d.dossiers(), d.fullyDigitized(), "", "", "",
                    String.format(Locale.ROOT, "%.2f", 100 * d.digitizationRate()), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The chart as PNG (width × height pixels). */
    public static byte[] chartPng(ProgressReport r, int width, int height) {
        return chart(r).png(width, height);
    }

    /** Share digitized per field (all issuing years), against the plan's target line. */
    static BarChart chart(ProgressReport r) {
        Map<String, long[]> byField = new LinkedHashMap<>();
        for (ProgressReport.Row row : r.rows()) {
            long[] v = byField.computeIfAbsent(row.field(), k -> new long[3]);
            v[0] += row.inForce();
            v[1] += row.digitized();
            v[2] += row.inReview();
        }
        List<String> cats = new ArrayList<>();
        double[] digitized = new double[byField.size()], review = new double[byField.size()];
        int i = 0;
        for (var e : byField.entrySet()) {
            cats.add(e.getKey().length() > 18 ? e.getKey().substring(0, 17) + "…" : e.getKey());
            long in = Math.max(1, e.getValue()[0]);
            digitized[i] = 100.0 * e.getValue()[1] / in;
            review[i] = 100.0 * e.getValue()[2] / in;
            i++;
        }
        return new BarChart("Tỷ lệ số hóa theo lĩnh vực / share digitized by field, " + r.asOf(), cats,
                List.of(new BarChart.Series("đã số hóa / digitized", BarChart.GREEN, digitized),
                        new BarChart.Series("đang rà soát / in review", BarChart.ORANGE, review)),
                true, r.targetPercent(), "%");
    }

    /** Per issuing year: in force vs digitized. */
    static BarChart chartByYear(ProgressReport r) {
        Map<Integer, long[]> byYear = new java.util.TreeMap<>();
        for (ProgressReport.Row row : r.rows()) {
            long[] v = byYear.computeIfAbsent(row.year(), k -> new long[2]);
            v[0] += row.inForce();
            v[1] += row.digitized();
        }
        List<String> cats = new ArrayList<>();
        double[] in = new double[byYear.size()], dig = new double[byYear.size()];
        int i = 0;
        for (var e : byYear.entrySet()) {
            cats.add(String.valueOf(e.getKey()));
            in[i] = e.getValue()[0];
            dig[i] = e.getValue()[1];
            i++;
        }
        return new BarChart("Theo năm cấp / by issuing year", cats,
                List.of(new BarChart.Series("còn hiệu lực / in force", BarChart.GREY, in),
                        new BarChart.Series("đã số hóa / digitized", BarChart.GREEN, dig)), false, null, "kết quả / results");
    }

    /** The report as PDF/A (text table and both charts); unsigned — the caller signs it. */
    public static void pdf(ProgressReport r, String organisation, Path file) throws IOException {
        try (ReportPdf pdf = new ReportPdf()) {
            pdf.text(organisation, 11);
            pdf.text("BÁO CÁO TIẾN ĐỘ SỐ HÓA KẾT QUẢ TTHC", 15);
            pdf.text("Digitization progress report — đến hết ngày / as of " + r.asOf(), 11);
            pdf.gap(8);
            float[] w = {0.30f, 0.08f, 0.11f, 0.11f, 0.09f, 0.11f, 0.11f, 0.09f};
            pdf.row(8, w, "Lĩnh vực / field", "Năm", "Hiệu lực", "Số hóa", "Đã ký", "Rà soát", "Chưa quét", "Tỷ lệ");
            List<ProgressReport.Row> all = new ArrayList<>(r.rows());
            all.add(r.total());
            for (ProgressReport.Row row : all) {
                pdf.row(8, w, row.field(), row.year() == null ? "" : row.year().toString(), Long.toString(row.inForce()),
                        Long.toString(row.digitized()), Long.toString(row.signed()), Long.toString(row.inReview()),
                        Long.toString(row.notScanned()), String.format(Locale.ROOT, "%.1f%%", row.sharePercent()));
            }
            pdf.gap(6);
            for (String line : text(r).split("\n")) if (line.startsWith("Kế hoạch") || line.startsWith("Tỷ lệ")) pdf.text(line, 9);
            pdf.gap(6);
            pdf.image(chart(r).png(1400, 700));
            pdf.image(chartByYear(r).png(1400, 600));
            pdf.save(file, "Báo cáo tiến độ số hóa " + r.asOf(), organisation, OffsetDateTime.now(ProgressReportService.VIETNAM));
        }
    }
}
