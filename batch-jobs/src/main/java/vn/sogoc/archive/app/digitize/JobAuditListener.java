package vn.sogoc.archive.app.digitize;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

import vn.sogoc.archive.app.audit.Actors;
import vn.sogoc.archive.audit.AuditEvent;
import vn.sogoc.archive.audit.AuditTrail;

/** Appends the start and the end of every job execution to the audit trail, with its parameters and status. */
@Component
class JobAuditListener implements JobExecutionListener {

    private final AuditTrail audit;

    JobAuditListener(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        Map<String, String> d = new LinkedHashMap<>();
        execution.getJobParameters().parameters().forEach(p -> d.put(p.name(), String.valueOf(p.value())));
        audit.append(new AuditEvent("JOB_STARTED", Actors.current(), "job_execution", Long.toString(execution.getId()),
                "job-" + execution.getId(), d));
    }

    @Override
    public void afterJob(JobExecution execution) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("status", execution.getStatus().name());
        d.put("exit_code", execution.getExitStatus().getExitCode());
        execution.getAllFailureExceptions().stream().findFirst().ifPresent(e -> d.put("failure", String.valueOf(e)));
        audit.append(new AuditEvent("JOB_FINISHED", Actors.current(), "job_execution", Long.toString(execution.getId()),
                "job-" + execution.getId(), d));
    }
}
