package vn.sogoc.archive.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import vn.sogoc.archive.app.holders.HolderWarehouse;
import vn.sogoc.archive.app.holders.WarehouseDocument;
import vn.sogoc.archive.holder.InvalidHolderIdException;

/** {@code holder show HOLDER_ID [--json]}: a holder's e-data warehouse (kho dữ liệu điện tử của chủ thể). */
@Command(name = "holder", description = "Kho dữ liệu điện tử của tổ chức, cá nhân / a holder's e-data warehouse",
        mixinStandardHelpOptions = true, subcommands = {HolderCommand.Show.class})
class HolderCommand {

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Liệt kê giấy tờ của chủ thể (số định danh 12 số, mã số doanh nghiệp 10 số hoặc 10 số-3 số) / "
                    + "list a holder's documents (citizen ID, enterprise or branch code)")
    static class Show implements Callable<Integer> {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        @Parameters(paramLabel = "HOLDER_ID")
        String holderId;

        @Option(names = "--json", description = "JSON Lines, mỗi giấy tờ một dòng / one object per document")
        boolean json;

        private final HolderWarehouse warehouse;

        Show(HolderWarehouse warehouse) {
            this.warehouse = warehouse;
        }

        @Override
        public Integer call() {
            List<WarehouseDocument> documents;
            try {
                documents = warehouse.documents(holderId);
            } catch (InvalidHolderIdException e) {
                System.err.println(e.getMessage());
                return 1;
            }
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            if (json) {
                for (WarehouseDocument d : documents) out.println(JSON.writeValueAsString(row(d)));
                return 0;
            }
            out.printf("Chủ thể / holder %s: %d giấy tờ / documents%n", holderId.strip(), documents.size());
            for (WarehouseDocument d : documents) {
                out.printf("%-16s %-24s %s%n", d.kind(), d.documentId(), d.title());
                out.printf("    số / number: %s; ngày / date: %s; hiệu lực đến / valid until: %s; %s%n",
                        d.number() == null ? "—" : d.number(), d.issuedOn() == null ? "—" : d.issuedOn(),
                        d.validUntil() == null ? "—" : d.validUntil(),
                        d.inForce() ? "còn hiệu lực / in force" : "không còn hiệu lực / not in force");
                out.printf("    %s  SHA-256 %s%n", d.objectKey() == null ? "(chưa số hóa / not digitized)" : d.objectKey(),
                        d.sha256() == null ? "—" : d.sha256());
            }
            return 0;
        }

        static Map<String, Object> row(WarehouseDocument d) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", d.kind().name());
            m.put("document_id", d.documentId());
            m.put("holder_id", d.holderId());
            m.put("title", d.title());
            m.put("number", d.number());
            m.put("issued_on", d.issuedOn() == null ? null : d.issuedOn().toString());
            m.put("valid_until", d.validUntil() == null ? null : d.validUntil().toString());
            m.put("in_force", d.inForce());
            m.put("object_key", d.objectKey());
            m.put("sha256", d.sha256());
            return m;
        }
    }
}
