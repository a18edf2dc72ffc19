package vn.sogoc.archive.app.jobs;

import java.util.List;

/**
 * Everything about one job execution: the summary, every step, the per-record outcomes (first
 * {@code outcomes.size()} of {@code outcomeCount}), the failures with their cause, and how many audit
 * entries carry its correlation id.
 */
public record JobDetail(JobSummary summary, List<StepSummary> steps, List<RecordOutcome> outcomes, long outcomeCount,
                        List<String> failures, long auditEntries) { }
