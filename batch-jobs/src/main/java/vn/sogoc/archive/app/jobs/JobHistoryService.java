package vn.sogoc.archive.app.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job history for auditors and archivists (the CLI's {@code jobs list|show} and the HTTP API): job
 * executions from Spring Batch's JobRepository tables, with their parameters, steps, counts and failures,
 * and each record's outcome from {@code scan_record}. Read-only; plain records out.
 */
@Service
@Transactional(readOnly = true)
public class JobHistoryService {

    private final JdbcClient jdbc;

    public JobHistoryService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest executions first, at most {@code limit}. */
    public List<JobSummary> list(int limit) {
        List<Object[]> rows = jdbc.sql("""
                SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.START_TIME, e.END_TIME
                FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                ORDER BY e.JOB_EXECUTION_ID DESC FETCH FIRST %d ROWS ONLY""".formatted(Math.max(1, limit)))
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        time(rs, 5), time(rs, 6)}).list();
        List<JobSummary> out = new ArrayList<>();
        for (Object[] r : rows) out.add(summary(r, steps((Long) r[0])));
        return out;
    }

    /** Executions started in [from, to), oldest first (times in the JobRepository's local time). */
    public List<JobSummary> startedBetween(LocalDateTime from, LocalDateTime to) {
        List<Object[]> rows = jdbc.sql("""
                SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.START_TIME, e.END_TIME
                FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                WHERE e.START_TIME >= ? AND e.START_TIME < ? ORDER BY e.JOB_EXECUTION_ID""").params(from, to)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        time(rs, 5), time(rs, 6)}).list();
        List<JobSummary> out = new ArrayList<>();
        for (Object[] r : rows) out.add(summary(r, steps((Long) r[0])));
        return out;
    }

    /** Pages of the records a job wrote (from scan_record). */
    public long pages(long jobExecutionId) {
        return jdbc.sql("SELECT COALESCE(SUM(pages), 0) FROM scan_record WHERE job_execution_id = ?").param(jobExecutionId)
                .query(Long.class).single();
    }

    /** One execution in full; {@code maxOutcomes} bounds the per-record list (the count is always exact). */
    public Optional<JobDetail> show(long id, int maxOutcomes) {
        Optional<Object[]> row = jdbc.sql("""
                SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.START_TIME, e.END_TIME, e.EXIT_MESSAGE
                FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
                WHERE e.JOB_EXECUTION_ID = ?""").param(id)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        time(rs, 5), time(rs, 6), rs.getString(7)}).optional();
        if (row.isEmpty()) return Optional.empty();
        List<StepSummary> steps = steps(id);
        JobSummary summary = summary(row.get(), steps);
        List<String> failures = new ArrayList<>();
        String jobMessage = (String) row.get()[6];
        if (jobMessage != null && !jobMessage.isBlank() && !"COMPLETED".equals(summary.status())) {
            failures.add("job: " + jobMessage.strip());
        }
        for (StepSummary s : steps) {
            if (("FAILED".equals(s.status()) || "STOPPED".equals(s.status())) && s.exitMessage() != null
                    && !s.exitMessage().isBlank()) {
                failures.add(s.name() + ": " + s.exitMessage().strip());
            }
        }
        jdbc.sql("SELECT details FROM audit_entry WHERE correlation_id = ? AND action = 'JOB_FINISHED'")
                .param("job-" + id).query(String.class).list().stream()
                .filter(d -> d != null && d.contains("\"failure\""))
                .forEach(d -> failures.add("audit: " + d));
        long outcomeCount = jdbc.sql("SELECT COUNT(*) FROM scan_record WHERE job_execution_id = ?").param(id)
                .query(Long.class).single();
        List<RecordOutcome> outcomes = jdbc.sql("""
                SELECT source_sha256, source, status, reason, reason_detail, register_no, pages, processed_at
                FROM scan_record WHERE job_execution_id = ? ORDER BY processed_at, source FETCH FIRST %d ROWS ONLY"""
                .formatted(Math.max(0, maxOutcomes) == 0 ? 1 : maxOutcomes)).param(id)
                .query((rs, i) -> new RecordOutcome(rs.getString(1).trim(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7),
                        rs.getObject(8, OffsetDateTime.class))).list();
        if (maxOutcomes <= 0) outcomes = List.of();
        long audit = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE correlation_id = ?").param("job-" + id)
                .query(Long.class).single();
        return Optional.of(new JobDetail(summary, steps, outcomes, outcomeCount, failures, audit));
    }

    private JobSummary summary(Object[] r, List<StepSummary> steps) {
        long id = (Long) r[0];
        Map<String, String> params = new LinkedHashMap<>();
        jdbc.sql("SELECT PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ? ORDER BY PARAMETER_NAME")
                .param(id).query((ResultSet rs) -> { params.put(rs.getString(1), rs.getString(2)); });
        JobSummary.Counts total = JobSummary.Counts.ZERO;
        for (StepSummary s : steps) if (!s.partitionWorker()) total = total.plus(s.counts());
        Map<String, Long> outcomes = new LinkedHashMap<>();
        jdbc.sql("SELECT status, COUNT(*) FROM scan_record WHERE job_execution_id = ? GROUP BY status ORDER BY status")
                .param(id).query((ResultSet rs) -> { outcomes.put(rs.getString(1), rs.getLong(2)); });
        return new JobSummary(id, (String) r[1], (String) r[2], (String) r[3], params, (LocalDateTime) r[4],
                (LocalDateTime) r[5], total, outcomes);
    }

    private List<StepSummary> steps(long jobExecutionId) {
        return jdbc.sql("""
                SELECT STEP_EXECUTION_ID, STEP_NAME, STATUS, START_TIME, END_TIME, READ_COUNT, WRITE_COUNT, FILTER_COUNT,
                    READ_SKIP_COUNT, PROCESS_SKIP_COUNT, WRITE_SKIP_COUNT, ROLLBACK_COUNT, COMMIT_COUNT, EXIT_CODE, EXIT_MESSAGE
                FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID""").param(jobExecutionId)
                .query((rs, i) -> new StepSummary(rs.getLong(1), rs.getString(2), rs.getString(3), time(rs, 4), time(rs, 5),
                        new JobSummary.Counts(rs.getLong(6), rs.getLong(7), rs.getLong(8),
                                rs.getLong(9) + rs.getLong(10) + rs.getLong(11), rs.getLong(12), rs.getLong(13)),
                        rs.getString(14), rs.getString(15))).list();
    }

    private static LocalDateTime time(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toLocalDateTime();
    }
}
