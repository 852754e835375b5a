package nl.besparingsmonitor.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.annotation.BeforeStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import nl.besparingsmonitor.domain.Realisation;
import nl.besparingsmonitor.ingest.KeyFacts;
import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.ingest.ProposalFacts;
import nl.besparingsmonitor.ingest.RealisationFacts;
import nl.besparingsmonitor.store.FactStore;
import nl.besparingsmonitor.validation.FeedbackWorkbook;

/**
 * Stores each file in the chunk's transaction (one file per chunk, so a file is stored whole or not
 * at all) and writes the feedback workbook of a rejected file.
 */
class IngestWriter implements ItemWriter<IngestResult> {

    private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);

    private final FactStore store;
    private final Path rejectedFolder;
    private long runId;

    IngestWriter(FactStore store, Path rejectedFolder) {
        this.store = store;
        this.rejectedFolder = rejectedFolder;
    }

    @BeforeStep
    public void beforeStep(StepExecution stepExecution) {
        runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
    }

    @Override
    public void write(Chunk<? extends IngestResult> chunk) throws IOException {
        for (IngestResult result : chunk) {
            write(result);
        }
    }

    private void write(IngestResult result) throws IOException {
        Instant now = Instant.now();
        String progress = "[" + result.position() + "/" + result.total() + "] " + result.file().name() + ": ";
        if (result.skipped()) {
            store.storeSkipped(runId, result.file(), now);
            log.info("{}unchanged, already {} (same content as {})", progress,
                    result.previous().outcome().json(), result.previous().fileName());
            return;
        }
        ParsedWorkbook parsed = result.parsed();
        if (parsed.accepted()) {
            store.storeAccepted(runId, result.file(), parsed, now);
            log.info("{}{}, {} waarschuwingen ({} {}, peildatum {})", progress, contents(parsed), parsed.warnings(),
                    parsed.info().kind().label(), parsed.info().organisation().code(), parsed.info().peildatum());
        } else {
            Path feedback = FeedbackWorkbook.write(rejectedFolder, result.file().name(), true, parsed.issues());
            store.storeRejected(runId, result.file(), parsed, feedback.toString(), now);
            log.warn("{}rejected with {} errors, feedback in {}", progress, parsed.errors(), feedback);
        }
    }

    /** What the file holds, in the words of the progress line: "14 maatregelen" or "2 verdeelsleutels". */
    static String contents(ParsedWorkbook parsed) {
        if (parsed.facts() instanceof ProposalFacts p) {
            return p.measures().size() + " maatregelen";
        }
        if (parsed.facts() instanceof RealisationFacts r) {
            return r.realisations().stream().map(Realisation::measureNumber).distinct().count() + " maatregelen";
        }
        if (parsed.facts() instanceof KeyFacts k) {
            return k.keys().size() + " verdeelsleutels";
        }
        return "0 maatregelen";
    }
}
