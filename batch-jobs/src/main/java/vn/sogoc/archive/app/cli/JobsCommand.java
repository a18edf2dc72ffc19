package vn.sogoc.archive.app.cli;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.app.audit.AuditActions;
import vn.sogoc.archive.app.jobs.JobDetail;
import vn.sogoc.archive.app.jobs.JobHistoryService;
import vn.sogoc.archive.app.jobs.JobSummary;
import vn.sogoc.archive.app.jobs.RecordOutcome;
import vn.sogoc.archive.app.jobs.StepSummary;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;

/** {@code jobs list} and {@code jobs show ID}: the job history (lịch sử công việc). */
@Command(name = "jobs", description = "Lịch sử chạy công việc / job history", mixinStandardHelpOptions = true,
        subcommands = {JobsCommand.ListJobs.class, JobsCommand.Show.class})
class JobsCommand {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static String time(java.time.LocalDateTime t) {
        return t == null ? "—" : t.format(TIME);
    }

    static String duration(Duration d) {
        return d == null ? "—" : String.format("%.1f s", d.toMillis() / 1000.0);
    }

    static String counts(JobSummary.Counts c) {
        return String.format("đọc/read %d · ghi/written %d · lọc/filtered %d · bỏ qua/skipped %d · lỗi/failed %d",
                c.read(), c.written(), c.filtered(), c.skipped(), c.failed());
    }

    static String outcomes(Map<String, Long> o) {
        return o.isEmpty() ? "—" : o.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Các lần chạy gần nhất / the latest job runs")
    static class ListJobs implements Callable<Integer> {

        @Option(names = "--limit", defaultValue = "50") int limit;

        private final JobHistoryService history;
        private final AuditTrail audit;

        ListJobs(JobHistoryService history, AuditTrail audit) {
            this.history = history;
            this.audit = audit;
        }

        @Override
        public Integer call() {
            List<JobSummary> jobs = history.list(limit);
            if (jobs.isEmpty()) System.out.println("Chưa có lần chạy nào / no job has run yet");
            for (JobSummary j : jobs) {
                System.out.printf("#%d  %s  %s (%s)  bắt đầu/start %s  kết thúc/end %s  (%s)%n      %s%n      hồ sơ/records: %s%n",
                        j.id(), j.jobName(), j.status(), j.statusVi(), time(j.start()), time(j.end()), duration(j.duration()),
                        counts(j.counts()), outcomes(j.outcomes()));
            }
            audit.append(new AuditEvent(AuditActions.JOBS_VIEWED, Actors.current(), "job_execution", null, null,
                    Map.of("listed", Integer.toString(jobs.size()))));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Chi tiết một lần chạy / one job run: parameters, steps, per-record outcomes, failures")
    static class Show implements Callable<Integer> {

        @Parameters(paramLabel = "ID", description = "job execution id (from jobs list)") long id;
        @Option(names = "--records", defaultValue = "1000", description = "at most this many per-record lines") int records;

        private final JobHistoryService history;
        private final AuditTrail audit;

        Show(JobHistoryService history, AuditTrail audit) {
            this.history = history;
            this.audit = audit;
        }

        @Override
        public Integer call() {
            var found = history.show(id, records);
            if (found.isEmpty()) {
                System.err.println("Không có lần chạy #" + id + " / no job execution " + id + " (see: bin/archive jobs list)");
                return 1;
            }
            JobDetail d = found.get();
            JobSummary j = d.summary();
            System.out.printf("Lần chạy / job execution #%d: %s%n", j.id(), j.jobName());
            System.out.printf("  Trạng thái / status: %s (%s), exit %s%n", j.status(), j.statusVi(), j.exitCode());
            System.out.printf("  Bắt đầu / start: %s · kết thúc / end: %s · %s%n", time(j.start()), time(j.end()), duration(j.duration()));
            System.out.println("  Tham số / parameters: " + j.parameters());
            System.out.println("  Tổng / totals: " + counts(j.counts()));
            System.out.println("  Hồ sơ / records: " + outcomes(j.outcomes()) + " · mục nhật ký / audit entries (job-" + j.id()
                    + "): " + d.auditEntries());
            System.out.println("  Bước / steps:");
            for (StepSummary s : d.steps()) {
                System.out.printf("    %-34s %-9s %s → %s  %s%n", s.name(), s.status(), time(s.start()), time(s.end()), counts(s.counts()));
            }
            if (!d.failures().isEmpty()) {
                System.out.println("  Lỗi / failures:");
                for (String f : d.failures()) System.out.println("    " + f);
            }
            System.out.printf("  Từng hồ sơ / per record (%d%s):%n", d.outcomeCount(),
                    d.outcomes().size() < d.outcomeCount() ? ", " + d.outcomes().size() + " đầu / first shown" : "");
            for (RecordOutcome o : d.outcomes()) {
                System.out.printf("    %-9s %-19s %-16s %s%s%n", o.status(), o.reason() == null ? "" : o.reason(),
                        o.registerNo() == null ? "" : o.registerNo(), o.source(),
                        o.reasonDetail() == null ? "" : " — " + o.reasonDetail());
            }
            audit.append(new AuditEvent(AuditActions.JOBS_VIEWED, Actors.current(), "job_execution", Long.toString(id),
                    "job-" + id, Map.of("view", "show")));
            return 0;
        }
    }
}
