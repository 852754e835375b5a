package nl.besparingsmonitor.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import nl.besparingsmonitor.run.ConsolidationLauncher;
import nl.besparingsmonitor.run.RunFileCounts;

/**
 * {@code GET /actuator/runs}: the last runs, newest first, with status, file counts and report, so
 * an operator sees at a glance whether last night's run went well.
 */
@Component
@Endpoint(id = "runs")
@ConditionalOnProperty(name = "monitor.mode", havingValue = "service")
class RunsEndpoint {

    static final int SHOWN = 20;

    private final JobRepository jobRepository;
    private final RunFileCounts.Query counts;

    RunsEndpoint(JobRepository jobRepository, RunFileCounts.Query counts) {
        this.jobRepository = jobRepository;
        this.counts = counts;
    }

    record RunView(long run, long execution, String status, String exitCode, String trigger, LocalDateTime started,
                   LocalDateTime ended, int files, int accepted, int rejected, int skipped, String report) {
    }

    @ReadOperation
    List<RunView> runs() {
        List<RunView> runs = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(ConsolidationLauncher.JOB_NAME, 0, SHOWN)) {
            JobExecution e = jobRepository.getLastJobExecution(instance);
            if (e == null) {
                continue;
            }
            RunFileCounts c = counts.of(instance.getInstanceId());
            runs.add(new RunView(instance.getInstanceId(), e.getId(), e.getStatus().name(),
                    e.getExitStatus().getExitCode(), e.getJobParameters().getString("trigger"), e.getStartTime(),
                    e.getEndTime(), c.total(), c.accepted(), c.rejected(), c.skipped(),
                    e.getExecutionContext().getString(ConsolidationLauncher.REPORT_PATH, null)));
        }
        return runs;
    }
}
