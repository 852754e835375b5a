package nl.besparingsmonitor.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher on a real folder, with a clock the test moves forward. */
class InboxWatcherTest {

    static final Duration QUIET = Duration.ofMinutes(2);

    @TempDir
    Path inbox;

    final MovableClock clock = new MovableClock();
    final List<String> requests = new ArrayList<>();
    InboxWatcher watcher;

    @BeforeEach
    void watcher() {
        watcher = new InboxWatcher(inbox, QUIET, requests::add, clock);
    }

    @Test
    void aNewFileStartsARunOnceTheInboxHasBeenQuietForTheQuietPeriod() throws Exception {
        Files.writeString(inbox.resolve("huizen.xlsx"), "x");
        watcher.poll();
        clock.advance(Duration.ofSeconds(119));
        watcher.poll();
        assertThat(requests).isEmpty();

        clock.advance(Duration.ofSeconds(1));
        watcher.poll();
        assertThat(requests).containsExactly("inbox change");

        clock.advance(QUIET.multipliedBy(3));
        watcher.poll();
        assertThat(requests).as("the same file does not start another run").hasSize(1);
    }

    @Test
    void aFileThatKeepsChangingKeepsTheInboxBusy() throws Exception {
        Path file = inbox.resolve("groot.xlsx");
        for (int i = 0; i < 10; i++) {
            Files.writeString(file, "x".repeat(i + 1)); // still being copied: grows every minute
            watcher.poll();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(requests).isEmpty();

        clock.advance(QUIET);
        watcher.poll();
        assertThat(requests).hasSize(1);
    }

    @Test
    void aChangedFileStartsAnotherRunAndTouchingOnlyTheModificationTimeCountsAsChange() throws Exception {
        Path file = Files.writeString(inbox.resolve("huizen.xlsx"), "x");
        watcher.poll();
        clock.advance(QUIET);
        watcher.poll();
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
        watcher.poll();
        clock.advance(QUIET);
        watcher.poll();
        assertThat(requests).hasSize(2);
    }

    @Test
    void officeLockFilesAndPartialDownloadsAreIgnored() throws Exception {
        Files.writeString(inbox.resolve("~$huizen.xlsx"), "lock");
        Files.writeString(inbox.resolve(".huizen.xlsx.part"), "half");
        Files.writeString(inbox.resolve("huizen.xlsx.crdownload"), "half");
        watcher.poll();
        clock.advance(QUIET.multipliedBy(2));
        watcher.poll();
        assertThat(requests).isEmpty();
    }

    @Test
    void aFileMovedAwayAndDroppedAgainIsNew() throws Exception {
        Path file = Files.writeString(inbox.resolve("huizen.xlsx"), "x");
        FileTime time = Files.getLastModifiedTime(file);
        watcher.poll();
        clock.advance(QUIET);
        watcher.poll();
        Files.delete(file); // archived by the run
        watcher.poll();
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, time); // copied with its original time
        watcher.poll();
        clock.advance(QUIET);
        watcher.poll();
        assertThat(requests).hasSize(2);
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2025-03-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
