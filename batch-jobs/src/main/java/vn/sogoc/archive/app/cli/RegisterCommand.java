package vn.sogoc.archive.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.sogoc.archive.app.register.RegisterImportException;
import vn.sogoc.archive.app.register.RegisterImporter;

/** {@code register import FILE.csv}: imports the master register, all or nothing. */
@Command(name = "register", description = "Sổ gốc / master register", mixinStandardHelpOptions = true,
        subcommands = RegisterCommand.Import.class)
class RegisterCommand {

    @Command(name = "import", description = "Nhập sổ gốc từ CSV (tất cả hoặc không) / import the register from CSV, all or nothing",
            mixinStandardHelpOptions = true)
    static class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE.csv")
        Path file;

        private final RegisterImporter importer;

        Import(RegisterImporter importer) {
            this.importer = importer;
        }

        @Override
        public Integer call() throws Exception {
            try {
                RegisterImporter.ImportReport r = importer.importFile(file);
                System.out.printf("Đã nhập sổ gốc / register imported: %s — %d dòng (rows): %d mới (new), %d cập nhật (updated), %d không đổi (unchanged)%n",
                        file.getFileName(), r.rows(), r.inserted(), r.updated(), r.unchanged());
                return 0;
            } catch (RegisterImportException e) {
                System.err.println(e.getMessage());
                return 1;
            } catch (java.nio.file.NoSuchFileException e) {
                System.err.println(file + ": không có tệp / no such file");
                return 1;
            }
        }
    }
}
