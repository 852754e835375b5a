package nl.besparingsmonitor.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.annotation.AfterStep;
import org.springframework.batch.core.annotation.BeforeStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import nl.besparingsmonitor.concurrent.Workers;
import nl.besparingsmonitor.domain.BookingTotal;
import nl.besparingsmonitor.domain.Realisation;
import nl.besparingsmonitor.ingest.InboxFile;
import nl.besparingsmonitor.ingest.InboxScanner;
import nl.besparingsmonitor.ingest.KeyFacts;
import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.ingest.ProposalFacts;
import nl.besparingsmonitor.ingest.RealisationFacts;
import nl.besparingsmonitor.store.FactStore;
import nl.besparingsmonitor.validation.FeedbackWorkbook;
import nl.besparingsmonitor.validation.MarkedUpWorkbook;

/**
 * Stores the files of a chunk in the chunk's transaction, in the order the reader handed them out,
 * each as it finishes reading ({@link ReadAhead}), and writes the feedback workbook of a rejected
 * file. A chunk's files are committed together, so every file is stored whole or not at all.
 */
class IngestWriter implements ItemWriter<Future<IngestResult>> {

    private static final Logger log = LoggerFactory.getLogger(IngestWriter.class);

    private final FactStore store;
    private final Path rejectedFolder;
    private final Path feedbackFolder;
    private final long maxMarkedCopyBytes;
    private long runId;
    private long bookingRows;
    private long bookingReadNanos;
    private long waitNanos;
    private long storeNanos;

    /**
     * @param rejectedFolder feedback for rejected files
     * @param feedbackFolder feedback for accepted files with warnings
     */
    IngestWriter(FactStore store, Path rejectedFolder, Path feedbackFolder, long maxMarkedCopyBytes) {
        this.store = store;
        this.rejectedFolder = rejectedFolder;
        this.feedbackFolder = feedbackFolder;
        this.maxMarkedCopyBytes = maxMarkedCopyBytes;
    }

    @BeforeStep
    public void beforeStep(StepExecution stepExecution) {
        runId = stepExecution.getJobExecution().getJobInstance().getInstanceId();
    }

    /** Ledger extracts are what grows: their cost per row tells whether a larger inbox will still fit the night. */
    @AfterStep
    public void afterStep(StepExecution stepExecution) {
        // Storing is done by this one thread: when it rarely waits, more reading threads will not help.
        log.info("Storing: {} s; waiting for files still being read: {} s",
                String.format(Locale.ROOT, "%.3f", storeNanos / 1e9), String.format(Locale.ROOT, "%.3f", waitNanos / 1e9));
        if (bookingRows > 0) {
            log.info("Booking rows of accepted workbooks: {} read in {} s, {} microseconds per row (summed over the reading threads)", bookingRows,
                    String.format(Locale.ROOT, "%.3f", bookingReadNanos / 1e9),
                    String.format(Locale.ROOT, "%.3f", bookingReadNanos / 1e3 / bookingRows));
        }
    }

    @Override
    public void write(Chunk<? extends Future<IngestResult>> chunk) throws IOException {
        List<InboxFile> unchanged = new ArrayList<>();
        for (Future<IngestResult> result : chunk) {
            long t0 = System.nanoTime();
            IngestResult read = Workers.await(result);
            long t1 = System.nanoTime();
            write(sameContentStoredMeanwhile(read), unchanged);
            waitNanos += t1 - t0;
            storeNanos += System.nanoTime() - t1;
        }
        long t = System.nanoTime();
        storeUnchanged(unchanged);
        storeNanos += System.nanoTime() - t;
    }

    /** Receipts keep the order of the progress lines: unchanged files before a stored one are recorded first. */
    private void storeUnchanged(List<InboxFile> unchanged) {
        if (!unchanged.isEmpty()) {
            store.storeSkipped(runId, unchanged, Instant.now());
            unchanged.clear();
        }
    }

    /**
     * Two files with the same content in one chunk were both read before either was stored; the
     * second is recorded as unchanged, as it would have been had it come in a later chunk.
     */
    private IngestResult sameContentStoredMeanwhile(IngestResult result) {
        if (result.skipped() || result.parsed() == null || !result.parsed().accepted()) {
            return result;
        }
        return store.findProcessed(result.file().sha256())
                .map(previous -> new IngestResult(result.file(), null, previous, result.position(), result.total()))
                .orElse(result);
    }

