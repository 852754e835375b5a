package nl.besparingsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Reading ahead of the chunk being stored, on a real inbox folder. The workbook reading itself is
 * replaced by one that notes which file it was given: what is tested here is which file is read when
 * and how often, not what reading does (the job tests cover that).
 */
class ReadAheadTest {

    private static final int CHUNK = 8;

    @TempDir
    Path inbox;

    final List<Integer> readPositions = new CopyOnWriteArrayList<>();
    final List<String> readingThreads = new CopyOnWriteArrayList<>();

    @Test
    void everyFileIsReadOnceAndHandedOutInListOrderWhileLaterChunksAreReadAhead() throws Exception {
        InboxItemReader reader = inboxOf(40);
        ReadAhead readAhead = new ReadAhead(recording(null), reader, 2, 10);
        readAhead.beforeStep(null);
        try {
            List<Integer> stored = new ArrayList<>();
            int mostReadAhead = 0;
            for (List<InboxItemReader.Item> chunk; !(chunk = nextChunk(reader)).isEmpty(); ) {
                List<Future<IngestResult>> results = new ArrayList<>();
                for (InboxItemReader.Item item : chunk) {
                    results.add(readAhead.process(item));
                    mostReadAhead = Math.max(mostReadAhead, readAhead.readingAhead());
                }
                for (Future<IngestResult> result : results) {
                    stored.add(result.get(10, TimeUnit.SECONDS).position());
                }
            }

            assertThat(stored).isEqualTo(range(1, 40));
            assertThat(readPositions).hasSize(40).doesNotHaveDuplicates();
            assertThat(mostReadAhead).as("files read ahead of their chunk, at most").isEqualTo(10);
            assertThat(readAhead.readingAhead()).isZero();
            assertThat(readingThreads).allMatch(name -> name.startsWith("ingest-"));
        } finally {
            readAhead.afterStep(null);
        }
    }

    @Test
    void theRestOfTheCurrentChunkIsReadBeforeFilesOfLaterChunks() throws Exception {
        InboxItemReader reader = inboxOf(40);
        CountDownLatch chunkHandedOut = new CountDownLatch(1);
        ReadAhead readAhead = new ReadAhead(recording(chunkHandedOut), reader, 2, 30);
        readAhead.beforeStep(null);
        try {
            List<Future<IngestResult>> results = new ArrayList<>();
            for (InboxItemReader.Item item : nextChunk(reader)) {
                results.add(readAhead.process(item));
            }
            // Files 9 to 38 were handed to the workers when file 1 was, before files 2 to 8.
            chunkHandedOut.countDown();
            for (Future<IngestResult> result : results) {
                result.get(10, TimeUnit.SECONDS);
            }

            // the read-ahead files (9 to 38) are still being read: wait for all of them
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (readPositions.size() < 38 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(readPositions).hasSize(38);

            // Each worker took one file at once (1, and 9 as the only other one there yet); after that
            // the files of this chunk are taken first. A worker notes a file just after taking it, so the
            // other worker may note later files meanwhile, but only while it holds one file of this chunk:
            // at most one of files 2 to 8 is noted after the first of the later chunks (10 and on).
            // Taken in the order they were handed out, files 10 to 38 would all come before 2 to 8.
            int firstLater = 0;
            while (readPositions.get(firstLater) <= CHUNK + 1) {
                firstLater++;
            }
            assertThat(readPositions.subList(firstLater, readPositions.size()).stream().filter(p -> p <= CHUNK))
                    .as("files of this chunk noted after a later one, in %s", readPositions).hasSizeLessThanOrEqualTo(1);
        } finally {
            readAhead.afterStep(null);
        }
    }

    @Test
    void aFileThatVanishesBeforeItsTurnIsDroppedFromTheFilesReadAhead() throws Exception {
        InboxItemReader reader = inboxOf(20);
        ReadAhead readAhead = new ReadAhead(recording(null), reader, 2, 15);
        readAhead.beforeStep(null);
        try {
            for (InboxItemReader.Item item : nextChunk(reader)) {
                readAhead.process(item).get(10, TimeUnit.SECONDS);
            }
            Files.delete(inbox.resolve(name(10))); // read ahead already, then moved away by hand

            List<Integer> handedOut = new ArrayList<>();
            for (List<InboxItemReader.Item> chunk; !(chunk = nextChunk(reader)).isEmpty(); ) {
                for (InboxItemReader.Item item : chunk) {
                    handedOut.add(readAhead.process(item).get(10, TimeUnit.SECONDS).position());
                }
            }

            assertThat(handedOut).doesNotContain(10).hasSize(11);
            assertThat(readAhead.readingAhead()).isZero();
        } finally {
            readAhead.afterStep(null);
        }
    }

    @Test
    void withOneThreadEachFileIsReadWhenItsTurnComesOnTheStepsOwnThread() throws Exception {
        InboxItemReader reader = inboxOf(12);
        ReadAhead readAhead = new ReadAhead(recording(null), reader, 1, 10);
        readAhead.beforeStep(null);
        try {
            for (InboxItemReader.Item item : nextChunk(reader)) {
                assertThat(readAhead.process(item).isDone()).isTrue();
                assertThat(readAhead.readingAhead()).isZero();
            }
            assertThat(readPositions).isEqualTo(range(1, CHUNK));
            assertThat(readingThreads).containsOnly(Thread.currentThread().getName());
        } finally {
            readAhead.afterStep(null);
        }
    }

    /** Files of equal size, so that the reader hands them out in name order. */
    private InboxItemReader inboxOf(int files) throws Exception {
        for (int i = 1; i <= files; i++) {
            Files.writeString(inbox.resolve(name(i)), "x");
        }
        InboxItemReader reader = new InboxItemReader(inbox, Duration.ZERO);
        reader.open(new ExecutionContext());
        return reader;
    }

    private static String name(int i) {
        return String.format("f%02d.xlsx", i);
    }

    private static List<InboxItemReader.Item> nextChunk(InboxItemReader reader) {
        List<InboxItemReader.Item> chunk = new ArrayList<>();
        for (InboxItemReader.Item item; chunk.size() < CHUNK && (item = reader.read()) != null; ) {
            chunk.add(item);
        }
        return chunk;
    }

    private ItemProcessor<InboxItemReader.Item, IngestResult> recording(CountDownLatch waitFor) {
        return item -> {
            readPositions.add(item.position());
            readingThreads.add(Thread.currentThread().getName());
            if (waitFor != null) {
                waitFor.await(10, TimeUnit.SECONDS);
            }
            return new IngestResult(null, null, null, item.position(), item.total());
        };
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            r.add(i);
        }
        return r;
    }
}
