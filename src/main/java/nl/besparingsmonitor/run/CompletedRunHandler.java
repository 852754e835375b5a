package nl.besparingsmonitor.run;

import org.springframework.batch.core.job.JobExecution;

/**
 * Work that follows a run once its database transactions are committed, while the run lock is still
 * held (service mode moves processed files out of the inbox). Called for completed and failed runs:
 * what a failed run committed is as final as what a completed run committed.
 */
public interface CompletedRunHandler {

    void runEnded(JobExecution execution);
}