    private void write(IngestResult result, List<InboxFile> unchanged) throws IOException {
        // File names come from senders: control characters would forge log lines.
        String progress = "[" + result.position() + "/" + result.total() + "] " + InboxScanner.printable(result.file().name()) + ": ";
        if (result.skipped()) {
            unchanged.add(result.file());
            log.info("{}unchanged, already {} (same content as {})", progress,
                    result.previous().outcome().json(), InboxScanner.printable(result.previous().fileName()));
            return;
        }
        storeUnchanged(unchanged);
        Instant now = Instant.now();
        ParsedWorkbook parsed = result.parsed();
        if (parsed.facts() instanceof RealisationFacts realisation) {
            bookingRows += realisation.bookingRows();
            bookingReadNanos += realisation.bookingReadTime().toNanos();
        }
        if (parsed.accepted()) {
            ParsedWorkbook stored = store.storeAccepted(runId, result.file(), parsed, now).stored();
            log.info("{}{}, {} ({} {}, reporting date {})", progress, contents(stored), count(stored.warnings(), "warning"),
                    stored.info().kind().label(), stored.info().organisation().code(), stored.info().peildatum());
            if (stored.warnings() > 0) {
                writeFeedback(result, stored, feedbackFolder, false);
            }
        } else {
            Path feedback = writeFeedback(result, parsed, rejectedFolder, true);
            store.storeRejected(runId, result.file(), parsed, feedback.toString(), now);
            log.warn("{}rejected with {}, feedback in {}", progress, count(parsed.errors(), "error"), feedback);
        }
    }

    /** The feedback workbook, and next to it the sender's own workbook with the problems marked. */
    private Path writeFeedback(IngestResult result, ParsedWorkbook parsed, Path folder, boolean rejected) throws IOException {
        String note = null;
        if (!parsed.opened()) {
            // Not only a file that is no workbook: a limit can stop the reading while the file is opened.
            note = "Er is geen gemarkeerde kopie van uw bestand gemaakt: het lezen stopte al bij het openen van het bestand (zie de melding hieronder).";
        } else if (parsed.issues().stream().noneMatch(issue -> issue.sheet() != null && issue.cell() != null)) {
            // Nothing to mark: the copy would be the sender's own file with this list in front. Writing it
            // loads the whole workbook, and a month's deliveries that each replace a version all warn so.
            note = "Er is geen gemarkeerde kopie van uw bestand gemaakt: geen van de meldingen hieronder betreft een cel.";
        } else if (result.file().size() > maxMarkedCopyBytes) {
            note = "Er is geen gemarkeerde kopie van uw bestand gemaakt, omdat het groter is dan " + maxMarkedCopyBytes
                    + " bytes (" + result.file().size() + " bytes). De meldingen hieronder noemen blad en cel.";
        } else {
            try {
                MarkedUpWorkbook.write(result.file().path(), folder, result.file().name(), parsed.issues());
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                log.warn("Could not write a marked-up copy of {}: {}", InboxScanner.printable(result.file().name()), e.toString());
                note = "Er kon geen gemarkeerde kopie van uw bestand worden gemaakt; de meldingen hieronder noemen blad en cel.";
            }
        }
        if (note != null) {
            MarkedUpWorkbook.removeEarlier(folder, result.file().name());
        }
        return FeedbackWorkbook.write(folder, result.file().name(), rejected, parsed.issues(), note);
    }

    /** What the file holds, in the words of the progress line: "14 maatregelen" or "2 verdeelsleutels". */
    static String contents(ParsedWorkbook parsed) {
        if (parsed.facts() instanceof ProposalFacts p) {
            return count(p.measures().size(), "measure");
        }
        if (parsed.facts() instanceof RealisationFacts r) {
            // a ledger extract alone realises its measures too, so its bookings count as well
            long measures = Stream.concat(r.realisations().stream().map(Realisation::measureNumber),
                    r.bookingTotals().stream().map(BookingTotal::measureNumber)).distinct().count();
            return count(measures, "measure")
                    + (r.budgetLines().isEmpty() ? "" : ", " + count(r.budgetLines().size(), "budget line"));
        }
        if (parsed.facts() instanceof KeyFacts k) {
            return count(k.keys().size(), "distribution key");
        }
        return count(0, "measure");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
