package nl.besparingsmonitor.run;

import nl.besparingsmonitor.ingest.InboxFile;
import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.store.FactStore.PreviousReceipt;

/**
 * One inbox file after reading: skipped (same content seen before), or parsed (accepted or rejected).
 *
 * @param position 1-based position in this run, for the progress line
 */
record IngestResult(InboxFile file, ParsedWorkbook parsed, PreviousReceipt previous, int position, int total) {

    boolean skipped() {
        return previous != null;
    }
}
