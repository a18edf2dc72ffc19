package vn.sogoc.archive.app.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * One job execution at a glance (lịch sử chạy công việc): what ran, with which parameters, when, how it
 * ended, its item counts summed over its top-level steps, and its records' outcomes.
 *
 * @param id         the job execution id (the audit entries' correlation id is {@code job-{id}})
 * @param jobName    e.g. {@code digitizationJob}
 * @param status     Spring Batch's status: COMPLETED, FAILED, STARTED, STOPPED …
 * @param exitCode   the exit code
 * @param parameters the job parameters, by name
 * @param start      start time (the JobRepository's local time), null if it never started
 * @param end        end time, null while running
 * @param counts     read, written, filtered, skipped, failed (rolled back) — see {@link StepSummary}
 * @param outcomes   records by status: ARCHIVED, REVIEW, REJECTED (from scan_record)
 */
public record JobSummary(long id, String jobName, String status, String exitCode, Map<String, String> parameters,
                         LocalDateTime start, LocalDateTime end, Counts counts, Map<String, Long> outcomes) {

    /** Item counts of a step or a whole job. */
    public record Counts(long read, long written, long filtered, long skipped, long failed, long commits) {

        public Counts plus(Counts o) {
            return new Counts(read + o.read, written + o.written, filtered + o.filtered, skipped + o.skipped,
                    failed + o.failed, commits + o.commits);
        }

        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);
    }

    /** How long it ran (until now while running), or null if it never started. */
    public Duration duration() {
        if (start == null) return null;
        return Duration.between(start, end != null ? end : LocalDateTime.now());
    }

    /** The status in Vietnamese, for people. */
    public String statusVi() {
        return switch (status == null ? "" : status) {
            case "COMPLETED" -> "hoàn thành";
            case "FAILED" -> "thất bại";
            case "STARTED", "STARTING" -> "đang chạy";
            case "STOPPED", "STOPPING" -> "đã dừng";
            case "ABANDONED" -> "đã bỏ";
            default -> "không rõ";
        };
    }
}
