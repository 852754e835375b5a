package nl.besparingsmonitor.schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import nl.besparingsmonitor.config.MonitorProperties;
import nl.besparingsmonitor.ingest.InboxFile;
import nl.besparingsmonitor.run.CompletedRunHandler;
import nl.besparingsmonitor.store.FactStore;
import nl.besparingsmonitor.store.FileOutcome;
import nl.besparingsmonitor.store.ReceivedFileRecord;
import nl.besparingsmonitor.store.RunRecords;

/**
 * Service mode: after a run, moves the files it stored out of the inbox, accepted ones to
 * {@code archive/<date>/}, rejected ones to the rejected folder next to their feedback workbook.
 * This happens only after the database commit. If the process dies in between, the files are still
 * in the inbox; the next run recognises their hash, records them as skipped and moves them then
 * (by what became of their content the first time), so nothing is loaded twice or lost.
 * A file that changed since it was read (same name, other content) stays for the next run.
 */
@Component
@ConditionalOnProperty(name = "monitor.mode", havingValue = "service")
class ProcessedFileMover implements CompletedRunHandler {

    private static final Logger log = LoggerFactory.getLogger(ProcessedFileMover.class);

    private final RunRecords runRecords;
    private final FactStore factStore;
    private final MonitorProperties properties;

    ProcessedFileMover(RunRecords runRecords, FactStore factStore, MonitorProperties properties) {
        this.runRecords = runRecords;
        this.factStore = factStore;
        this.properties = properties;
    }

    @Override
    public void runEnded(JobExecution execution) {
        JobParameters parameters = execution.getJobParameters();
        Path inbox = Path.of(parameters.getString("inbox"));
        Path rejected = Path.of(parameters.getString("rejected"));
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochMilli(parameters.getLong("run.time")),
                ZoneId.of(properties.schedule().zone()));
        Path archive = properties.archiveFolder().toAbsolutePath().normalize().resolve(day.toString());
        int moved = 0;
        for (ReceivedFileRecord file : runRecords.filesOfRun(execution.getJobInstance().getInstanceId())) {
            Path source = inbox.resolve(file.fileName());
            try {
                if (Files.exists(source) && moveIfUnchanged(source, file, rejected, archive)) {
                    moved++;
                }
            } catch (IOException | UncheckedIOException e) {
                log.warn("{} could not be moved out of the inbox ({}); the next run will try again", file.fileName(), e.toString());
            }
        }
        if (moved > 0) {
            log.info("Moved {} processed files out of {} (accepted to {}, rejected to {})", moved, inbox, archive, rejected);
        }
    }

    private boolean moveIfUnchanged(Path source, ReceivedFileRecord file, Path rejected, Path archive) throws IOException {
        if (!InboxFile.of(source).sha256().equals(file.sha256())) {
            log.info("{} changed after it was read; left in the inbox for the next run", file.fileName());
            return false;
        }
        Path folder = outcome(file) == FileOutcome.REJECTED ? rejected : archive;
        Path target = move(source, folder);
        log.debug("Moved {} to {}", source, target);
        return true;
    }

    /** A skipped file goes where its content went the first time. */
    private FileOutcome outcome(ReceivedFileRecord file) {
        if (file.outcome() != FileOutcome.SKIPPED) {
            return file.outcome();
        }
        return factStore.findProcessed(file.sha256()).map(FactStore.PreviousReceipt::outcome).orElse(FileOutcome.ACCEPTED);
    }

    static Path move(Path source, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = freeName(folder, source.getFileName().toString());
        try {
            return Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // archive on another file system: copy, then remove the original
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            Files.delete(source);
            return target;
        }
    }

    /** {@code name}, or {@code name (2).xlsx} ... when a file of that name is already there. */
    static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(stem + " (" + i + ")" + extension);
        }
        return target;
    }
}
