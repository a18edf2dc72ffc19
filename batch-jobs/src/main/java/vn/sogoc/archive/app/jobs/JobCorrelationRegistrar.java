package vn.sogoc.archive.app.jobs;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Gives every job and step bean of the application (the digitization job and any job added later) the
 * {@link JobCorrelationListener}, so that correlation ids are in the MDC of every line a job logs without
 * each job's configuration having to remember it.
 */
@Component
class JobCorrelationRegistrar implements BeanPostProcessor {

    private static final JobCorrelationListener LISTENER = new JobCorrelationListener();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) job.registerJobExecutionListener(LISTENER);
        if (bean instanceof AbstractStep step) step.registerStepExecutionListener(LISTENER);
        return bean;
    }
}
