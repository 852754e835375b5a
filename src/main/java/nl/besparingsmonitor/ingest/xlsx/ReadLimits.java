package nl.besparingsmonitor.ingest.xlsx;

import java.time.Duration;

/**
 * Bounds on what reading one workbook may cost, so that a hostile or broken file is rejected
 * instead of exhausting memory or time.
 */
public record ReadLimits(long maxFileBytes, long maxRowsPerSheet, long maxCellsPerFile,
                         int maxTextLength, Duration maxTimePerFile) {

    public static ReadLimits defaults() {
        return new ReadLimits(50L * 1024 * 1024, 1_100_000, 12_000_000, 32_767, Duration.ofMinutes(5));
    }
}
