package vn.sogoc.archive.app.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.audit.AuditEntries;
import vn.sogoc.archive.app.audit.AuditEntry;
import vn.sogoc.archive.app.audit.AuditVerification;
import vn.sogoc.archive.app.audit.AuditVerifier;
import vn.sogoc.archive.app.jobs.JobHistoryService;
import vn.sogoc.archive.app.jobs.JobSummary;
import vn.sogoc.archive.app.printing.SignedPdf;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureRequest;

/**
 * The audit report of a period (báo cáo kiểm tra): every audit entry and every job run in it, as CSV
 * (one row per entry, then one per job) or as a signed PDF/A ("BÁO CÁO" signature) with the trail's
 * verification verdict, counts by action, the jobs' outcomes, and charts: pages per day, archived vs
 * review vs rejected per day, and each job's throughput (pages/s). Days are Vietnam days (+07:00).
 */
@Service
public class AuditReportService {

    /** At most this many entries are listed one by one in the PDF (all are counted; the CSV has all). */
    static final int PDF_ENTRY_LIMIT = 2000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditEntries entries;
    private final JobHistoryService jobs;
    private final AuditVerifier verifier;
    private final JdbcClient jdbc;
    private final DocumentSigner signer;
    private final ArchiveProperties properties;

    public AuditReportService(AuditEntries entries, JobHistoryService jobs, AuditVerifier verifier, JdbcClient jdbc,
                              DocumentSigner signer, ArchiveProperties properties) {
        this.entries = entries;
        this.jobs = jobs;
        this.verifier = verifier;
        this.jdbc = jdbc;
        this.signer = signer;
        this.properties = properties;
    }

    /** Per Vietnam day: pages processed and records archived, in review, rejected. */
    public record Day(LocalDate day, long pages, long archived, long review, long rejected) { }

    /** A job of the period with its pages and throughput. */
    public record JobRow(JobSummary job, long pages, double pagesPerSecond) { }

    private AuditEntries.Filter period(LocalDate from, LocalDate to) {
        return new AuditEntries.Filter(from.atStartOfDay(ProgressReportService.VIETNAM).toInstant(),
                to.plusDays(1).atStartOfDay(ProgressReportService.VIETNAM).toInstant(), null, null, null, null);
    }

    public List<JobRow> jobs(LocalDate from, LocalDate to) {
        List<JobRow> out = new ArrayList<>();
        for (JobSummary j : jobs.startedBetween(from.atStartOfDay(), to.plusDays(1).atStartOfDay())) {
            long pages = jobs.pages(j.id());
            Duration d = j.duration();
            double secs = d == null ? 0 : d.toMillis() / 1000.0;
            out.add(new JobRow(j, pages, secs > 0 ? pages / secs : 0));
        }
        return out;
    }

