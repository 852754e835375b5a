package nl.besparingsmonitor.run;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Finds runs that a stopped process left behind. Called only while holding the run lock: then no
 * other process can be running, so an execution still marked STARTED belongs to a process that was
 * killed (kill -9, power loss). Spring Batch refuses to restart such an execution until it is
 * marked failed, which {@link JobOperator#recover} does.
 */
@Component
class InterruptedRuns {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);

    private final JobRepository jobRepository;
    private final JobOperator jobOperator;

    InterruptedRuns(JobRepository jobRepository, JobOperator jobOperator) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
    }

    /** Marks every execution left STARTED as failed; returns them, newest first. */
    List<JobExecution> recoverStale() {
        List<JobExecution> stale = jobRepository.findRunningJobExecutions(ConsolidationJobConfiguration.JOB_NAME)
                .stream().sorted(Comparator.comparing(JobExecution::getId).reversed()).toList();
        for (JobExecution execution : stale) {
            String step = execution.getStepExecutions().stream().filter(s -> s.getStatus().isRunning())
                    .map(s -> s.getStepName()).findFirst().orElse("-");
            log.warn("Run {} (execution {}, started {}) was left {} in step {} by a process that stopped; marked FAILED so it can be restarted",
                    execution.getJobInstance().getInstanceId(), execution.getId(), execution.getStartTime(),
                    execution.getStatus(), step);
            jobOperator.recover(execution);
        }
        return stale.stream().map(e -> jobRepository.getJobExecution(e.getId())).toList();
    }

    /** True when a run was interrupted (left STARTED, or stopped on shutdown) and not finished since. */
    boolean exist() {
        return !jobRepository.findRunningJobExecutions(ConsolidationJobConfiguration.JOB_NAME).isEmpty()
                || lastExecution().filter(e -> e.getStatus() == BatchStatus.STOPPED).isPresent();
    }

    /** The last execution of the newest run, if any run exists. */
    Optional<JobExecution> lastExecution() {
        JobInstance last = jobRepository.getLastJobInstance(ConsolidationJobConfiguration.JOB_NAME);
        return last == null ? Optional.empty() : Optional.ofNullable(jobRepository.getLastJobExecution(last));
    }
}
