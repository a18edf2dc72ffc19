package vn.sogoc.archive.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.springframework.batch.core.BatchStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.digitize.DigitizeJobRunner;
import vn.sogoc.archive.app.register.RegisterImporter;
import vn.sogoc.archive.app.web.security.DemoUsers;

/**
 * {@code demo}: imports the bundled sample register and digitizes the bundled sample scans into the
 * archive home, on the embedded defaults (H2, S3 on loopback, demo PKI, Lucene). {@code bin/archive}
 * installs the native packages and builds before it calls this.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Chạy thử trên bộ mẫu / run the digitization demo on the bundled samples")
class DemoCommand implements Callable<Integer> {

    @Option(names = "--samples", paramLabel = "DIR", description = "thư mục mẫu (mặc định samples/ của dự án)")
    Path samples;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD")
    LocalDate asOf;

    private final RegisterImporter importer;
    private final DigitizeJobRunner runner;
    private final ArchiveProperties properties;
    private final DemoUsers demoUsers;

    DemoCommand(RegisterImporter importer, DigitizeJobRunner runner, ArchiveProperties properties, DemoUsers demoUsers) {
        this.importer = importer;
        this.runner = runner;
        this.properties = properties;
        this.demoUsers = demoUsers;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = samples != null ? samples : Path.of(System.getProperty("archive.samples", "samples"));
        Path register = dir.resolve("register.csv"), scans = dir.resolve("scans");
        if (!Files.isRegularFile(register) || !Files.isDirectory(scans)) {
            System.err.println(dir.toAbsolutePath() + ": không thấy register.csv và scans/ / no register.csv and scans/ here");
            return 1;
        }
        System.out.println("Kho lưu trữ / archive home: " + properties.home());
        RegisterImporter.ImportReport r = importer.importFile(register);
        System.out.printf("1. Nhập sổ gốc / register imported: %d dòng (%d mới, %d cập nhật, %d không đổi)%n",
                r.rows(), r.inserted(), r.updated(), r.unchanged());
        System.out.println("2. Số hóa / digitizing " + scans.toAbsolutePath() + " …");
        DigitizeJobRunner.RunSummary s = runner.run(scans, asOf == null ? LocalDate.now(DigitizeCommand.VIETNAM) : asOf, null);
        DigitizeCommand.print(s);
        demoUsers.ensure();
        System.out.println("""
                3. Tiếp theo / next:
                     bin/archive records export              # kết quả từng bản quét / one JSON line per scan
                     bin/archive search "an toan thuc pham"  # tìm kiếm không dấu / search without diacritics
                     bin/archive records get SO_SO_GOC --out ban-luu.pdf
                     bin/archive copy issue SO_SO_GOC --requester "Nguyễn Văn A" --purpose "nộp hồ sơ" --out ban-sao.pdf
                     bin/archive serve                       # giao diện web / web UI on http://127.0.0.1:8080
                   Tài khoản DEMO / demo accounts: %s
                   Chứng thư DEMO để kiểm tra chữ ký / demo trust anchors: %s""".formatted(demoUsers.file(), properties.pkiDir()));
        return s.execution().getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }
}
