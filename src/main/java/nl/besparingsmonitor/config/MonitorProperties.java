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
        @DefaultValue Limits limits) {

    public Path rejectedFolder() {
        if (rejected != null) {
            return rejected;
        }
        Path parent = inbox.toAbsolutePath().normalize().getParent();
        return (parent == null ? inbox.toAbsolutePath() : parent).resolve("rejected");
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
     */
    public record Limits(
            @DefaultValue("52428800") long maxFileBytes,
            @DefaultValue("1100000") long maxRowsPerSheet,
            @DefaultValue("12000000") long maxCellsPerFile,
            @DefaultValue("32767") int maxTextLength,
            @DefaultValue("5m") Duration maxTimePerFile,
            @DefaultValue("20971520") long maxMarkedCopyBytes,
            @DefaultValue("1073741824") long maxEntryBytes,
            @DefaultValue("0.01") double minInflateRatio) {

        public ReadLimits toReadLimits() {
            return new ReadLimits(maxFileBytes, maxRowsPerSheet, maxCellsPerFile, maxTextLength, maxTimePerFile,
                    maxEntryBytes, minInflateRatio);
        }
    }
}