    public List<Day> days(LocalDate from, LocalDate to) {
        Map<LocalDate, long[]> m = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) m.put(d, new long[4]);
        OffsetDateTime start = from.atStartOfDay(ProgressReportService.VIETNAM).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(ProgressReportService.VIETNAM).toOffsetDateTime();
        jdbc.sql("SELECT processed_at, status, pages FROM scan_record WHERE processed_at >= ? AND processed_at < ?")
                .params(start, end).query((ResultSet rs) -> {
                    LocalDate day = rs.getObject(1, OffsetDateTime.class).atZoneSameInstant(ProgressReportService.VIETNAM).toLocalDate();
                    long[] v = m.computeIfAbsent(day, k -> new long[4]);
                    v[0] += rs.getInt(3);
                    switch (rs.getString(2)) {
                        case "ARCHIVED" -> v[1]++;
                        case "REVIEW" -> v[2]++;
                        default -> v[3]++;
                    }
                });
        List<Day> out = new ArrayList<>();
        m.forEach((d, v) -> out.add(new Day(d, v[0], v[1], v[2], v[3])));
        return out;
    }

    /** Writes the CSV: entries (kind=entry) then jobs (kind=job); returns the number of entries. */
    public long writeCsv(LocalDate from, LocalDate to, Writer out) throws IOException {
        long[] n = {0};
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("kind", "seq_or_id", "time_utc",
                "action_or_status", "actor_or_job", "subject_type", "subject_id", "correlation_id", "details",
                "entry_hash").get())) {
            entries.forEach(period(from, to), e -> {
                try {
                    p.printRecord("entry", e.seq(), e.occurredAt(), e.action(), e.actor(), e.subjectType(), e.subjectId(),
                            e.correlationId(), e.detailsJson(), e.entryHash());
                    n[0]++;
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            for (JobRow j : jobs(from, to)) {
                JobSummary s = j.job();
                p.printRecord("job", s.id(), s.start() == null ? null : s.start().toString(), s.status(), s.jobName(), null, null,
                        "job-" + s.id(), String.format(Locale.ROOT, "read=%d written=%d filtered=%d skipped=%d failed=%d "
                                + "archived=%d review=%d rejected=%d pages=%d pages_per_s=%.2f end=%s params=%s",
                                s.counts().read(), s.counts().written(), s.counts().filtered(), s.counts().skipped(),
                                s.counts().failed(), s.outcomes().getOrDefault("ARCHIVED", 0L),
                                s.outcomes().getOrDefault("REVIEW", 0L), s.outcomes().getOrDefault("REJECTED", 0L),
                                j.pages(), j.pagesPerSecond(), s.end(), s.parameters()), null);
            }
        }
        return n[0];
    }

    /** Writes the signed PDF/A report to {@code out}; returns the number of entries in the period. */
    public long writePdf(LocalDate from, LocalDate to, Path out) throws IOException {
        AuditVerification v = verifier.verify();
        List<JobRow> jobRows = jobs(from, to);
        List<Day> days = days(from, to);
        Map<String, Long> byAction = new TreeMap<>();
        List<AuditEntry> listed = new ArrayList<>();
        long[] count = {0};
        entries.forEach(period(from, to), e -> {
            byAction.merge(e.action(), 1L, Long::sum);
            if (listed.size() < PDF_ENTRY_LIMIT) listed.add(e);
            count[0]++;
        });
        SignedPdf.write(out, unsigned -> {
            try (ReportPdf pdf = new ReportPdf()) {
                pdf.text(properties.organisation(), 11);
                pdf.text("BÁO CÁO KIỂM TRA NHẬT KÝ HỆ THỐNG", 15);
                pdf.text("Audit report — từ / from " + from + " đến / to " + to + " (giờ Việt Nam / Vietnam time)", 10);
                pdf.text("Lập lúc / generated " + OffsetDateTime.now(ProgressReportService.VIETNAM).withNano(0), 9);
                pdf.gap(8);
                pdf.text("Kiểm tra chuỗi nhật ký / trail verification: " + (v.intact()
                        ? "NGUYÊN VẸN / INTACT" : "CÓ VẤN ĐỀ / PROBLEMS FOUND (" + v.problems().size() + ")")
                        + " — " + v.entries() + " mục / entries, điểm kiểm tra đã ký cuối / last signed checkpoint: seq "
                        + v.lastCheckpointSeq() + (v.lastCheckpointTime() == null ? "" : " @ " + v.lastCheckpointTime()), 9);
                for (var p : v.problems().stream().limit(20).toList()) pdf.text("  • " + p, 8);
                pdf.gap(6);
                pdf.text("Số mục trong kỳ / entries in the period: " + count[0], 10);
                float[] w2 = {0.5f, 0.2f};
                byAction.forEach((a, n) -> { try { pdf.row(8, w2, a, Long.toString(n)); } catch (IOException e) { throw new UncheckedIOException(e); } });
                pdf.gap(8);
                pdf.text("Các lần chạy công việc / job runs: " + jobRows.size(), 10);
                float[] wj = {0.06f, 0.13f, 0.12f, 0.17f, 0.09f, 0.09f, 0.09f, 0.08f, 0.08f, 0.09f};
                pdf.row(7, wj, "ID", "Công việc/job", "Trạng thái", "Bắt đầu/start", "Lưu/arch.", "Rà soát/rev.",
                        "Loại/rej.", "Trang/pg", "Bỏ qua/skip", "Trang/s");
                for (JobRow j : jobRows) {
                    JobSummary s = j.job();
                    pdf.row(7, wj, Long.toString(s.id()), s.jobName(), s.status() + " (" + s.statusVi() + ")",
                            s.start() == null ? "" : s.start().format(TIME),
                            Long.toString(s.outcomes().getOrDefault("ARCHIVED", 0L)),
                            Long.toString(s.outcomes().getOrDefault("REVIEW", 0L)),
                            Long.toString(s.outcomes().getOrDefault("REJECTED", 0L)), Long.toString(j.pages()),
                            Long.toString(s.counts().skipped()), String.format(Locale.ROOT, "%.2f", j.pagesPerSecond()));
                }
                pdf.gap(8);
                List<String> dayLabels = days.stream().map(d -> d.day().toString()).toList();
                pdf.image(new BarChart("Số trang mỗi ngày / pages per day", dayLabels, List.of(new BarChart.Series(
                        "trang / pages", BarChart.BLUE, days.stream().mapToDouble(Day::pages).toArray())), false, null, null)
                        .png(1400, 520));
                pdf.image(new BarChart("Kết quả mỗi ngày / outcomes per day", dayLabels, List.of(
                        new BarChart.Series("lưu trữ / archived", BarChart.GREEN, days.stream().mapToDouble(Day::archived).toArray()),
                        new BarChart.Series("rà soát / review", BarChart.ORANGE, days.stream().mapToDouble(Day::review).toArray()),
                        new BarChart.Series("loại / rejected", BarChart.RED, days.stream().mapToDouble(Day::rejected).toArray())),
                        true, null, "hồ sơ / records").png(1400, 520));
                pdf.image(new BarChart("Tốc độ mỗi lần chạy / throughput per job",
                        jobRows.stream().map(j -> "#" + j.job().id()).toList(), List.of(new BarChart.Series("trang/giây / pages/s",
                        BarChart.BLUE, jobRows.stream().mapToDouble(JobRow::pagesPerSecond).toArray())), false, null, null)
                        .png(1400, 520));
                pdf.gap(8);
                pdf.text("Nhật ký / entries" + (count[0] > PDF_ENTRY_LIMIT ? " (" + PDF_ENTRY_LIMIT + " mục đầu / first "
                        + PDF_ENTRY_LIMIT + "; đủ trong CSV / all in the CSV)" : ""), 10);
                float[] we = {0.06f, 0.17f, 0.17f, 0.14f, 0.24f, 0.22f};
                pdf.row(7, we, "Seq", "Thời điểm (UTC)", "Hành động/action", "Người/actor", "Đối tượng/subject", "Liên kết/correlation");
                for (AuditEntry e : listed) {
                    pdf.row(6.5f, we, Long.toString(e.seq()), TIME.format(e.occurredAt().atOffset(ZoneOffset.UTC)), e.action(),
                            e.actor(), (e.subjectType() == null ? "" : e.subjectType() + ":") + (e.subjectId() == null ? "" : e.subjectId()),
                            e.correlationId());
                }
                pdf.save(unsigned, "Báo cáo kiểm tra " + from + " – " + to, properties.organisation(),
                        OffsetDateTime.now(ProgressReportService.VIETNAM));
            }
        }, signer, new SignatureRequest("BÁO CÁO", properties.organisation(),
                "Báo cáo kiểm tra nhật ký / audit report " + from + " – " + to, SignatureLevel.B_LT));
        return count[0];
    }

    /** Details for the REPORT_GENERATED audit entry. */
    public static Map<String, String> details(String kind, String format, String period, Path file, String sha256) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("report", kind);
        d.put("format", format);
        if (period != null) d.put("period", period);
        if (file != null) d.put("file", file.toAbsolutePath().toString());
        if (sha256 != null) d.put("sha256", sha256);
        return d;
    }
}
