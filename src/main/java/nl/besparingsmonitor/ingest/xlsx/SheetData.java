package nl.besparingsmonitor.ingest.xlsx;

import java.util.List;
import java.util.Set;

/**
 * A small sheet read whole: its rows with merged values repeated into every cell they cover,
 * and which columns are hidden.
 */
public record SheetData(String name, List<SheetRow> rows, Set<Integer> hiddenColumns) {

    public SheetData {
        rows = List.copyOf(rows);
        hiddenColumns = Set.copyOf(hiddenColumns);
    }
}
