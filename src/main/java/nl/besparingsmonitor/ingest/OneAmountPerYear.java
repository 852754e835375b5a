package nl.besparingsmonitor.ingest;

import java.util.HashMap;
import java.util.Map;

import nl.besparingsmonitor.ingest.xlsx.SheetCell;

/**
 * A table row names a line (a budget post, a measure's realised savings, a domain's target); each
 * line has one amount per year. A second amount for the same line and year is an error naming both
 * cells: summed, a copied row would double a budget or a target without anyone seeing it, and which
 * of the two is meant only the sender knows.
 */
final class OneAmountPerYear {

    private final CellReader cells;
    private final String expected;
    private final Map<Object, String> firstCells = new HashMap<>();

    /** @param expected what the sheet allows, as the feedback's "verwacht": "één bedrag per post, domein, soort en jaar" */
    OneAmountPerYear(CellReader cells, String expected) {
        this.cells = cells;
        this.expected = expected;
    }

    /**
     * Whether this cell is the first amount of its line and year; when it is not, it is reported.
     *
     * @param line     the line the row names, a value with equals
     * @param lineName how the message names it: "post 'Wmo begeleiding' (Wmo, Begroting)"
     */
    boolean first(Object line, String lineName, int year, SheetCell cell) {
        String first = firstCells.putIfAbsent(new Key(line, year), cell.ref());
        if (first == null) {
            return true;
        }
        cells.report().error(cells.sheet(), cell.ref(), "Dubbel bedrag", CellReader.typedAmount(cell), expected,
                "Cel " + cell.ref() + " is een tweede bedrag voor " + lineName + " in " + year + "; het eerste staat in "
                        + first + ". Zet het bedrag in één cel (tel ze zo nodig op) of verwijder de dubbele regel.");
        return false;
    }

    private record Key(Object line, int year) {
    }
}
