package nl.besparingsmonitor.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.besparingsmonitor.ingest.InboxScanner;

/**
 * Looks at the inbox every poll interval and asks for a run once it has been quiet (no new or
 * changed file) for the quiet period. Polling rather than file-system events, because events do
 * not arrive reliably from network shares, which is where finance teams drop their files.
 * Temporary and lock files ({@code ~$x.xlsx}, {@code .x.xlsx.part}) are not candidates (see
 * {@link InboxScanner}); a file whose size or time still changes keeps the inbox "not quiet".
 */
class InboxWatcher {

    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

    record Signature(long size, Instant modified) {
    }

    private final Path inbox;
    private final Duration quietPeriod;
    private final Consumer<String> requestRun;
    private final Clock clock;

    private Map<String, Signature> lastSeen = Map.of();
    private Instant lastChange;
    /** Files (as they were) that a run was already asked for; only new or changed files ask again. */
    private final Map<String, Signature> requested = new HashMap<>();
    private boolean inboxMissingLogged;

    InboxWatcher(Path inbox, Duration quietPeriod, Consumer<String> requestRun, Clock clock) {
        this.inbox = inbox;
        this.quietPeriod = quietPeriod;
        this.requestRun = requestRun;
        this.clock = clock;
        this.lastChange = clock.instant();
    }

    /** One look at the inbox; called by the scheduler at a fixed delay, never concurrently. */
    void poll() {
        Map<String, Signature> current;
        try {
            current = scan();
            inboxMissingLogged = false;
        } catch (UncheckedIOException e) {
            if (!inboxMissingLogged) {
                log.warn("Inbox cannot be read ({}); watching on", e.getCause().getMessage());
                inboxMissingLogged = true;
            }
            return;
        }
        Instant now = clock.instant();
        if (!current.equals(lastSeen)) {
            lastSeen = current;
            lastChange = now;
        }
        requested.keySet().retainAll(current.keySet());
        long waiting = current.entrySet().stream().filter(e -> !e.getValue().equals(requested.get(e.getKey()))).count();
        if (waiting > 0 && !now.isBefore(lastChange.plus(quietPeriod))) {
            log.info("Inbox quiet for {} with {} new or changed files: starting a run", quietPeriod, waiting);
            requested.putAll(current);
            requestRun.accept("inbox change");
        }
    }

    private Map<String, Signature> scan() {
        Map<String, Signature> files = new HashMap<>();
        for (Path path : InboxScanner.scan(inbox)) {
            try {
                files.put(path.getFileName().toString(),
                        new Signature(Files.size(path), Files.getLastModifiedTime(path).toInstant()));
            } catch (IOException e) {
                // vanished between listing and looking: the next poll sees the new state
            }
        }
        return files;
    }
}
