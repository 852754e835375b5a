package nl.besparingsmonitor.run;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * What became of one attempt to run a consolidation, and the process exit code it stands for:
 * 0 the run completed (rejected files included), 1 the run failed or could not start, 2 another run
 * held the run lock longer than {@code monitor.lock.max-wait}, so this one was skipped.
 *
 * @param runId the job instance id (the "run" of logs, summary and database), null when none started
 */
public record RunOutcome(BatchStatus status, Long runId, boolean skipped) {

    static RunOutcome of(JobExecution execution) {
        return new RunOutcome(execution.getStatus(), execution.getJobInstance().getInstanceId(), false);
    }

    static RunOutcome skippedBecauseLocked() {
        return new RunOutcome(null, null, true);
    }

    static RunOutcome notStarted() {
        return new RunOutcome(BatchStatus.FAILED, null, false);
    }

    public int exitCode() {
        if (skipped) {
            return 2;
        }
        return status == BatchStatus.COMPLETED ? 0 : 1;
    }
}
