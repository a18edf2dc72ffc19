package vn.sogoc.archive.app.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.audit.AuditActions;
import vn.sogoc.archive.app.audit.AuditCheckpoints;
import vn.sogoc.archive.app.audit.AuditEntries;
import vn.sogoc.archive.app.audit.AuditEntry;
import vn.sogoc.archive.app.audit.AuditVerification;
import vn.sogoc.archive.app.audit.AuditVerifier;
import vn.sogoc.archive.app.audit.ChainProblem;
import vn.sogoc.archive.app.audit.Checkpoint;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;

/** {@code audit verify} (exit 1 on any tampering), {@code audit list} with filters, {@code audit checkpoint}. */
@Command(name = "audit", description = "Nhật ký kiểm tra / audit trail", mixinStandardHelpOptions = true,
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListEntries.class, AuditCommand.MakeCheckpoint.class})
class AuditCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true, description = {
            "Kiểm tra chuỗi nhật ký: mục bị sửa, xóa, chèn, đổi thứ tự; chữ ký các điểm kiểm tra.",
            "Verify the trail: altered, deleted, inserted or reordered entries; checkpoint signatures. Exit 1 on any problem."})
    static class Verify implements Callable<Integer> {

        private final AuditVerifier verifier;

        Verify(AuditVerifier verifier) {
            this.verifier = verifier;
        }

        @Override
        public Integer call() {
            AuditVerification v = verifier.verifyAndRecord(Actors.current());
            System.out.printf("Nhật ký / audit trail: %d mục / entries (đầu chuỗi / head seq %d), %d điểm kiểm tra đã ký /"
                    + " signed checkpoints, cuối / last: seq %d%s%n", v.entries(), v.headSeq(), v.checkpoints(),
                    v.lastCheckpointSeq(), v.lastCheckpointTime() == null ? "" : " @ " + v.lastCheckpointTime());
            for (String w : v.warnings()) System.out.println("  ! " + w);
            for (ChainProblem p : v.problems()) System.out.println("  ✗ " + p);
            if (v.intact()) {
                System.out.println("NGUYÊN VẸN / INTACT: không phát hiện sửa, xóa, chèn hay đổi thứ tự / no tampering found");
                return 0;
            }
            System.out.println("BỊ CAN THIỆP / TAMPERED: " + v.problems().size() + " vấn đề / problems (đầu tiên / first: seq "
                    + v.problems().get(0).seq() + ")");
            return 1;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Liệt kê các mục nhật ký / list audit entries (filters combine)")
    static class ListEntries implements Callable<Integer> {

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "từ ngày (giờ VN) / from this day") LocalDate from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "đến hết ngày / to the end of this day") LocalDate to;
        @Option(names = "--action", description = "e.g. RECORD_ARCHIVED, JOB_FINISHED, COPY_ISSUED") String action;
        @Option(names = "--actor") String actor;
        @Option(names = "--subject", description = "register number, scan SHA-256, copy id …") String subject;
        @Option(names = "--correlation", description = "e.g. job-3") String correlation;
        @Option(names = "--limit", defaultValue = "200") int limit;

        private final AuditEntries entries;
        private final AuditTrail audit;

        ListEntries(AuditEntries entries, AuditTrail audit) {
            this.entries = entries;
            this.audit = audit;
        }

        @Override
        public Integer call() {
            var zone = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
            AuditEntries.Filter f = new AuditEntries.Filter(from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), action, actor, subject, correlation);
            List<AuditEntry> list = entries.find(f, limit);
            for (AuditEntry e : list) {
                System.out.printf("%6d  %s  %-18s %-22s %s%s%s%n", e.seq(), e.occurredAt(), e.action(), e.actor(),
                        e.subjectType() == null ? "" : e.subjectType() + ":" + (e.subjectId() == null ? "" : e.subjectId()),
                        e.correlationId() == null ? "" : "  [" + e.correlationId() + "]",
                        e.detailsJson() == null ? "" : "  " + e.detailsJson());
            }
            System.out.println(list.size() + " mục / entries");
            Map<String, String> d = new LinkedHashMap<>();
            d.put("filter", f.toString());
            d.put("shown", Integer.toString(list.size()));
            audit.append(new AuditEvent(AuditActions.LISTED, Actors.current(), "audit_trail", null, null, d));
            return 0;
        }
    }

    @Command(name = "checkpoint", mixinStandardHelpOptions = true,
            description = "Tạo điểm kiểm tra đã ký ngay / make a signed, timestamped checkpoint now")
    static class MakeCheckpoint implements Callable<Integer> {

        private final AuditCheckpoints checkpoints;

        MakeCheckpoint(AuditCheckpoints checkpoints) {
            this.checkpoints = checkpoints;
        }

        @Override
        public Integer call() {
            Checkpoint cp = checkpoints.create("command", Actors.current(), null);
            System.out.printf("Điểm kiểm tra / checkpoint: seq %d, hash %s%n  → %s, %s (lưu giữ / retention: %s)%n",
                    cp.lastSeq(), cp.lastHash(), cp.payloadKey() == null ? "(chưa lưu kho / not stored)" : cp.payloadKey(),
                    cp.signatureKey() == null ? "" : cp.signatureKey(), cp.retention());
            return 0;
        }
    }
}
