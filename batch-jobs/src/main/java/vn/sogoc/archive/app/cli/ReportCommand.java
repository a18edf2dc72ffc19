package vn.sogoc.archive.app.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.audit.AuditActions;
import vn.sogoc.archive.app.printing.SignedPdf;
import vn.sogoc.archive.app.reports.AuditReportService;
import vn.sogoc.archive.app.reports.ProgressFormats;
import vn.sogoc.archive.app.reports.ProgressReport;
import vn.sogoc.archive.app.reports.ProgressReportService;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.signing.DocumentSigner;
import vn.sogoc.archive.signing.SignatureLevel;
import vn.sogoc.archive.signing.SignatureRequest;
import vn.sogoc.archive.text.Hashes;

/** {@code report audit} (CSV or signed PDF/A of a period) and {@code report progress} (text, CSV, PNG chart, PDF). */
@Command(name = "report", description = "Báo cáo / reports", mixinStandardHelpOptions = true,
        subcommands = {ReportCommand.Audit.class, ReportCommand.Progress.class})
class ReportCommand {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = "Nhật ký và kết quả các lần chạy trong kỳ / audit entries and job outcomes of a period")
    static class Audit implements Callable<Integer> {

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD") LocalDate from;
        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD") LocalDate to;
        @Option(names = "--format", defaultValue = "csv", description = "csv | pdf (PDF/A, signed, with charts)") String format;
        @Option(names = "--out", paramLabel = "FILE", description = "default: stdout for csv, bao-cao-kiem-tra-FROM-TO.pdf for pdf") Path out;

        private final AuditReportService reports;
        private final AuditTrail audit;

        Audit(AuditReportService reports, AuditTrail audit) {
            this.reports = reports;
            this.audit = audit;
        }

        @Override
        public Integer call() throws IOException {
            if (to.isBefore(from)) {
                System.err.println("--to " + to + " trước --from " + from + " / --to is before --from");
                return 2;
            }
            String period = from + ".." + to;
            switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> {
                    long n;
                    if (out == null) {
                        Writer w = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                        n = reports.writeCsv(from, to, w);
                        w.flush();
                    } else {
                        Path tmp = temp(out);
                        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                            n = reports.writeCsv(from, to, w);
                        }
                        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        System.err.println(out + ": " + n + " mục / entries");
                    }
                    audit.append(new AuditEvent(AuditActions.REPORT, Actors.current(), "report", "audit", null,
                            AuditReportService.details("audit", "csv", period, out, out == null ? null : Hashes.sha256(out))));
                }
                case "pdf" -> {
                    Path file = out != null ? out : Path.of("bao-cao-kiem-tra-" + from + "-" + to + ".pdf");
                    long n = reports.writePdf(from, to, file);
                    String sha = Hashes.sha256(file);
                    audit.append(new AuditEvent(AuditActions.REPORT, Actors.current(), "report", "audit", null,
                            AuditReportService.details("audit", "pdf", period, file, sha)));
                    System.out.printf("%s: báo cáo đã ký (PDF/A) / signed report, %d mục / entries, SHA-256 %s%n", file, n, sha);
                }
                default -> {
                    System.err.println("--format " + format + ": chỉ csv hoặc pdf / must be csv or pdf");
                    return 2;
                }
            }
            return 0;
        }
    }

    @Command(name = "progress", mixinStandardHelpOptions = true,
            description = "Tiến độ số hóa theo lĩnh vực và năm cấp so với kế hoạch / digitization progress by field and issuing year against the plan")
    static class Progress implements Callable<Integer> {

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "default: today (Vietnam)") LocalDate asOf;
        @Option(names = "--format", defaultValue = "text", description = "text | csv | png | pdf") String format;
        @Option(names = "--out", paramLabel = "FILE", description = "required for png and pdf; default stdout for text and csv") Path out;

        private final ProgressReportService progress;
        private final AuditTrail audit;
        private final DocumentSigner signer;
        private final ArchiveProperties properties;

        Progress(ProgressReportService progress, AuditTrail audit, DocumentSigner signer, ArchiveProperties properties) {
            this.progress = progress;
            this.audit = audit;
            this.signer = signer;
            this.properties = properties;
        }

        @Override
        public Integer call() throws IOException {
            String f = format.toLowerCase(java.util.Locale.ROOT);
            if (!java.util.Set.of("text", "csv", "png", "pdf").contains(f)) {
                System.err.println("--format " + format + ": text, csv, png hoặc/or pdf");
                return 2;
            }
            LocalDate day = asOf != null ? asOf : LocalDate.now(VIETNAM);
            ProgressReport r = progress.build(day);
            Path file = out;
            if (file == null && (f.equals("png") || f.equals("pdf"))) file = Path.of("tien-do-so-hoa-" + day + "." + f);
            switch (f) {
                case "text", "csv" -> {
                    String s = f.equals("text") ? ProgressFormats.text(r) : ProgressFormats.csv(r);
                    if (file == null) System.out.print(s);
                    else Files.writeString(file, s, StandardCharsets.UTF_8);
                }
                case "png" -> Files.write(file, ProgressFormats.chartPng(r, 1400, 700));
                default -> SignedPdf.write(file, unsigned -> ProgressFormats.pdf(r, properties.organisation(), unsigned), signer,
                        new SignatureRequest("BÁO CÁO", properties.organisation(),
                                "Báo cáo tiến độ số hóa / digitization progress " + day, SignatureLevel.B_LT));
            }
            if (file != null) System.out.println(file + " (" + f + ")");
            audit.append(new AuditEvent(AuditActions.REPORT, Actors.current(), "report", "progress", null,
                    AuditReportService.details("progress", f, day.toString(), file, file == null ? null : Hashes.sha256(file))));
            return 0;
        }
    }

    static Path temp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        return Files.createTempFile(dir, ".report-", ".tmp");
    }
}
