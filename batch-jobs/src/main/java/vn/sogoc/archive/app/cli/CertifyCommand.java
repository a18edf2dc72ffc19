package vn.sogoc.archive.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import vn.sogoc.archive.app.certify.CertificationBenchmark;
import vn.sogoc.archive.app.certify.CertificationLine;
import vn.sogoc.archive.app.certify.CertificationRefusedException;
import vn.sogoc.archive.app.certify.CertificationReports;
import vn.sogoc.archive.app.certify.CertificationRequest;
import vn.sogoc.archive.app.certify.CertificationService;
import vn.sogoc.archive.app.certify.CertifiedCopy;
import vn.sogoc.archive.app.certify.Signatory;

/**
 * {@code certify --holder ID --requester NAME --original FILE... [--pages N] --out FILE.pdf}: an e-copy
 * certified from a paper original; {@code certify list} and {@code certify register} print the register.
 */
@Command(name = "certify", mixinStandardHelpOptions = true,
        description = {"Chứng thực bản sao điện tử từ bản chính / certify an e-copy from a paper original",
                "Lỗi từ chối trả mã 1, không tiêu số chứng thực / refusals exit 1 and take no number"},
        subcommands = {CertifyCommand.ListLines.class, CertifyCommand.PrintRegister.class, CertifyCommand.Bench.class})
class CertifyCommand implements Callable<Integer> {

    private static final String REFUSED = "Từ chối chứng thực / refused";

    @Option(names = "--holder", paramLabel = "HOLDER_ID", description = "Chủ thể / holder (12, 10 or 10-3 digits)")
    String holder;

    @Option(names = "--requester", paramLabel = "NAME", description = "Người yêu cầu chứng thực / requester")
    String requester;

    @Option(names = "--original", arity = "1..*", paramLabel = "FILE", description = "Bản quét bản chính / scan(s) of the original")
    List<Path> originals;

    @Option(names = "--pages", paramLabel = "N", description = "Số trang của bản chính / pages of the original (checked)")
    Integer pages;

    @Option(names = "--title", paramLabel = "TEXT", description = "Tên giấy tờ (mặc định: đọc từ bản quét) / document title")
    String title;

    @Option(names = "--certifier", paramLabel = "\"NAME, TITLE\"",
            description = "Người thực hiện chứng thực (mặc định: archive.counter.certifier) / certifying officer")
    String certifier;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "Bản sao chứng thực / the certified copy")
    Path out;

    private final CertificationService service;

    CertifyCommand(CertificationService service) {
        this.service = service;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (out == null) {
            System.err.println("Thiếu --out FILE.pdf / --out FILE.pdf is required");
            return 1;
        }
        try {
            Signatory officer = certifier == null ? null : Signatory.parse(certifier);
            CertifiedCopy copy = service.certify(new CertificationRequest(holder, requester, originals, pages, title, officer), out);
            CertificationLine l = copy.line();
            stdout.printf("Đã chứng thực / certified: số %s (quyển số %s/%d), %d trang / pages%s → %s%n", l.certificationNo(),
                    l.book(), l.year(), l.pages(), copy.blankPages().isEmpty() ? ""
                            : " (bỏ trang trắng / blank pages dropped: " + copy.blankPages() + ")", out);
            stdout.printf("  %s; SHA-256 %s; %s%n", l.certificationId(), l.sha256(), l.objectKey());
            return 0;
        } catch (CertificationRefusedException e) {
            return Refusals.print(REFUSED, e);
        } catch (IllegalArgumentException e) {
            return Refusals.print(REFUSED, e);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "In sổ chứng thực / print the certification register")
    static class ListLines implements Callable<Integer> {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        @Option(names = "--year", paramLabel = "YYYY", description = "Năm (mặc định: mọi năm) / year (default: all)")
        Integer year;

        @Option(names = "--json", description = "JSON Lines")
        boolean json;

        private final CertificationReports reports;

        ListLines(CertificationReports reports) {
            this.reports = reports;
        }

        @Override
        public Integer call() {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            List<CertificationLine> lines = reports.lines(year);
            for (CertificationLine l : lines) {
                if (json) {
                    out.println(JSON.writeValueAsString(row(l)));
                } else {
                    out.printf("%5d  %-20s %s  %-24s %-14s %2d tr.  %s  %s%n", l.seq(), l.certificationNo(),
                            l.certifiedAt().toLocalDate(), l.requester(), l.holderId(), l.pages(), l.documentTitle(), l.sha256());
                }
            }
            if (!json) out.printf("%d dòng / lines%n", lines.size());
            return 0;
        }

        static Map<String, Object> row(CertificationLine l) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", l.seq());
            m.put("year", l.year());
            m.put("book", l.book());
            m.put("certification_no", l.certificationNo());
            m.put("certification_id", l.certificationId());
            m.put("certified_at", l.certifiedAt().toString());
            m.put("requester", l.requester());
            m.put("holder_id", l.holderId());
            m.put("document_title", l.documentTitle());
            m.put("pages", l.pages());
            m.put("original_pages", l.originalPages());
            m.put("clerk", l.clerk());
            m.put("certifier", l.certifierName());
            m.put("certifier_title", l.certifierTitle());
            m.put("sha256", l.sha256());
            m.put("object_key", l.objectKey());
            m.put("original_sha256", l.originalSha256());
            return m;
        }
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = "In sổ chứng thực theo tháng ra PDF / the monthly register as a printable PDF")
    static class PrintRegister implements Callable<Integer> {

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
        Path out;

        private final CertificationReports reports;

        PrintRegister(CertificationReports reports) {
            this.reports = reports;
        }

        @Override
        public Integer call() throws Exception {
            YearMonth m;
            try {
                m = YearMonth.parse(month);
            } catch (DateTimeParseException e) {
                System.err.println("--month '" + month + "': cần dạng YYYY-MM / expected YYYY-MM");
                return 1;
            }
            int lines = reports.printMonth(m, out);
            System.out.printf("Sổ chứng thực tháng %s: %d dòng → %s%n", m, lines, out);
            return 0;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Đo thời gian chứng thực bản gốc 2 trang / measure certify on a 2-page original (book BENCH)")
    static class Bench implements Callable<Integer> {

        @Option(names = "--n", defaultValue = "20", description = "Số lần mỗi lượt / certifications per run (default 20)")
        int n;

        @Option(names = "--clerks", defaultValue = "2", description = "Cán bộ đồng thời ở lượt 2 / concurrent clerks (default 2)")
        int clerks;

        @Option(names = "--holder", defaultValue = "048069350659", paramLabel = "HOLDER_ID")
        String holder;

        @Option(names = "--original", arity = "1..*", paramLabel = "FILE",
                description = "Bản gốc (mặc định: samples/scans/scan-01.jpg + scan-04.png, 2 trang)")
        List<Path> original;

        private final CertificationBenchmark benchmark;

        Bench(CertificationBenchmark benchmark) {
            this.benchmark = benchmark;
        }

        @Override
        public Integer call() throws Exception {
            List<Path> files = original;
            if (files == null) {
                Path samples = Path.of(System.getProperty("archive.samples", "samples")).resolve("scans");
                files = List.of(samples.resolve("scan-01.jpg"), samples.resolve("scan-04.png"));
            }
            System.out.println("Bản gốc / original: " + files + " (sổ/book " + CertificationBenchmark.BOOK + ")");
            for (CertificationBenchmark.Run run : benchmark.run(files, holder, n, clerks)) System.out.println(run);
            return 0;
        }
    }
}
