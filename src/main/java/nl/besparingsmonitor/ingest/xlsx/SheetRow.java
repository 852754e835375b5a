package nl.besparingsmonitor.ingest.xlsx;

import java.util.List;

/**
 * The non-empty cells of one row, in column order.
 *
 * @param hidden the row is hidden in Excel (its data still counts)
 */
public record SheetRow(int index, List<SheetCell> cells, boolean hidden) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public SheetCell cell(int column) {
        for (SheetCell c : cells) {
            if (c.column() == column) {
                return c;
            }
            if (c.column() > column) {
                return null;
            }
        }
        return null;
    }

    public boolean isBlank() {
        for (SheetCell c : cells) {
            if (!(c.isText() && c.text().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** The first cell holding text, or null: a {@code Totaal} row is recognised by it. */
    public SheetCell firstTextCell() {
        for (SheetCell c : cells) {
            if (c.isText() && !c.text().isBlank()) {
                return c;
            }
        }
        return null;
    }

    /** Excel row number as users see it (1-based). */
    public int number() {
        return index + 1;
    }
}
