package nl.besparingsmonitor.ingest.xlsx;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Repeats the value of a merged range into the cells it covers. Finance sheets often merge a
 * Domein or Nummer cell over several lines; each of those lines means that value.
 * The work is bounded: at most {@link #MAX_RANGES} ranges, ranges over {@link #MAX_RANGE_CELLS}
 * cells are left alone (they are titles or layout, not data), and all ranges of a sheet together
 * may fill at most {@link #MAX_FILLED_CELLS} cells, so merges cannot be used to multiply a small
 * sheet into millions of cells.
 */
final class MergedCells {

    static final int MAX_RANGES = 10_000;
    static final int MAX_RANGE_CELLS = 10_000;
    static final long MAX_FILLED_CELLS = 1_000_000;

    private MergedCells() {
    }

    static List<SheetRow> expand(String sheet, List<SheetRow> rows, List<String> ranges) {
        if (ranges.isEmpty()) {
            return rows;
        }
        Map<Integer, SheetRow> byIndex = new HashMap<>();
        rows.forEach(r -> byIndex.put(r.index(), r));
        Map<Integer, BitSet> occupied = new HashMap<>();
        Map<Integer, TreeMap<Integer, SheetCell>> added = new HashMap<>();
        long filled = 0;
        for (String range : ranges) {
            String[] ends = range.split(":");
            if (ends.length != 2) {
                continue;
            }
            int r1 = CellRefs.rowOf(ends[0]), c1 = CellRefs.columnOf(ends[0]);
            int r2 = CellRefs.rowOf(ends[1]), c2 = CellRefs.columnOf(ends[1]);
            if (r1 < 0 || c1 < 0 || r2 < r1 || c2 < c1) {
                continue;
            }
            long area = (long) (r2 - r1 + 1) * (c2 - c1 + 1);
            SheetRow top = byIndex.get(r1);
            SheetCell source = top == null ? null : top.cell(c1);
            // Only text is repeated: repeating an amount would count it once per covered cell.
            if (source == null || !source.isText() || area > MAX_RANGE_CELLS) {
                continue;
            }
            filled += area - 1;
            if (filled > MAX_FILLED_CELLS) {
                throw new WorkbookReadException("Limiet samengevoegde cellen", sheet,
                        "De samengevoegde cellen van blad '" + sheet + "' beslaan samen meer dan "
                                + Measures.count(MAX_FILLED_CELLS) + " cellen (gemeten: " + Measures.count(filled)
                                + " toen het lezen stopte; limiet: " + Measures.count(MAX_FILLED_CELLS) + ").", null);
            }
            for (int r = r1; r <= r2; r++) {
                BitSet taken = occupied.computeIfAbsent(r, index -> columnsOf(byIndex.get(index)));
                for (int c = c1; c <= c2; c++) {
                    if (!taken.get(c)) {
                        taken.set(c);
                        added.computeIfAbsent(r, index -> new TreeMap<>()).put(c, source.movedTo(r, c));
                    }
                }
            }
        }
        if (added.isEmpty()) {
            return rows;
        }
        TreeSet<Integer> indexes = new TreeSet<>(byIndex.keySet());
        indexes.addAll(added.keySet());
        List<SheetRow> result = new ArrayList<>(indexes.size());
        for (int index : indexes) {
            SheetRow row = byIndex.get(index);
            TreeMap<Integer, SheetCell> extra = added.get(index);
            if (extra == null) {
                result.add(row);
                continue;
            }
            List<SheetCell> cells = new ArrayList<>(row == null ? List.of() : row.cells());
            cells.addAll(extra.values());
            cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
            result.add(new SheetRow(index, cells, row != null && row.hidden()));
        }
        return result;
    }

    private static BitSet columnsOf(SheetRow row) {
        BitSet columns = new BitSet();
        if (row != null) {
            row.cells().forEach(c -> columns.set(c.column()));
        }
        return columns;
    }
}
