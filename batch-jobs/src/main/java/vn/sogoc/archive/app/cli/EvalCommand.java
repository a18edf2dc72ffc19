package vn.sogoc.archive.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sogoc.archive.app.evaluation.QualityEvaluation;

/**
 * {@code eval [--count N] [--seed S] [--out DIR]}: quality figures of the digitization job on a generated
 * evaluation set, in an archive home of its own (the archive the command runs on is not touched).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Đánh giá chất lượng trên bộ mẫu sinh ngẫu nhiên / quality figures on a generated evaluation set:",
                "lỗi từ OCR, phân loại, số ký hiệu, khớp sổ gốc, khớp sai / word error, type, number, register match, false matches.",
                "Mã thoát / exit code: 0 đạt mọi chỉ tiêu / all targets met, 1 chưa đạt / not met."})
class EvalCommand implements Callable<Integer> {

    @Option(names = "--count", paramLabel = "N", description = "số tệp / number of files (mặc định ${DEFAULT-VALUE})")
    int count = QualityEvaluation.DEFAULT_COUNT;

    @Option(names = "--seed", paramLabel = "S", description = "hạt giống của bộ mẫu / seed of the set (mặc định ${DEFAULT-VALUE}, chưa từng dùng để tinh chỉnh / never used for tuning)")
    long seed = QualityEvaluation.EVALUATION_SEED;

    @Option(names = "--out", paramLabel = "DIR", description = "thư mục kết quả, trống hoặc mới / output folder, empty or new (mặc định: thư mục tạm / a temporary folder)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            System.err.println("--count: phải ≥ 1 / must be at least 1: " + count);
            return 2;
        }
        QualityEvaluation.Run run = new QualityEvaluation(System.out).run(count, seed, out);
        run.report().print(System.out);
        System.out.println("Chi tiết từng tệp / per-file details: " + run.details());
        System.out.println("Bộ mẫu và kho / set and archive home: " + run.dir());
        return run.report().meetsTargets() ? 0 : 1;
    }
}
