package nl.besparingsmonitor.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import nl.besparingsmonitor.config.MonitorProperties;

/**
 * Mode {@code once}: runs one consolidation and lets the process exit with 0 when the run completed
 * (rejected files included) and 1 when the run itself failed.
 */
@Component
class ConsolidationRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(ConsolidationRunner.class);

    private final ConsolidationLauncher launcher;
    private final MonitorProperties properties;
    private int exitCode;

    ConsolidationRunner(ConsolidationLauncher launcher, MonitorProperties properties) {
        this.launcher = launcher;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!"once".equalsIgnoreCase(properties.mode())) {
            // service mode schedules its own runs; any other mode (tests) starts nothing
            return;
        }
        JobExecution execution = launcher.runOnce();
        exitCode = execution != null && execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Starts consolidation runs with parameters that identify them, so a failed run can be restarted. */
    @Component
    static class ConsolidationLauncher {

        private final JobOperator jobOperator;
        private final Job job;
        private final MonitorProperties properties;

        ConsolidationLauncher(JobOperator jobOperator, Job job, MonitorProperties properties) {
            this.jobOperator = jobOperator;
            this.job = job;
            this.properties = properties;
        }

        JobExecution runOnce() {
            try {
                Path inbox = properties.inbox().toAbsolutePath().normalize();
                Path output = properties.output().toAbsolutePath().normalize();
                Files.createDirectories(output);
                JobParameters parameters = new JobParametersBuilder()
                        .addString("inbox", inbox.toString())
                        .addString("output", output.toString())
                        .addString("rejected", properties.rejectedFolder().toAbsolutePath().normalize().toString())
                        .addLong("run.time", Instant.now().toEpochMilli())
                        .toJobParameters();
                log.info("Starting consolidation of {} into {}", inbox, output);
                JobExecution execution = jobOperator.start(job, parameters);
                log.info("Consolidation {} finished with status {}", execution.getJobInstance().getInstanceId(),
                        execution.getStatus());
                return execution;
            } catch (Exception e) {
                log.error("Consolidation could not run: {}", e.toString(), e);
                return null;
            }
        }
    }
}
