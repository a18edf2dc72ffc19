package vn.sogoc.archive.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sogoc.archive.app.evaluation.ThroughputBenchmark;

/**
 * {@code bench [--pages N] [--warm-up W]}: the digitization job's pages per second beside the raw
 * {@code tesseract} command line on the same generated pages with the same number of workers, and their
 * ratio, in the steady state (after a cold warm-up job on other pages, whose figures are shown too).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Đo tốc độ công việc số hóa so với tesseract CLI trên cùng các trang / job pages/s beside raw tesseract on the same pages.",
                "Mã thoát / exit code: 0 đạt tỷ lệ ≥ 0.85 / ratio target met, 1 chưa đạt / not met."})
class BenchCommand implements Callable<Integer> {

    @Option(names = "--pages", paramLabel = "N", description = "số trang PNG / number of one-page PNG scans (mặc định ${DEFAULT-VALUE})")
    int pages = ThroughputBenchmark.DEFAULT_PAGES;

    @Option(names = "--seed", paramLabel = "S", description = "hạt giống / seed of the generated pages (mặc định ${DEFAULT-VALUE})")
    long seed = ThroughputBenchmark.DEFAULT_SEED;

    @Option(names = "--warm-up", paramLabel = "W", description = "số trang của job lạnh chạy trước (trang khác) / pages of the cold"
            + " warm-up job run first on other pages (mặc định: bằng --pages / default: as many as --pages)")
    Integer warmUpPages;

    @Option(names = "--out", paramLabel = "DIR", description = "thư mục làm việc, trống hoặc mới / work folder, empty or new (mặc định: thư mục tạm)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (pages < 1) {
            System.err.println("--pages: phải ≥ 1 / must be at least 1: " + pages);
            return 2;
        }
        int warmUp = warmUpPages == null ? pages : warmUpPages;
        if (warmUp < 1) {
            System.err.println("--warm-up: phải ≥ 1 / must be at least 1: " + warmUp);
            return 2;
        }
        ThroughputBenchmark.Result result = new ThroughputBenchmark(System.out).run(pages, seed, warmUp, out);
        result.print(System.out);
        System.out.println("Thư mục / folder: " + result.dir());
        return result.ratio() >= ThroughputBenchmark.TARGET_RATIO ? 0 : 1;
    }
}
