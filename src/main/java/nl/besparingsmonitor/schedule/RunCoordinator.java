package nl.besparingsmonitor.schedule;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import nl.besparingsmonitor.run.ConsolidationLauncher;
import nl.besparingsmonitor.run.RunOutcome;

/**
 * Service mode: runs consolidations one after the other on a single thread. Requests that arrive
 * while a run is going are joined into one follow-up run, so a burst of drops during a long run
 * causes one more run, not many. (Across processes the run lock takes over.)
 */
@Component
@ConditionalOnProperty(name = "monitor.mode", havingValue = "service")
class RunCoordinator implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RunCoordinator.class);

    private final ConsolidationLauncher launcher;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> new Thread(r, "consolidation-run"));
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicReference<RunOutcome> last = new AtomicReference<>();

    RunCoordinator(ConsolidationLauncher launcher) {
        this.launcher = launcher;
    }

    /** Asks for a run; returns false when one was already waiting to start (this request joins it). */
    boolean request(String trigger) {
        if (!queued.compareAndSet(false, true)) {
            log.info("Run requested ({}): a run is already waiting to start, which will include it", trigger);
            return false;
        }
        runner.execute(() -> {
            queued.set(false);
            last.set(launcher.launch(trigger, true));
        });
        return true;
    }

    RunOutcome lastOutcome() {
        return last.get();
    }

    @Override
    public void destroy() throws InterruptedException {
        // A run in progress ends with the JVM; the next start resumes it from its last committed chunk.
        runner.shutdownNow();
        runner.awaitTermination(10, TimeUnit.SECONDS);
    }
}
