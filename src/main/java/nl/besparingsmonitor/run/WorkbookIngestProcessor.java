package nl.besparingsmonitor.run;

import java.io.UncheckedIOException;
import java.nio.file.Files;
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
            file = InboxFile.of(item.path());
        } catch (UncheckedIOException e) {
            return unreadable(item);
        }
        var previous = store.findProcessed(file.sha256());
        if (previous.isPresent()) {
            return new IngestResult(file, null, previous.get(), item.position(), item.total());
        }
        ParsedWorkbook parsed = parser.parse(item.path());
        return new IngestResult(file, parsed, null, item.position(), item.total());
    }

    /** A file we may not read (permissions, vanished): rejected with a message, tried again next run. */
    private static IngestResult unreadable(InboxItemReader.Item item) {
        long size = 0;
        try {
            size = Files.size(item.path());
        } catch (Exception ignored) {
            // size unknown
        }
        InboxFile file = new InboxFile(item.path(), item.path().getFileName().toString(), size, Instant.now(),
                "0".repeat(64));
        ValidationIssue issue = new ValidationIssue(Severity.ERROR, null, null, "Bestand niet leesbaar", null, null,
                "Het bestand kon niet worden gelezen (geen leesrechten of het is verdwenen). Het wordt bij de volgende run opnieuw geprobeerd.");
        return new IngestResult(file, new ParsedWorkbook(null, null, List.of(issue), 1, 0, false), null, item.position(),
                item.total());
    }
}
