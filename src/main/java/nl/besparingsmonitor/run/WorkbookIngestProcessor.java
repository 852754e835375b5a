package nl.besparingsmonitor.run;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import nl.besparingsmonitor.ingest.InboxFile;
import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.ingest.WorkbookParser;
import nl.besparingsmonitor.store.FactStore;
import nl.besparingsmonitor.validation.Severity;
import nl.besparingsmonitor.validation.ValidationIssue;

/** Identifies a file by its content hash, skips what was processed before, and reads the rest. */
class WorkbookIngestProcessor implements ItemProcessor<InboxItemReader.Item, IngestResult> {

    private final FactStore store;
    private final WorkbookParser parser;

    WorkbookIngestProcessor(FactStore store, WorkbookParser parser) {
        this.store = store;
        this.parser = parser;
    }

    @Override
    public IngestResult process(InboxItemReader.Item item) {
        InboxFile file;
        try {
            file = InboxFile.of(item.path(), parser.limits().maxFileBytes());
        } catch (InboxFile.Refused e) {
            return refused(item, e.rule(), e.getMessage());
        } catch (UncheckedIOException e) {
            return refused(item, "Bestand niet leesbaar", "Het bestand kon niet worden gelezen (geen leesrechten of het is "
                    + "verdwenen). Het wordt bij de volgende run opnieuw geprobeerd.");
        }
        var previous = store.findProcessed(file.sha256());
        if (previous.isPresent()) {
            return new IngestResult(file, null, previous.get(), item.position(), item.total());
        }
        ParsedWorkbook parsed = parser.parse(item.path());
        return new IngestResult(file, parsed, null, item.position(), item.total());
    }

    /**
     * A file we may not or will not read (permissions, vanished, a symbolic link, too large): rejected
     * with a message, without reading it, and tried again next run (it has no content hash).
     */
    private static IngestResult refused(InboxItemReader.Item item, String rule, String message) {
        long size = 0;
        try {
            size = Files.readAttributes(item.path(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
        } catch (Exception ignored) {
            // size unknown
        }
        InboxFile file = new InboxFile(item.path(), item.path().getFileName().toString(), size, Instant.now(),
                "0".repeat(64));
        ValidationIssue issue = new ValidationIssue(Severity.ERROR, null, null, rule, null, null, message);
        return new IngestResult(file, new ParsedWorkbook(null, null, List.of(issue), 1, 0, false), null, item.position(),
                item.total());
    }
}
