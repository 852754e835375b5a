package nl.besparingsmonitor.concurrent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.MDC;

/**
 * Worker threads for the independent parts of a run (reading workbooks, writing municipal extracts):
 * they log with the run id of the thread that created them, and their failures come back to the
 * caller as if the work had been done on the caller's own thread.
 */
public final class Workers {

    private Workers() {
    }

    /** A fixed pool of daemon threads {@code name-1, name-2 ...} that log with the creating thread's run id. */
    public static ExecutorService pool(String name, int threads) {
        return Executors.newFixedThreadPool(Math.max(1, threads), threadFactory(name));
    }

    /**
     * Like {@link #pool}, but a free thread takes the waiting task that comes first in the tasks' natural
     * order, not the one submitted first. Tasks must be given with {@code execute} and be {@link Comparable}.
     */
    public static ThreadPoolExecutor priorityPool(String name, int threads) {
        int n = Math.max(1, threads);
        return new ThreadPoolExecutor(n, n, 0, TimeUnit.MILLISECONDS, new PriorityBlockingQueue<>(), threadFactory(name));
    }

    private static ThreadFactory threadFactory(String name) {
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(() -> {
                if (logContext != null) {
                    MDC.setContextMap(logContext);
                }
                task.run();
            }, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The result of work on a worker thread, waiting for it; its exception is thrown as it was thrown there. */
    public static <T> T await(Future<T> result) throws IOException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw (InterruptedIOException) new InterruptedIOException("Interrupted while waiting for a worker").initCause(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
