package nl.besparingsmonitor.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import nl.besparingsmonitor.ingest.xlsx.ReadLimits;

/**
 * Settings under {@code monitor.*}.
 *
 * @param inbox folder the workbooks are dropped into
 * @param output folder for the consolidated report and run summary
 * @param rejected folder for feedback on rejected files; default {@code <inbox>/../rejected}
 * @param mode {@code once} (one consolidation, then exit) or {@code service}
 * @param tolerance monitoring tolerance as a fraction (0.05 = 5%)
 * @param horizonYear last year for structural measures without end date when a workbook gives none
 * @param restart restart the last failed run instead of starting a new one
 * @param ingestThreads workbooks read at the same time; files are independent, so this scales with cores
 * @param extractThreads municipal extracts written at the same time (each needs a few MB of heap)
 * @param archive service mode: where processed files are moved, in a folder per day; default
 *                {@code <inbox>/../archive}
 * @param watch service mode: how the inbox is watched
 * @param schedule service mode: when the nightly run starts
 * @param lock how a run waits for another run that holds the run lock
 */
@ConfigurationProperties("monitor")
public record MonitorProperties(
        Path inbox,
        Path output,
        Path rejected,
        @DefaultValue("once") String mode,
        @DefaultValue("0.05") BigDecimal tolerance,
        @DefaultValue("2028") int horizonYear,
        @DefaultValue("false") boolean restart,
        @DefaultValue("2") int ingestThreads,
        @DefaultValue("2") int extractThreads,
        @DefaultValue Limits limits,
        Path archive,
        @DefaultValue Watch watch,
        @DefaultValue Schedule schedule,
        @DefaultValue Lock lock) {

    public boolean serviceMode() {
        return "service".equalsIgnoreCase(mode);
    }

    public Path archiveFolder() {
        return archive != null ? archive : besideInbox("archive");
    }

    public Path rejectedFolder() {
        return rejected != null ? rejected : besideInbox("rejected");
    }

    private Path besideInbox(String name) {
        Path parent = inbox.toAbsolutePath().normalize().getParent();
        return (parent == null ? inbox.toAbsolutePath() : parent).resolve(name);
    }

    /**
     * Limits on one workbook (see README, Security). A file over a limit is rejected with the limit and
     * the measured value in its feedback.
     *
     * @param maxFileBytes size of the file (default 50 MB)
     * @param maxRowsPerSheet rows of one sheet (default 1,100,000: a million bookings fit)
     * @param maxCellsPerFile non-empty cells of a file (default 12,000,000)
     * @param maxTextLength characters in one cell (default 32,767, Excel's own maximum)
     * @param maxTimePerFile time to read one file (default 5 minutes)
     * @param maxEntryBytes uncompressed size of one part of the zip package (default 1 GB); also
     *                      POI's {@code ZipSecureFile.setMaxEntrySize}
     * @param minInflateRatio smallest compressed/uncompressed ratio of a part (default 0.01 = 1:100);
     *                        also POI's {@code ZipSecureFile.setMinInflateRatio}
     * @param maxSharedTextBytes heap the shared strings table of one file may take (default 0: a quarter
     *                           of the heap divided over the ingest threads, 64 MB each for 2 threads in
     *                           {@code -Xmx512m}; a million booking descriptions of 35 characters need 41 MB)
     */
    public record Limits(
            @DefaultValue("52428800") long maxFileBytes,
            @DefaultValue("1100000") long maxRowsPerSheet,
            @DefaultValue("12000000") long maxCellsPerFile,
            @DefaultValue("32767") int maxTextLength,
            @DefaultValue("5m") Duration maxTimePerFile,
            @DefaultValue("20971520") long maxMarkedCopyBytes,
            @DefaultValue("1073741824") long maxEntryBytes,
            @DefaultValue("0.01") double minInflateRatio,
            @DefaultValue("0") long maxSharedTextBytes) {

        /** The limits for files read by {@code readingThreads} threads at once in a heap of {@code maxHeapBytes}. */
        public ReadLimits toReadLimits(int readingThreads, long maxHeapBytes) {
            long sharedTexts = maxSharedTextBytes > 0 ? maxSharedTextBytes
                    : ReadLimits.sharedTextBytesFor(readingThreads, maxHeapBytes);
            return new ReadLimits(maxFileBytes, maxRowsPerSheet, maxCellsPerFile, maxTextLength, maxTimePerFile,
                    maxEntryBytes, minInflateRatio, sharedTexts);
        }
    }

    /**
     * @param quietPeriod a run starts this long after the last new or changed file in the inbox; a
     *                    file changed more recently is left for the next run (still being written)
     * @param pollInterval how often the inbox is looked at (polling works on network shares, where
     *                     file-system events often do not arrive)
     */
    public record Watch(
            @DefaultValue("2m") Duration quietPeriod,
            @DefaultValue("5s") Duration pollInterval) {
    }

    /** @param cron Spring cron expression (second minute hour day month weekday) for the nightly run */
    public record Schedule(
            @DefaultValue("0 0 2 * * *") String cron,
            @DefaultValue("Europe/Amsterdam") String zone) {
    }

    /**
     * @param maxWait how long a run waits for the run lock before it skips (0 = skip at once)
     * @param lease a lock whose holder has not renewed it for this long is taken over (its process died)
     */
    public record Lock(
            @DefaultValue("30m") Duration maxWait,
            @DefaultValue("2m") Duration lease) {
    }
}
