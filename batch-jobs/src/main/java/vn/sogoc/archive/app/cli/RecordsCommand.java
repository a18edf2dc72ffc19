package vn.sogoc.archive.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import vn.sogoc.archive.app.records.ScanRecords;
import vn.sogoc.archive.app.register.JdbcRegister;
import vn.sogoc.archive.digitize.ScanOutcome;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.text.Hashes;

/** {@code records export} (JSON Lines, one object per processed scan) and {@code records get REGISTER_NO --out FILE}. */
@Command(name = "records", description = "Hồ sơ đã xử lý / processed records", mixinStandardHelpOptions = true,
        subcommands = {RecordsCommand.Export.class, RecordsCommand.Get.class})
class RecordsCommand {

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "In JSON Lines, mỗi bản quét một dòng / print JSON Lines, one object per processed scan")
    static class Export implements Callable<Integer> {

        private static final JsonMapper JSON = JsonMapper.builder().build();
        private final ScanRecords records;

        Export(ScanRecords records) {
            this.records = records;
        }

        @Override
        public Integer call() throws IOException {
            BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            try {
                records.forEach(o -> {
                    try {
                        out.write(JSON.writeValueAsString(row(o)));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } finally {
                out.flush();
            }
            return 0;
        }

        static Map<String, Object> row(ScanOutcome o) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", o.source());
            m.put("status", o.status().name());
            m.put("reason", o.reason() == null ? null : o.reason().name());
            m.put("reason_detail", o.reasonDetail());
            m.put("register_no", o.registerNo());
            m.put("type_code", o.typeCode());
            m.put("number", o.number());
            m.put("holder_name", o.holderName());
            m.put("holder_id", o.holderId());
            m.put("issued_on", o.issuedOn() == null ? null : o.issuedOn().toString());
            m.put("valid_until", o.validUntil() == null ? null : o.validUntil().toString());
            m.put("issuer", o.issuer());
            m.put("ocr_confidence", o.ocrConfidence());
            m.put("pages", o.pages());
            m.put("text", o.text());
            m.put("object_key", o.objectKey());
            m.put("sha256", o.sha256());
            m.put("source_sha256", o.sourceSha256());
            m.put("original_key", o.originalKey());
            m.put("signed_at", o.signedAt() == null ? null : o.signedAt().toString());
            return m;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true,
            description = "Ghi ra tệp PDF đã ký của một mục sổ gốc / write the archived, signed PDF of a register entry")
    static class Get implements Callable<Integer> {

        @Parameters(paramLabel = "REGISTER_NO")
        String registerNo;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf")
        Path out;

        private final JdbcRegister register;
        private final ObjectStore store;

        Get(JdbcRegister register, ObjectStore store) {
            this.register = register;
            this.store = store;
        }

        @Override
        public Integer call() throws IOException {
            var state = register.digitizedState(registerNo);
            if (state.isEmpty()) {
                System.err.println(registerNo + ": " + (register.findByRegisterNo(registerNo).isPresent()
                        ? "chưa được số hóa / not digitized yet" : "không có trong sổ gốc / not in the register"));
                return 1;
            }
            Path abs = out.toAbsolutePath();
            Path dir = abs.getParent();
            if (dir != null) Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".archive-get-", ".pdf");
            try {
                try (InputStream in = store.open(state.get().objectKey())) {
                    Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                }
                String sha = Hashes.sha256(tmp);
                if (!sha.equals(state.get().sha256())) {
                    System.err.println(registerNo + ": SHA-256 của bản lưu không khớp sổ / stored object's SHA-256 " + sha
                            + " differs from the register's " + state.get().sha256());
                    return 3;
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            System.out.printf("%s → %s (%d trang, SHA-256 %s)%n", registerNo, out, state.get().pages(), state.get().sha256());
            return 0;
        }
    }
}
