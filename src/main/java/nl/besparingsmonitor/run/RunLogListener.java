package nl.besparingsmonitor.run;

import java.time.Duration;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Puts the run id on every log line of a run (MDC key {@code runId}, see logging.pattern.console)
 * and closes the run with one summary line: status, file counts, duration and report path, or the
 * step and error that failed it.
 */
@Component
class RunLogListener implements JobExecutionListener {

    /** Job execution context key: the report this run wrote, or the current one it left alone. */
    static final String REPORT_PATH = "report.path";
    static final String REPORT_UNCHANGED = "report.unchanged";

    private static final Logger log = LoggerFactory.getLogger(RunLogListener.class);

    private final RunFileCounts.Query counts;
    private final JobRepository jobRepository;

    RunLogListener(RunFileCounts.Query counts, JobRepository jobRepository) {
        this.counts = counts;
        this.jobRepository = jobRepository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        MDC.put("runId", "run " + execution.getJobInstance().getInstanceId());
    }

    @Override
    public void afterJob(JobExecution execution) {
        try {
            // A run that ends at the change decider has no step after it to save the job's context.
            jobRepository.updateExecutionContext(execution);
            log.info(summary(execution));
        } finally {
            MDC.remove("runId");
        }
    }

    private String summary(JobExecution execution) {
        long runId = execution.getJobInstance().getInstanceId();
        RunFileCounts files = counts.of(runId);
        String duration = seconds(execution.getStartTime());
        String fileCounts = files.total() + " files (" + files.accepted() + " accepted, " + files.rejected()
                + " rejected, " + files.skipped() + " skipped)";
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            String report = execution.getExecutionContext().getString(REPORT_PATH, "none");
            String unchanged = execution.getExecutionContext().containsKey(REPORT_UNCHANGED) ? " (unchanged)" : "";
            return "Run " + runId + " COMPLETED in " + duration + ": " + fileCounts + ", report " + report + unchanged;
        }
        String step = execution.getStepExecutions().stream()
                .filter(s -> s.getStatus() == BatchStatus.FAILED || s.getStatus() == BatchStatus.STOPPED)
                .map(StepExecution::getStepName).findFirst().orElse("-");
        String error = execution.getAllFailureExceptions().stream().findFirst()
                .map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).orElse("no error recorded");
        return "Run " + runId + " " + execution.getStatus() + " in " + duration + " in step " + step + ": " + error
                + "; " + fileCounts + " stored so far. Fix the cause, then restart with --monitor.restart=true";
    }

    private static String seconds(LocalDateTime start) {
        if (start == null) {
            return "?";
        }
        Duration d = Duration.between(start, LocalDateTime.now());
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
