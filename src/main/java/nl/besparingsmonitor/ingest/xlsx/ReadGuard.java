package nl.besparingsmonitor.ingest.xlsx;

import java.time.Duration;

/**
 * Counts what reading a workbook costs and stops it, with a Dutch message naming the limit and the
 * measured value, as soon as a limit is passed. The clock starts when the file is opened and is
 * checked every few thousand XML elements, so no part of a file (a sheet, one giant row, the shared
 * strings) can keep a run busy beyond the time limit.
 */
final class ReadGuard {

    /** Excel's own maximum number of columns; a row can have no more cells than that. */
    static final int MAX_CELLS_PER_ROW = 16_384;
    /** Excel's own maximum number of rows. */
    static final int MAX_ROW_NUMBER = 1_048_576;
    private static final int TIME_CHECK_EVERY = 4_096;

    private final ReadLimits limits;
    private final long startNanos = System.nanoTime();
    private long cells;
    private long ticks;

    ReadGuard(ReadLimits limits) {
        this.limits = limits;
    }

    int maxTextLength() {
        return limits.maxTextLength();
    }

    ReadLimits limits() {
        return limits;
    }

    /** Called for every XML element read: checks the clock now and then. */
    void tick(String where) {
        if ((++ticks % TIME_CHECK_EVERY) == 0) {
            checkTime(where);
        }
    }

    void row(String sheet, long rowsInSheet) {
        if (rowsInSheet > limits.maxRowsPerSheet()) {
            throw new WorkbookReadException("Limiet rijen per blad", sheet,
                    "Blad '" + sheet + "' heeft meer dan " + Measures.count(limits.maxRowsPerSheet())
                            + " rijen (gemeten: " + Measures.count(rowsInSheet) + " toen het lezen stopte; limiet: "
                            + Measures.count(limits.maxRowsPerSheet()) + ").", null);
        }
    }

    void cell() {
        if (++cells > limits.maxCellsPerFile()) {
            throw new WorkbookReadException("Limiet cellen per bestand",
                    "Het bestand heeft meer dan " + Measures.count(limits.maxCellsPerFile()) + " gevulde cellen (gemeten: "
                            + Measures.count(cells) + " toen het lezen stopte; limiet: "
                            + Measures.count(limits.maxCellsPerFile()) + ").");
        }
    }

    void cellsInRow(String sheet, int rowNumber, int cellsInRow) {
        if (cellsInRow > MAX_CELLS_PER_ROW) {
            throw new WorkbookReadException("Limiet cellen per rij", sheet,
                    "Rij " + rowNumber + " van blad '" + sheet + "' heeft meer dan " + Measures.count(MAX_CELLS_PER_ROW)
                            + " cellen (gemeten: " + Measures.count(cellsInRow) + "; limiet: "
                            + Measures.count(MAX_CELLS_PER_ROW) + ", het maximum van Excel).", null);
        }
    }

    void textTooLong(String sheet, String where, long measured) {
        throw new WorkbookReadException("Limiet tekstlengte", sheet,
                (where == null ? "Een cel" : "Cel " + where) + " in '" + sheet + "' bevat meer dan "
                        + Measures.count(limits.maxTextLength()) + " tekens (gemeten: ten minste " + Measures.count(measured)
                        + "; limiet: " + Measures.count(limits.maxTextLength()) + ").", null);
    }

    void sharedStrings(long count, long bytesHeld) {
        if (count > limits.maxCellsPerFile()) {
            throw new WorkbookReadException("Limiet gedeelde teksten",
                    "De tabel met gedeelde teksten heeft meer dan " + Measures.count(limits.maxCellsPerFile())
                            + " teksten (gemeten: " + Measures.count(count) + " toen het lezen stopte; limiet: "
                            + Measures.count(limits.maxCellsPerFile()) + ").");
        }
        if (bytesHeld > limits.maxSharedTextBytes()) {
            throw new WorkbookReadException("Limiet gedeelde teksten",
                    "De tabel met gedeelde teksten vraagt meer dan " + Measures.bytes(limits.maxSharedTextBytes())
                            + " geheugen (gemeten: " + Measures.bytes(bytesHeld) + " bij tekst nummer "
                            + Measures.count(count) + ", toen het lezen stopte; limiet: "
                            + Measures.bytes(limits.maxSharedTextBytes()) + "). Lever de boekingen in delen aan, "
                            + "of vraag de beheerder de limiet te verhogen.");
        }
    }

    void checkTime(String where) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        if (elapsed.compareTo(limits.maxTimePerFile()) > 0) {
            throw new WorkbookReadException("Limiet verwerkingstijd", where,
                    "Het lezen van het bestand duurde langer dan " + seconds(limits.maxTimePerFile())
                            + " (gemeten: " + seconds(elapsed) + " toen het lezen stopte, bij '" + where + "'; limiet: "
                            + seconds(limits.maxTimePerFile()) + ").", null);
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? Measures.count(ms / 1000) + " seconden"
                : String.format(java.util.Locale.forLanguageTag("nl-NL"), "%.2f seconden", ms / 1000.0);
    }

    long cells() {
        return cells;
    }
}
