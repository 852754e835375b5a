package nl.besparingsmonitor.run;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import nl.besparingsmonitor.config.MonitorProperties;
import nl.besparingsmonitor.store.ReportState;

/**
 * After ingest: when no file was new, the facts are those of the last report and that report still
 * exists, the run ends without recalculating or rewriting it. Most nights nothing changes.
 */
@Component
class ChangeDecider implements JobExecutionDecider {

    static final FlowExecutionStatus NO_CHANGE = new FlowExecutionStatus("NOCHANGE");
    static final FlowExecutionStatus CHANGED = new FlowExecutionStatus("CHANGED");

    private static final Logger log = LoggerFactory.getLogger(ChangeDecider.class);

    private final ReportState reportState;
    private final MonitorProperties properties;

    ChangeDecider(ReportState reportState, MonitorProperties properties) {
        this.reportState = reportState;
        this.properties = properties;
    }

    @Override
    public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
        long runId = jobExecution.getJobInstance().getInstanceId();
        String output = jobExecution.getJobParameters().getString("output");
        if (reportState.filesProcessedInRun(runId) > 0) {
            return CHANGED;
        }
        var reported = reportState.find(output);
        String fingerprint = reportState.fingerprint(properties.tolerance(), properties.horizonYear(), ProgramVersion.get());
        if (reported.isPresent() && reported.get().fingerprint().equals(fingerprint)
                && Files.exists(Path.of(reported.get().reportFile()))) {
            log.info("Nothing changed since run {}: no new files and the same facts; report {} is current, not recalculated or rewritten",
                    reported.get().runId(), reported.get().reportFile());
            jobExecution.getExecutionContext().putString(RunLogListener.REPORT_PATH, reported.get().reportFile());
            jobExecution.getExecutionContext().putString(RunLogListener.REPORT_UNCHANGED, "true");
            return NO_CHANGE;
        }
        return CHANGED;
    }
}
