package vn.sogoc.archive.app.jobs;

import java.time.LocalDateTime;

/**
 * One step execution of a job (partition workers included): status, times, counts and the exit
 * message (the failure's cause when it failed). {@code failed} counts rolled-back chunks;
 * {@code skipped} sums read, process and write skips.
 */
public record StepSummary(long id, String name, String status, LocalDateTime start, LocalDateTime end,
                          JobSummary.Counts counts, String exitCode, String exitMessage) {

    /** Partition workers are named {@code step:partitionN}; their counts are already in the manager step's. */
    public boolean partitionWorker() {
        return name.contains(":");
    }
}
