package nl.besparingsmonitor.ingest.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Repeats the value of a merged range into the cells it covers. Finance sheets often merge a
 * Domein or Nummer cell over several lines; each of those lines means that value.
 */
final class MergedCells {

    private MergedCells() {
    }

    static List<SheetRow> expand(List<SheetRow> rows, List<String> ranges) {
        if (ranges.isEmpty()) {
            return rows;
        }
        TreeMap<Integer, SheetRow> byIndex = new TreeMap<>();
        rows.forEach(r -> byIndex.put(r.index(), r));
        for (String range : ranges) {
            String[] ends = range.split(":");
            if (ends.length != 2) {
                continue;
            }
            int r1 = CellRefs.rowOf(ends[0]), c1 = CellRefs.columnOf(ends[0]);
            int r2 = CellRefs.rowOf(ends[1]), c2 = CellRefs.columnOf(ends[1]);
            SheetRow top = byIndex.get(r1);
            SheetCell source = top == null ? null : top.cell(c1);
            // Only text is repeated: repeating an amount would count it once per covered cell.
            if (source == null || !source.isText() || r2 < r1 || c2 < c1 || (long) (r2 - r1 + 1) * (c2 - c1 + 1) > 10_000) {
                continue;
            }
            for (int r = r1; r <= r2; r++) {
                for (int c = c1; c <= c2; c++) {
                    if (r == r1 && c == c1) {
                        continue;
                    }
                    SheetRow row = byIndex.get(r);
                    if (row == null) {
                        row = new SheetRow(r, List.of(), false);
                    }
                    if (row.cell(c) == null) {
                        List<SheetCell> cells = new ArrayList<>(row.cells());
                        cells.add(source.movedTo(r, c));
                        cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
                        byIndex.put(r, new SheetRow(r, cells, row.hidden()));
                    }
                }
            }
        }
        return new ArrayList<>(byIndex.values());
    }
}
