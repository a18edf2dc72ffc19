package vn.sogoc.archive.app.cli;

import picocli.CommandLine.Command;

/** {@code bin/archive}: the root of the command line. The global {@code --home DIR} is handled before Spring starts. */
@Command(name = "archive", mixinStandardHelpOptions = true, version = "Sổ Gốc e-Archive 0.1",
        description = {"Kho lưu trữ điện tử kết quả TTHC (sổ gốc) / Electronic archive of procedure results.",
                "Tùy chọn chung / global option: --home DIR (hoặc ARCHIVE_HOME, mặc định ./data)"},
        subcommands = {DemoCommand.class, RegisterCommand.class, DigitizeCommand.class, RecordsCommand.class,
                SearchCommand.class,
                EvalCommand.class, BenchCommand.class,
                ServeCommand.class, ClientCommand.class,
                CopyCommand.class, VerifyCommand.class,
                AuditCommand.class, JobsCommand.class, ReportCommand.class,
                HolderCommand.class, ResultCommand.class, DossierCommand.class, CertifyCommand.class})
class ArchiveCommand {
}
