package nl.besparingsmonitor.ingest.xlsx;

import java.time.Duration;

/** Counts what reading a workbook costs and stops it, with a Dutch message, as soon as a limit is passed. */
final class ReadGuard {

    private final ReadLimits limits;
    private final long startNanos = System.nanoTime();
    private long cells;

    ReadGuard(ReadLimits limits) {
        this.limits = limits;
    }

    int maxTextLength() {
        return limits.maxTextLength();
    }

    void row(String sheet, long rowsInSheet) {
        if (rowsInSheet > limits.maxRowsPerSheet()) {
            throw new WorkbookReadException("Limiet rijen per blad", sheet,
                    "Het blad heeft meer dan " + limits.maxRowsPerSheet() + " rijen (limiet: "
                            + limits.maxRowsPerSheet() + ").", null);
        }
        if ((rowsInSheet & 1023) == 0) {
            checkTime(sheet);
        }
    }

    void cell() {
        if (++cells > limits.maxCellsPerFile()) {
            throw new WorkbookReadException("Limiet cellen per bestand",
                    "Het bestand heeft meer dan " + limits.maxCellsPerFile() + " gevulde cellen (limiet: "
                            + limits.maxCellsPerFile() + ").");
        }
    }

    void textTooLong(String sheet, String cellRef) {
        throw new WorkbookReadException("Limiet tekstlengte", sheet,
                "Cel " + cellRef + " bevat meer dan " + limits.maxTextLength() + " tekens.", null);
    }

    void checkTime(String sheet) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        if (elapsed.compareTo(limits.maxTimePerFile()) > 0) {
            throw new WorkbookReadException("Limiet verwerkingstijd", sheet,
                    "Het lezen duurde langer dan " + limits.maxTimePerFile().toSeconds() + " seconden (limiet).", null);
        }
    }

    long cells() {
        return cells;
    }
}
