package vn.sogoc.archive.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sogoc.archive.app.digitize.DigitizeJobRunner;
import vn.sogoc.archive.app.digitize.DigitizeJobRunner.RunSummary;
import vn.sogoc.archive.digitize.OutcomeReason;

/** {@code digitize --input DIR [--as-of DATE] [--manifest FILE]}: runs (or continues) the digitization job. */
@Command(name = "digitize", mixinStandardHelpOptions = true,
        description = "Số hóa các bản quét kết quả TTHC còn hiệu lực / digitize scans of results in force")
class DigitizeCommand implements Callable<Integer> {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Option(names = "--input", required = true, paramLabel = "DIR", description = "thư mục bản quét / folder of scans")
    Path input;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "ngày xét hiệu lực (mặc định hôm nay) / in force on (default today)")
    LocalDate asOf;

    @Option(names = "--manifest", paramLabel = "FILE", description = "danh sách tệp cần số hóa / list of files to digitize")
    Path manifest;

    private final DigitizeJobRunner runner;

    DigitizeCommand(DigitizeJobRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(input)) {
            System.err.println(input + ": không phải thư mục / not a folder");
            return 1;
        }
        RunSummary s = runner.run(input, asOf == null ? LocalDate.now(VIETNAM) : asOf, manifest);
        print(s);
        return s.execution().getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }

    static void print(RunSummary s) {
        Map<String, Integer> c = s.counts();
        int review = c.entrySet().stream().filter(e -> e.getKey().startsWith("REVIEW")).mapToInt(Map.Entry::getValue).sum();
        int rejected = c.entrySet().stream().filter(e -> e.getKey().startsWith("REJECTED")).mapToInt(Map.Entry::getValue).sum();
        int pages = s.count("PAGES");
        double secs = Math.max(1e-3, s.elapsed().toMillis() / 1000.0);
        System.out.printf("Số hóa %s / digitization %s — lần chạy (execution) %d%s, %s%n",
                s.execution().getStatus() == BatchStatus.COMPLETED ? "hoàn thành" : "chưa xong",
                s.execution().getStatus(), s.execution().getId(), s.restarted() ? " (chạy tiếp / restarted)" : "",
                String.format("%02d:%02d:%02d", s.elapsed().toHours(), s.elapsed().toMinutesPart(), s.elapsed().toSecondsPart()));
        System.out.printf("  Đã lưu trữ / archived:          %d%n", s.count("ARCHIVED"));
        System.out.printf("  Chờ xem xét / in review:        %d%n", review);
        for (OutcomeReason r : OutcomeReason.values()) {
            int n = s.count(r.status() + ":" + r.name());
            if (n > 0 && r.status().name().equals("REVIEW")) System.out.printf("    %-18s %3d  %s%n", r.name(), n, r.vietnamese());
        }
        System.out.printf("  Từ chối / rejected:             %d%n", rejected);
        for (OutcomeReason r : OutcomeReason.values()) {
            int n = s.count(r.status() + ":" + r.name());
            if (n > 0 && r.status().name().equals("REJECTED")) System.out.printf("    %-18s %3d  %s%n", r.name(), n, r.vietnamese());
        }
        System.out.printf("  Đã xử lý trước, bỏ qua / already processed: %d%n", s.duplicates());
        System.out.printf("  Trang / pages: %d · %.2f trang/s (pages/s) · thời gian / elapsed %.1f s%n", pages, pages / secs, secs);
        if (s.execution().getStatus() != BatchStatus.COMPLETED) {
            s.execution().getAllFailureExceptions().stream().findFirst()
                    .ifPresent(e -> System.out.println("  Lỗi / failure: " + e));
            System.out.println("  Chạy lại cùng lệnh để tiếp tục / run the same command again to continue.");
        }
    }
}
