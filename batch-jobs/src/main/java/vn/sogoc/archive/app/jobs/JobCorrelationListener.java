package vn.sogoc.archive.app.jobs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import org.slf4j.MDC;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import vn.sogoc.archive.app.audit.CorrelationMdc;

/**
 * Puts the job execution's correlation ids ({@code job_execution_id}, {@code correlation_id = job-{id}})
 * in the logging MDC while a job or one of its steps runs, on whichever thread runs it (partition workers
 * included), and puts back what was there afterwards. The audit entries of a job carry the same
 * {@code job-{id}}, so a JSON log line leads to them.
 */
final class JobCorrelationListener implements JobExecutionListener, StepExecutionListener {

    private static final ThreadLocal<Deque<Map<String, String>>> SAVED = ThreadLocal.withInitial(ArrayDeque::new);

    @Override
    public void beforeJob(JobExecution execution) {
        enter(execution.getId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        leave();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        enter(stepExecution.getJobExecutionId());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        leave();
        return null;
    }

    private static void enter(long jobExecutionId) {
        Map<String, String> before = MDC.getCopyOfContextMap();
        SAVED.get().push(before == null ? Map.of() : before);
        MDC.put(CorrelationMdc.JOB_EXECUTION_ID, Long.toString(jobExecutionId));
        MDC.put(CorrelationMdc.CORRELATION_ID, "job-" + jobExecutionId);
    }

    private static void leave() {
        Deque<Map<String, String>> stack = SAVED.get();
        Map<String, String> before = stack.isEmpty() ? Map.of() : stack.pop();
        if (before.isEmpty()) MDC.clear(); else MDC.setContextMap(before);
        if (stack.isEmpty()) SAVED.remove();
    }
}
