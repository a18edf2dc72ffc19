package vn.sogoc.archive.app.digitize;

import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.records.ScanRecords;
import vn.sogoc.archive.audit.AuditTrail;
import vn.sogoc.archive.app.register.JdbcRegister;
import vn.sogoc.archive.classify.ResultTypeCatalog;
import vn.sogoc.archive.digitize.ScanDigitizer;
import vn.sogoc.archive.digitize.ScanOutcome;
import vn.sogoc.archive.search.SearchIndex;

/**
 * The digitization job (số hóa kết quả TTHC): a partitioned step whose workers each digitize their
 * share of the input files, {@code archive.digitize.chunk-size} files (default 4) per transaction: their
 * records, register updates, audit events and one index commit together (a kill loses at most that many
 * files per worker, which the rerun redoes). Parameters: {@code input}, {@code asOf},
 * {@code manifest} (optional) and {@code run} (a new instance after a completed one).
 */
@Configuration
class DigitizeJobConfiguration {

    static final String JOB = "digitizationJob";

    @Bean
    Job digitizationJob(JobRepository jobRepository, Step digitizeManagerStep, JobAuditListener jobAuditListener) {
        return new JobBuilder(JOB, jobRepository).start(digitizeManagerStep).listener(jobAuditListener).build();
    }

    @Bean
    Step digitizeManagerStep(JobRepository jobRepository, Step digitizeFilesStep, ScanFilePartitioner scanFilePartitioner,
                             ThreadPoolTaskExecutor digitizeExecutor, ArchiveProperties properties) {
        int threads = properties.digitize().effectiveThreads();
        return new StepBuilder("digitizeManagerStep", jobRepository)
                .partitioner("digitizeFilesStep", scanFilePartitioner)
                .step(digitizeFilesStep)
                .gridSize(threads)
                .taskExecutor(digitizeExecutor)
                .build();
    }

    /** A fixed pool, so each worker thread (and its Tesseract instance) lives as long as the application. */
    @Bean
    ThreadPoolTaskExecutor digitizeExecutor(ArchiveProperties properties) {
        int threads = properties.digitize().effectiveThreads();
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(Integer.MAX_VALUE);
        executor.setThreadNamePrefix("digitize-");
        executor.setDaemon(true);
        return executor;
    }

    @Bean
    Step digitizeFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           ScanFileItemReader scanFileReader, DigitizeProcessor digitizeProcessor,
                           OutcomeWriter outcomeWriter, ArchiveProperties properties) {
        return new StepBuilder("digitizeFilesStep", jobRepository)
                .<java.nio.file.Path, ScanOutcome>chunk(properties.digitize().chunkSize(), transactionManager)
                .reader(scanFileReader)
                .processor(digitizeProcessor)
                .writer(outcomeWriter)
                .build();
    }

    @Bean
    @StepScope
    ScanFilePartitioner scanFilePartitioner(@Value("#{jobParameters['input']}") String input,
                                            @Value("#{jobParameters['manifest']}") String manifest,
                                            DigitizeProgress progress) {
        return new ScanFilePartitioner(Path.of(input), manifest == null || manifest.isEmpty() ? null : Path.of(manifest), progress);
    }

    @Bean
    @StepScope
    ScanFileItemReader scanFileReader(@Value("#{stepExecutionContext['" + ScanFilePartitioner.FILES + "']}") String files) {
        return new ScanFileItemReader(files);
    }

    @Bean
    @StepScope
    DigitizeProcessor digitizeProcessor(ScanDigitizer scanDigitizer, ScanRecords records, DigitizeProgress progress,
                                        @Value("#{jobParameters['input']}") String input,
                                        @Value("#{jobParameters['asOf']}") LocalDate asOf) {
        return new DigitizeProcessor(scanDigitizer, records, progress, Path.of(input), asOf);
    }

    @Bean
    @StepScope
    OutcomeWriter outcomeWriter(ScanRecords records, JdbcRegister register, SearchIndex searchIndex,
                                ResultTypeCatalog resultTypes, AuditTrail audit,
                                @Value("#{stepExecution.jobExecution.id}") Long jobExecutionId) {
        return new OutcomeWriter(records, register, searchIndex, resultTypes, audit, jobExecutionId);
    }
}
