package nl.besparingsmonitor.run;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import nl.besparingsmonitor.ingest.InboxScanner;

/**
 * Hands out the inbox files one by one, in name order. Restartable: the position is saved after
 * every committed file, so a restarted run continues with the next file. (A file stored before a
 * crash is also recognised by its hash, so nothing is ever loaded twice.)
 */
class InboxItemReader implements ItemStreamReader<InboxItemReader.Item> {

    private static final String POSITION = "inbox.position";

    private final Path inbox;
    private List<Path> files;
    private int position;

    record Item(Path path, int position, int total) {
    }

    InboxItemReader(Path inbox) {
        this.inbox = inbox;
    }

    @Override
    public void open(ExecutionContext context) {
        files = InboxScanner.scan(inbox);
        position = context.containsKey(POSITION) ? context.getInt(POSITION) : 0;
    }

    @Override
    public Item read() {
        if (position >= files.size()) {
            return null;
        }
        Path next = files.get(position++);
        return new Item(next, position, files.size());
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(POSITION, position);
    }
}
