package nl.besparingsmonitor.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import nl.besparingsmonitor.ingest.InboxScanner;

/**
 * Hands out the inbox files one by one, largest first (ties in name order): with several worker
 * threads a chunk then holds files of about the same size, so no thread waits long for the other,
 * and the one long ledger starts first instead of last. Restartable: the list of files is fixed when
 * the run first opens the inbox and saved with the position after every committed chunk, so a
 * restarted run continues with the next file of the same list, even when files were added or moved
 * in between. (A file stored before a crash is also recognised by its hash, so nothing is ever
 * loaded twice.)
 *
 * <p>With a settle time (service mode), a file changed more recently than that is left for a later
 * run: it may still be being written, and a half-copied workbook must not be read.
 */
class InboxItemReader implements ItemStreamReader<InboxItemReader.Item> {

    static final String SETTLE_PARAMETER = "inbox.settle.ms";

    private static final Logger log = LoggerFactory.getLogger(InboxItemReader.class);
    private static final String POSITION = "inbox.position";
    // File names cannot contain '/', so it separates them safely in one string.
    private static final String FILES = "inbox.files";
    private static final String SEPARATOR = "/";

    private final Path inbox;
    private final Duration settle;
    private List<String> files;
    private int position;

    record Item(Path path, int position, int total) {
    }

    InboxItemReader(Path inbox, Duration settle) {
        this.inbox = inbox;
        this.settle = settle;
    }

    @Override
    public void open(ExecutionContext context) {
        if (context.containsKey(FILES)) {
            String saved = context.getString(FILES);
            files = saved.isEmpty() ? List.of() : Arrays.asList(saved.split(SEPARATOR));
            position = context.getInt(POSITION, 0);
            log.info("Continuing with file {} of the {} files this run found in {}", position + 1, files.size(), inbox);
        } else {
            files = settledFiles();
            position = 0;
        }
    }

    private List<String> settledFiles() {
        Instant changedBefore = Instant.now().minus(settle);
        List<Path> settled = new ArrayList<>();
        for (Path path : InboxScanner.scan(inbox)) {
            if (settle.isZero() || lastModified(path).isBefore(changedBefore)) {
                settled.add(path);
            } else {
                log.info("{} changed less than {} ago and may still be being written: left for a later run",
                        path.getFileName(), settle);
            }
        }
        Map<Path, Long> sizes = new HashMap<>();
        settled.forEach(path -> sizes.put(path, size(path)));
        // scan() lists in name order and the sort is stable: equal sizes stay in name order
        settled.sort(Comparator.comparing(sizes::get, Comparator.reverseOrder()));
        return settled.stream().map(path -> path.getFileName().toString()).toList();
    }

    /** Size without following a symbolic link (a link is refused later, unread); 0 when it cannot be read now. */
    private static long size(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Instant lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toInstant();
        } catch (IOException e) {
            return Instant.MAX; // vanished or unreadable right now: not settled
        }
    }

    @Override
    public Item read() {
        while (position < files.size()) {
            Path next = inbox.resolve(files.get(position++));
            if (Files.exists(next)) {
                return new Item(next, position, files.size());
            }
            // moved away after an earlier attempt of this run stored it (service mode), or removed by hand
            log.info("[{}/{}] {}: no longer in the inbox, passed over", position, files.size(), next.getFileName());
        }
        return null;
    }

    /**
     * Up to {@code count} files that {@link #read()} will hand out next, without moving on: lets the
     * files of the next chunks be read while this chunk is stored. A file listed here may still be
     * passed over later, if it disappears first.
     */
    List<Item> upcoming(int count) {
        List<Item> next = new ArrayList<>();
        for (int i = position; i < files.size() && next.size() < count; i++) {
            next.add(new Item(inbox.resolve(files.get(i)), i + 1, files.size()));
        }
        return next;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(FILES, String.join(SEPARATOR, files));
        context.putInt(POSITION, position);
    }
}
