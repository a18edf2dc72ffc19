package vn.sogoc.archive.app.digitize;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.records.ScanRecords;

/**
 * Starts the digitization job, or continues it: the same input and as-of date after a crash or a
 * failure restarts the interrupted execution (files already recorded are not redone); after a
 * completed run, a new run of the same input only processes files not seen before. One run per archive
 * home at a time (a lock file), which is what makes recovering an execution left STARTED by a killed
 * process safe.
 */
@Service
public class DigitizeJobRunner {

    private static final Logger log = LoggerFactory.getLogger(DigitizeJobRunner.class);
    private static final EnumSet<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job digitizationJob;
    private final ScanRecords records;
    private final DigitizeProgress progress;
    private final ArchiveProperties properties;

    public DigitizeJobRunner(JobOperator jobOperator, JobRepository jobRepository, Job digitizationJob,
                             ScanRecords records, DigitizeProgress progress, ArchiveProperties properties) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.digitizationJob = digitizationJob;
        this.records = records;
        this.progress = progress;
        this.properties = properties;
    }

    /** The result of a run: the execution and its counts. */
    public record RunSummary(JobExecution execution, Map<String, Integer> counts, long duplicates, Duration elapsed,
                             boolean restarted) {

        public int count(String key) { return counts.getOrDefault(key, 0); }
    }

    public RunSummary run(Path input, LocalDate asOf, Path manifest) throws Exception {
        Path in = input.toAbsolutePath().normalize();
        Path lockFile = properties.home().resolve("digitize.lock");
        Files.createDirectories(properties.home());
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.tryLock()) {
            if (lock == null) throw new IllegalStateException("another digitization run is using " + properties.home()
                    + " / một lần số hóa khác đang chạy trên thư mục này");
            return runLocked(in, asOf, manifest == null ? null : manifest.toAbsolutePath().normalize());
        }
    }

    private RunSummary runLocked(Path input, LocalDate asOf, Path manifest) throws Exception {
        long run = 1;
        JobExecution last = null;
        while (true) {
            JobInstance instance = jobRepository.getJobInstance(DigitizeJobConfiguration.JOB, params(input, asOf, manifest, run));
            if (instance == null) break;
            last = jobRepository.getLastJobExecution(instance);
            if (last == null || last.getStatus() != BatchStatus.COMPLETED) break;
            run++;
        }
        long started = System.nanoTime();
        JobExecution execution;
        boolean restarted = false;
        if (last != null && last.getStatus() != BatchStatus.COMPLETED) {
            if (RUNNING.contains(last.getStatus())) {
                log.warn("Execution {} was left {} by a process that died; recovering it", last.getId(), last.getStatus());
                last = jobOperator.recover(last);
            }
            log.info("Restarting digitization execution {} (status {})", last.getId(), last.getStatus());
            execution = jobOperator.restart(last);
            restarted = true;
        } else {
            execution = jobOperator.start(digitizationJob, params(input, asOf, manifest, run));
        }
        progress.finish();
        long filtered = execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("digitizeFilesStep")).mapToLong(s -> s.getFilterCount()).sum();
        return new RunSummary(execution, records.summary(execution.getId()), filtered,
                Duration.ofNanos(System.nanoTime() - started), restarted);
    }

    static JobParameters params(Path input, LocalDate asOf, Path manifest, long run) {
        JobParametersBuilder b = new JobParametersBuilder()
                .addString("input", input.toString())
                .addLocalDate("asOf", asOf)
                .addLong("run", run);
        if (manifest != null) b.addString("manifest", manifest.toString());
        return b.toJobParameters();
    }
}
