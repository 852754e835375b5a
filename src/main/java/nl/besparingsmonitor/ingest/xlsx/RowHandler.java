package nl.besparingsmonitor.ingest.xlsx;

/** Receives the rows of a sheet one by one while it is streamed, so a sheet is never held whole. */
@FunctionalInterface
public interface RowHandler {

    void row(SheetRow row);
}
