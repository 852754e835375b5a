package nl.besparingsmonitor.run;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

import nl.besparingsmonitor.concurrent.Workers;

/**
 * Reads and validates files on worker threads, ahead of the step: while the writer stores one chunk,
 * the workers already read the files of the next chunks (at most {@link #window} files read but not
 * yet stored, so the heap holds a bounded number of parsed workbooks). Reading is most of the work
 * and files are independent; storing stays on the step's own thread, one file after the other in the
 * chunk's transaction, so that versions of one organisation are always stored in a fixed order. With
 * one thread nothing runs in the background: each file is read when the step processes it.
 */
class ReadAhead implements ItemProcessor<InboxItemReader.Item, Future<IngestResult>>, StepExecutionListener {

    private final ItemProcessor<InboxItemReader.Item, IngestResult> reader;
    private final InboxItemReader inbox;
    private final int threads;
    private final int window;
    /** Files started ahead of their chunk, by position in the inbox list. */
    private final Map<Integer, Future<IngestResult>> started = new HashMap<>();
    private ThreadPoolExecutor workers;

    ReadAhead(ItemProcessor<InboxItemReader.Item, IngestResult> reader, InboxItemReader inbox, int threads, int window) {
        this.reader = reader;
        this.inbox = inbox;
        this.threads = Math.max(1, threads);
        this.window = Math.max(this.threads, window);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        if (threads > 1) {
            workers = Workers.priorityPool("ingest", threads);
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (workers != null) {
            // After a failed write the files read ahead of it are not needed: the restart reads them again.
            workers.shutdownNow();
            workers = null;
        }
        started.clear();
        return null;
    }

    @Override
    public Future<IngestResult> process(InboxItemReader.Item item) throws Exception {
        if (workers == null) {
            return CompletableFuture.completedFuture(reader.process(item));
        }
        // files passed over by the reader (vanished meanwhile) were started for nothing: forget them
        for (var passed = started.entrySet().iterator(); passed.hasNext(); ) {
            var entry = passed.next();
            if (entry.getKey() < item.position()) {
                entry.getValue().cancel(false);
                passed.remove();
            }
        }
        Future<IngestResult> result = started.remove(item.position());
        if (result == null) {
            result = start(item);
        }
        for (InboxItemReader.Item next : inbox.upcoming(window)) {
            if (started.size() >= window) {
                break;
            }
            started.computeIfAbsent(next.position(), position -> start(next));
        }
        return result;
    }

    private Future<IngestResult> start(InboxItemReader.Item item) {
        ReadTask task = new ReadTask(item);
        workers.execute(task);
        return task;
    }

    /**
     * Free workers take the file that will be stored first: the rest of the current chunk goes before the
     * files read ahead for later chunks, even though those were handed to the workers earlier.
     */
    private final class ReadTask extends FutureTask<IngestResult> implements Comparable<ReadTask> {
        private final int position;

        ReadTask(InboxItemReader.Item item) {
            super(() -> reader.process(item));
            this.position = item.position();
        }

        @Override
        public int compareTo(ReadTask other) {
            return Integer.compare(position, other.position);
        }
    }

    /** Files started ahead of their turn and not yet handed to the writer. */
    int readingAhead() {
        return started.size();
    }
}
