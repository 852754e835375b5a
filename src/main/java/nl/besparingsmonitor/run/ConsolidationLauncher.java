package nl.besparingsmonitor.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.besparingsmonitor.config.MonitorProperties;

/**
 * Starts one consolidation under the run lock: first it repairs what a stopped process left
 * behind (marks its run failed and resumes it from the last committed chunk), otherwise it restarts
 * the last failed run when {@code monitor.restart=true}, otherwise it starts a new run. After the
 * run, with the lock still held, the {@link CompletedRunHandler}s run (service mode moves files).
 */
@Component
public class ConsolidationLauncher {

    /** The job's name in Spring Batch's tables. */
    public static final String JOB_NAME = ConsolidationJobConfiguration.JOB_NAME;
    /** Job execution context key of the report a run wrote (or left current). */
    public static final String REPORT_PATH = RunLogListener.REPORT_PATH;

    private static final Logger log = LoggerFactory.getLogger(ConsolidationLauncher.class);

    private final JobOperator jobOperator;
    private final Job job;
    private final MonitorProperties properties;
    private final RunGuard guard;
    private final InterruptedRuns interruptedRuns;
    private final ObjectProvider<CompletedRunHandler> completedRunHandlers;

    ConsolidationLauncher(JobOperator jobOperator, Job job, MonitorProperties properties, RunGuard guard,
                          InterruptedRuns interruptedRuns, ObjectProvider<CompletedRunHandler> completedRunHandlers) {
        this.jobOperator = jobOperator;
        this.job = job;
        this.properties = properties;
        this.guard = guard;
        this.interruptedRuns = interruptedRuns;
        this.completedRunHandlers = completedRunHandlers;
    }

    /**
     * @param trigger why this run starts (logged and kept as a job parameter)
     * @param settle when true, files changed less than the quiet period ago are left for a later run
     *               (service mode: they may still be being written)
     */
    public RunOutcome launch(String trigger, boolean settle) {
        return launch(trigger, settle, properties.lock().maxWait());
    }

    RunOutcome launch(String trigger, boolean settle, Duration maxWait) {
        Optional<RunGuard.Lease> lease = guard.acquire(maxWait);
        if (lease.isEmpty()) {
            log.warn("Skipping {} run: another run still holds the run lock after waiting {}", trigger, maxWait);
            return RunOutcome.skippedBecauseLocked();
        }
        try (RunGuard.Lease held = lease.get()) {
            JobExecution execution = startOrResume(trigger, settle);
            completedRunHandlers.orderedStream().forEach(handler -> handler.runEnded(execution));
            return RunOutcome.of(execution);
        } catch (NoInbox e) {
            log.error("Consolidation could not run: {}", e.getMessage());
            return RunOutcome.notStarted();
        } catch (Exception e) {
            log.error("Consolidation could not run: {}", e.toString(), e);
            return RunOutcome.notStarted();
        }
    }

    /** True when a stopped process left a run unfinished; the next launch resumes it. */
    public boolean hasInterruptedRun() {
        return interruptedRuns.exist();
    }

    private JobExecution startOrResume(String trigger, boolean settle) throws Exception {
        List<JobExecution> stale = interruptedRuns.recoverStale();
        JobExecution resume = stale.isEmpty() ? null : stale.get(0);
        Optional<JobExecution> last = interruptedRuns.lastExecution();
        if (resume == null && last.isPresent() && last.get().getStatus() == BatchStatus.STOPPED) {
            resume = last.get();
            log.info("Run {} was stopped on shutdown; resuming it", resume.getJobInstance().getInstanceId());
        }
        if (resume == null && properties.restart()) {
            if (last.isPresent() && last.get().getStatus() == BatchStatus.FAILED) {
                resume = last.get();
            } else {
                log.info("monitor.restart=true, but the last run ended {}: starting a new run",
                        last.map(e -> e.getStatus().toString()).orElse("nowhere (there is none)"));
            }
        }
        if (resume != null) {
            log.info("Restarting run {} from where it stopped (inbox {})", resume.getJobInstance().getInstanceId(),
                    resume.getJobParameters().getString("inbox"));
            return jobOperator.restart(resume);
        }
        return jobOperator.start(job, newRunParameters(trigger, settle));
    }

    private JobParameters newRunParameters(String trigger, boolean settle) throws Exception {
        Path inbox = properties.inbox().toAbsolutePath().normalize();
        if (!Files.isDirectory(inbox)) {
            // A mistyped path or an unmounted share: no run is recorded that would then ask to be restarted.
            throw new NoInbox(inbox);
        }
        Path output = properties.output().toAbsolutePath().normalize();
        Files.createDirectories(output);
        log.info("Starting consolidation of {} into {} ({})", inbox, output, trigger);
        return new JobParametersBuilder()
                .addString("inbox", inbox.toString())
                .addString("output", output.toString())
                .addString("rejected", properties.rejectedFolder().toAbsolutePath().normalize().toString())
                .addLong("run.time", Instant.now().toEpochMilli())
                .addString("trigger", trigger, false)
                .addLong(InboxItemReader.SETTLE_PARAMETER, settle ? properties.watch().quietPeriod().toMillis() : 0L, false)
                .toJobParameters();
    }

    private static final class NoInbox extends Exception {

        NoInbox(Path inbox) {
            super("the inbox " + inbox + " does not exist or is not a folder (monitor.inbox); no run was started");
        }
    }
}
