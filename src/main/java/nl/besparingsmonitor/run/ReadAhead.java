package nl.besparingsmonitor.run;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import nl.besparingsmonitor.concurrent.Workers;

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
            workers = Workers.pool("ingest", threads);
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
}
