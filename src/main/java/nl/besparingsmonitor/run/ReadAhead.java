package nl.besparingsmonitor.run;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reads and validates the files of a chunk on worker threads, so that the writer stores one file
 * while the next ones are still being read. Reading is most of the work and files are independent;
 * storing stays on the step's own thread, one file after the other in the chunk's transaction, so
 * that versions of one organisation are always stored in a fixed order. With one thread nothing runs
 * in the background: each file is read when the step processes it.
 */
class ReadAhead implements ItemProcessor<InboxItemReader.Item, Future<IngestResult>>, StepExecutionListener {

    private final WorkbookIngestProcessor reader;
    private final int threads;
    private ExecutorService workers;

    ReadAhead(WorkbookIngestProcessor reader, int threads) {
        this.reader = reader;
        this.threads = Math.max(1, threads);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (threads > 1) {
            AtomicInteger number = new AtomicInteger();
            workers = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(RunLogListener.withRunId(task), "ingest-" + number.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (workers != null) {
            // After a failed write the files read ahead of it are not needed: the restart reads them again.
            workers.shutdownNow();
            workers = null;
        }
        return null;
    }

    @Override
    public Future<IngestResult> process(InboxItemReader.Item item) {
        if (workers == null) {
            return CompletableFuture.completedFuture(reader.process(item));
        }
        return workers.submit(() -> reader.process(item));
    }

    /** The result of a file read ahead, waiting for it if needed; a failure surfaces as it would have in the step itself. */
    static IngestResult await(Future<IngestResult> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a workbook to be read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
