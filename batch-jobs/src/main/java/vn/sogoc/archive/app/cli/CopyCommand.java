package vn.sogoc.archive.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sogoc.archive.app.copies.CopyBenchmark;
import vn.sogoc.archive.app.copies.CopyExporter;
import vn.sogoc.archive.app.copies.CopyLine;
import vn.sogoc.archive.app.copies.CopyRefusedException;
import vn.sogoc.archive.app.copies.CopyService;
import vn.sogoc.archive.app.copies.IssuedCopy;

/**
 * {@code copy issue|revoke|export|show|bench}: certified electronic copies from the master register
 * (bản sao điện tử từ sổ gốc) and the copy register (sổ cấp bản sao).
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Cấp bản sao điện tử từ sổ gốc / certified electronic copies from the master register",
        subcommands = {CopyCommand.Issue.class, CopyCommand.Revoke.class, CopyCommand.Export.class, CopyCommand.Show.class,
                CopyCommand.Bench.class})
class CopyCommand {

    static void print(CopyLine l) {
        System.out.printf("Bản sao / copy %s  số / number %s%n", l.copyId(), l.copyNumber());
        System.out.printf("  mục sổ gốc / register entry: %s   trạng thái / status: %s%n", l.registerNo(), l.status());
        System.out.printf("  người yêu cầu / requester: %s   mục đích / purpose: %s%n", l.requester(), l.purpose());
        System.out.printf("  cán bộ / clerk: %s   thời điểm / issued at: %s%n", l.clerk(), l.issuedAt());
        System.out.printf("  SHA-256: %s   khóa / key: %s   %d trang / pages, %s%n", l.sha256(), l.objectKey(), l.pages(), l.signatureLevel());
        if (l.revoked()) {
            System.out.printf("  thu hồi / revoked: %s bởi / by %s: %s%n", l.revokedAt(), l.revokedBy(), l.revokeReason());
        }
    }

    @Command(name = "issue", mixinStandardHelpOptions = true,
            description = "Cấp một bản sao điện tử có chữ ký số / issue a signed electronic copy")
    static class Issue implements Callable<Integer> {

        @Parameters(paramLabel = "REGISTER_NO", description = "mục sổ gốc / register entry, e.g. SG-2021-00001")
        String registerNo;

        @Option(names = "--requester", required = true, description = "người yêu cầu / requester")
        String requester;

        @Option(names = "--purpose", required = true, description = "mục đích / purpose")
        String purpose;

        @Option(names = "--clerk", description = "cán bộ cấp / clerk (mặc định: người dùng hệ điều hành / default: OS user)")
        String clerk;

        @Option(names = "--out", paramLabel = "FILE.pdf", description = "ghi bản sao ra tệp / also write the copy to this file")
        Path out;

        private final CopyService copies;

        Issue(CopyService copies) {
            this.copies = copies;
        }

        @Override
        public Integer call() throws Exception {
            try {
                IssuedCopy issued = copies.issue(registerNo, requester, purpose, clerk);
                print(issued.line());
                if (out != null) {
                    copies.writePdf(issued.line().copyId(), out);
                    System.out.println("  → " + out);
                }
                return 0;
            } catch (CopyRefusedException e) {
                return Refusals.print(e);
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Thu hồi một bản sao / revoke a copy")
    static class Revoke implements Callable<Integer> {

        @Parameters(paramLabel = "COPY_ID")
        String copyId;

        @Option(names = "--reason", required = true, description = "lý do / reason")
        String reason;

        private final CopyService copies;

        Revoke(CopyService copies) {
            this.copies = copies;
        }

        @Override
        public Integer call() {
            try {
                print(copies.revoke(copyId, reason, null));
                return 0;
            } catch (CopyRefusedException e) {
                return Refusals.print(e);
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Xem một dòng sổ cấp bản sao / show a copy register line")
    static class Show implements Callable<Integer> {

        @Parameters(paramLabel = "COPY_ID")
        String copyId;

        @Option(names = "--out", paramLabel = "FILE.pdf", description = "ghi bản sao ra tệp / write the copy's PDF")
        Path out;

        private final CopyService copies;

        Show(CopyService copies) {
            this.copies = copies;
        }

        @Override
        public Integer call() throws Exception {
            try {
                CopyLine l = out != null ? copies.writePdf(copyId, out) : copies.find(copyId).orElseThrow(() -> new CopyRefusedException(
                        "UNKNOWN_COPY", copyId + ": không có trong sổ cấp bản sao", copyId + ": not in the copy register"));
                print(l);
                return 0;
            } catch (CopyRefusedException e) {
                return Refusals.print(e);
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Xuất bản sao đã cấp trong khoảng ngày (ZIP: PDF, manifest, SHA256SUMS) / export copies issued in a date range")
    static class Export implements Callable<Integer> {

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD")
        LocalDate to;

        @Option(names = "--out", required = true, paramLabel = "FILE.zip")
        Path out;

        private final CopyExporter exporter;

        Export(CopyExporter exporter) {
            this.exporter = exporter;
        }

        @Override
        public Integer call() throws Exception {
            try {
                CopyExporter.Export e = exporter.export(from, to, out);
                System.out.printf("%d bản sao / copies → %s (%d bytes)%n", e.copies(), out, e.bytes());
                return 0;
            } catch (CopyRefusedException e) {
                return Refusals.print(e);
            }
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Đo thời gian cấp bản sao / measure issuing latency and throughput (issues real copies into book BENCH)")
    static class Bench implements Callable<Integer> {

        @Option(names = "--n", defaultValue = "50", description = "bản sao mỗi lượt / copies per run (default ${DEFAULT-VALUE})")
        int n;

        @Option(names = "--threads", defaultValue = "8", description = "người cấp đồng thời / concurrent issuers (default ${DEFAULT-VALUE})")
        int threads;

        @Option(names = "--warmup", defaultValue = "10", description = "bản sao khởi động / warm-up copies (default ${DEFAULT-VALUE})")
        int warmup;

        private final CopyBenchmark benchmark;

        Bench(CopyBenchmark benchmark) {
            this.benchmark = benchmark;
        }

        @Override
        public Integer call() throws Exception {
            try {
                List<CopyBenchmark.Run> runs = benchmark.run(n, threads, warmup);
                runs.forEach(System.out::println);
                System.out.printf("Tăng tốc / speed-up at %d concurrent: %.2f×%n", threads, runs.get(1).perSecond() / runs.get(0).perSecond());
                return 0;
            } catch (CopyRefusedException e) {
                return Refusals.print(e);
            }
        }
    }
}
