package nl.besparingsmonitor.ingest.xlsx;

import java.time.Duration;

/**
 * Bounds on what reading one workbook may cost, so that a hostile or broken file is rejected
 * instead of exhausting memory, disk or time. Every limit that a file passes is named, with the
 * measured value, in the Dutch rejection message.
 *
 * @param maxFileBytes size of the file on disk
 * @param maxRowsPerSheet rows of one sheet, blank formatted rows included
 * @param maxCellsPerFile non-empty cells of the whole file
 * @param maxTextLength characters of one cell (Excel's own maximum is 32,767)
 * @param maxTimePerFile wall-clock time to read one file
 * @param maxEntryBytes uncompressed size of one part of the zip package (a sheet, the shared strings)
 * @param minInflateRatio smallest allowed compressed/uncompressed ratio of a part (0.01 = 1:100)
 * @param maxSharedTextBytes heap the shared strings table of one file may take (texts are kept as
 *                           UTF-8, see {@link CompactTexts}); a file is read whole, so this bounds what
 *                           one reading thread holds
 */
public record ReadLimits(long maxFileBytes, long maxRowsPerSheet, long maxCellsPerFile,
                         int maxTextLength, Duration maxTimePerFile, long maxEntryBytes, double minInflateRatio,
                         long maxSharedTextBytes) {

    public static final long DEFAULT_MAX_ENTRY_BYTES = 1024L * 1024 * 1024;
    public static final double DEFAULT_MIN_INFLATE_RATIO = 0.01;
    /** The automatic value for 2 threads in -Xmx512m; a million booking descriptions of 35 characters take 41 MB. */
    public static final long DEFAULT_MAX_SHARED_TEXT_BYTES = 64L * 1024 * 1024;
    /** {@link CompactTexts} numbers its 256 KB blocks in the 14 high bits of an int (4 GB). */
    static final long MOST_SHARED_TEXT_BYTES = 2L * 1024 * 1024 * 1024;

    public ReadLimits {
        if (maxFileBytes <= 0 || maxRowsPerSheet <= 0 || maxCellsPerFile <= 0 || maxTextLength <= 0
                || maxEntryBytes <= 0 || maxTimePerFile == null || maxTimePerFile.isNegative() || maxTimePerFile.isZero()
                || !(minInflateRatio >= 0 && minInflateRatio < 1)
                || maxSharedTextBytes <= 0 || maxSharedTextBytes > MOST_SHARED_TEXT_BYTES) {
            throw new IllegalArgumentException("Invalid read limits: " + maxFileBytes + ", " + maxRowsPerSheet + ", "
                    + maxCellsPerFile + ", " + maxTextLength + ", " + maxTimePerFile + ", " + maxEntryBytes + ", "
                    + minInflateRatio + ", " + maxSharedTextBytes);
        }
    }

    /**
     * Defaults sized for the largest legitimate file: a Boekingen sheet of about a million rows, some
     * 30 MB compressed and a few hundred MB of sheet XML.
     */
    public static ReadLimits defaults() {
        return new ReadLimits(50L * 1024 * 1024, 1_100_000, 12_000_000, 32_767, Duration.ofMinutes(5),
                DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MIN_INFLATE_RATIO, DEFAULT_MAX_SHARED_TEXT_BYTES);
    }

    /**
     * A quarter of the heap divided over the threads that read files at the same time. Files read
     * ahead may take another quarter ({@code ConsolidationJobConfiguration.filesReadAhead}); the rest is
     * left for storing, the calculation and the report.
     */
    public static long sharedTextBytesFor(int readingThreads, long maxHeapBytes) {
        return Math.max(1, Math.min(MOST_SHARED_TEXT_BYTES, maxHeapBytes / 4 / Math.max(1, readingThreads)));
    }

    public ReadLimits withMaxFileBytes(long value) {
        return new ReadLimits(value, maxRowsPerSheet, maxCellsPerFile, maxTextLength, maxTimePerFile, maxEntryBytes,
                minInflateRatio, maxSharedTextBytes);
    }

    public ReadLimits withMaxRowsPerSheet(long value) {
        return new ReadLimits(maxFileBytes, value, maxCellsPerFile, maxTextLength, maxTimePerFile, maxEntryBytes,
                minInflateRatio, maxSharedTextBytes);
    }

    public ReadLimits withMaxCellsPerFile(long value) {
        return new ReadLimits(maxFileBytes, maxRowsPerSheet, value, maxTextLength, maxTimePerFile, maxEntryBytes,
                minInflateRatio, maxSharedTextBytes);
    }

    public ReadLimits withMaxTimePerFile(Duration value) {
        return new ReadLimits(maxFileBytes, maxRowsPerSheet, maxCellsPerFile, maxTextLength, value, maxEntryBytes,
                minInflateRatio, maxSharedTextBytes);
    }

    public ReadLimits withMaxEntryBytes(long value) {
        return new ReadLimits(maxFileBytes, maxRowsPerSheet, maxCellsPerFile, maxTextLength, maxTimePerFile, value,
                minInflateRatio, maxSharedTextBytes);
    }

    public ReadLimits withMaxSharedTextBytes(long value) {
        return new ReadLimits(maxFileBytes, maxRowsPerSheet, maxCellsPerFile, maxTextLength, maxTimePerFile,
                maxEntryBytes, minInflateRatio, value);
    }
}
