package vn.sogoc.archive.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sogoc.archive.app.dossiers.DossierComponent;
import vn.sogoc.archive.app.dossiers.DossierIntake;
import vn.sogoc.archive.app.dossiers.DossierRefusedException;
import vn.sogoc.archive.app.dossiers.DossierService;
import vn.sogoc.archive.app.dossiers.DossierStatistics;
import vn.sogoc.archive.app.dossiers.ReceivedDossier;
import vn.sogoc.archive.app.holders.WarehouseDocument;

/** {@code dossier receive …} (intake with digitization and reuse) and {@code dossier stats} (reuse and digitization rates). */
@Command(name = "dossier", mixinStandardHelpOptions = true, description = "Hồ sơ TTHC tại bộ phận một cửa / dossiers at the counter",
        subcommands = {DossierCommand.Receive.class, DossierCommand.Stats.class})
class DossierCommand {

    @Command(name = "receive", mixinStandardHelpOptions = true,
            description = {"Tiếp nhận hồ sơ: số hóa thành phần giấy, tái sử dụng giấy tờ trong kho / receive a dossier",
                    "--suggest: chỉ liệt kê giấy tờ còn hiệu lực có thể dùng thay bản giấy / only list reusable documents"})
    static class Receive implements Callable<Integer> {

        @Option(names = "--code", paramLabel = "DOSSIER_CODE")
        String code;

        @Option(names = "--procedure", paramLabel = "PROCEDURE_CODE")
        String procedure;

        @Option(names = "--holder", required = true, paramLabel = "HOLDER_ID")
        String holder;

        @Option(names = "--reuse", paramLabel = "DOCUMENT_ID", description = "Giấy tờ trong kho dùng thay bản giấy (lặp lại được)")
        List<String> reuse;

        @Option(names = "--suggest", description = "Gợi ý giấy tờ có thể tái sử dụng / suggest reusable documents")
        boolean suggest;

        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Bản quét thành phần hồ sơ giấy / scans of paper components")
        List<Path> files;

        private final DossierService service;

        Receive(DossierService service) {
            this.service = service;
        }

        @Override
        public Integer call() throws Exception {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            try {
                if (suggest) {
                    List<WarehouseDocument> documents = service.suggest(holder);
                    out.printf("Giấy tờ còn hiệu lực có thể dùng thay bản giấy / reusable documents of %s: %d%n", holder.strip(),
                            documents.size());
                    for (WarehouseDocument d : documents) {
                        out.printf("  --reuse %-24s %-16s %s%s%n", d.documentId(), d.kind(), d.title(),
                                d.number() == null ? "" : " (" + d.number() + ")");
                    }
                    return 0;
                }
                ReceivedDossier d = service.receive(new DossierIntake(code, procedure, holder, reuse, files));
                out.printf("Đã tiếp nhận hồ sơ / received %s (%s) của %s: %d thành phần / components; tái sử dụng / reuses: %s;"
                                + " số hóa đủ / fully digitized: %s%n", d.code(), d.procedureCode(), d.holderId(),
                        d.components().size(), d.reuses() ? "có / yes" : "không / no", d.fullyDigitized() ? "có / yes" : "không / no");
                for (DossierComponent c : d.components()) {
                    out.printf("  %s %-8s %s%s%n", c.componentId(), c.source(), c.title(),
                            c.source().name().equals("REUSED") ? " ← " + c.reusedDocumentId()
                                    : c.digitized() ? " → " + c.objectKey() : " (chưa số hóa / not digitized: " + c.note() + ")");
                }
                return 0;
            } catch (DossierRefusedException e) {
                return Refusals.print(e);
            }
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Tỷ lệ hồ sơ tái sử dụng dữ liệu số và số hóa / reuse and digitization rates")
    static class Stats implements Callable<Integer> {

        @Option(names = "--from", paramLabel = "YYYY-MM-DD")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD")
        LocalDate to;

        private final DossierStatistics statistics;

        Stats(DossierStatistics statistics) {
            this.statistics = statistics;
        }

        @Override
        public Integer call() {
            DossierStatistics.Rates r = statistics.rates(from, to);
            System.out.printf("Hồ sơ / dossiers: %d; tái sử dụng / reusing: %d (%.1f%%); số hóa đủ / fully digitized: %d (%.1f%%)%n",
                    r.dossiers(), r.reusing(), 100 * r.reuseRate(), r.fullyDigitized(), 100 * r.digitizationRate());
            return 0;
        }
    }
}
