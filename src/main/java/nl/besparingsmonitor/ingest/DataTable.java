package nl.besparingsmonitor.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.ingest.xlsx.CellRefs;
import nl.besparingsmonitor.ingest.xlsx.SheetCell;
import nl.besparingsmonitor.ingest.xlsx.SheetData;
import nl.besparingsmonitor.ingest.xlsx.SheetRow;
import nl.besparingsmonitor.validation.DutchAmounts;
import nl.besparingsmonitor.validation.HeaderNames;
import nl.besparingsmonitor.validation.ParsedAmount;
import nl.besparingsmonitor.validation.ValidationReport;

/**
 * A data sheet split into its header, its data rows and its {@code Totaal} control rows
 * (domain rule 9: checked against the rows above them, never loaded as data).
 */
final class DataTable {

    /** The header is the first row that has every required column; it must be near the top. */
    static final int HEADER_SEARCH_ROWS = 30;

    private final List<SheetRow> rowsToHeader;
    private final TableHeader header;
    private final List<SheetRow> dataRows;
    private final List<SheetRow> unreadableRows;
    private final List<Block> blocks;

    private DataTable(List<SheetRow> rowsToHeader, TableHeader header, List<SheetRow> dataRows,
                      List<SheetRow> unreadableRows, List<Block> blocks) {
        this.rowsToHeader = rowsToHeader;
        this.header = header;
        this.dataRows = dataRows;
        this.unreadableRows = unreadableRows;
        this.blocks = blocks;
    }

    /** A run of data rows closed by a Totaal row. */
    record Block(List<SheetRow> rows, SheetRow total) {
    }

    static DataTable read(SheetData sheet, List<ColumnSpec> specs, boolean withYears, ValidationReport report) {
        TableHeader header = locateHeader(sheet.name(), sheet.rows(), specs, withYears, report);
        if (header == null) {
            return null;
        }
        List<SheetRow> rowsToHeader = new ArrayList<>();
        List<SheetRow> data = new ArrayList<>();
        List<SheetRow> unreadableRows = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<SheetRow> block = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            if (row.index() <= header.row().index()) {
                rowsToHeader.add(row);
                continue;
            }
            if (row.isBlank()) {
                continue;
            }
            boolean unreadable = formulasWithoutResult(sheet.name(), header, row, report);
            if (isTotalRow(row)) {
                if (!unreadable) {
                    blocks.add(new Block(List.copyOf(block), row));
                }
                block.clear();
                continue;
            }
            if (row.hidden()) {
                report.warning(sheet.name(), "A" + row.number(), "Verborgen rij", null, null,
                        "Rij " + row.number() + " is verborgen in Excel; de gegevens tellen wel mee.");
            }
            block.add(row);
            (unreadable ? unreadableRows : data).add(row);
        }
        warnExtraColumns(sheet.name(), header, specs, withYears, data, report);
        for (Integer col : header.yearColumns().values()) {
            if (sheet.hiddenColumns().contains(col)) {
                report.warning(sheet.name(), CellRefs.ref(header.row().index(), col), "Verborgen kolom", null, null,
                        "Kolom " + CellRefs.columnName(col) + " is verborgen in Excel; de bedragen tellen wel mee.");
            }
        }
        return new DataTable(rowsToHeader, header, data, unreadableRows, blocks);
    }

    /**
     * Reports every cell of the row in a column that is read whose formula has no stored result, and
     * whether there was one: such a row is not read further (its error is the one to fix), though it
     * still stands above a Totaal row, whose check then names it as unreadable.
     */
    static boolean formulasWithoutResult(String sheet, TableHeader header, SheetRow row, ValidationReport report) {
        boolean found = false;
        for (SheetCell cell : row.cells()) {
            if (cell.isFormulaWithoutResult()) {
                String column = header.nameOf(cell.column());
                if (column != null) {
                    CellReader.formulaWithoutResult(report, sheet, cell, CellReader.inColumn(cell, column));
                    found = true;
                }
            }
        }
        return found;
    }

    static TableHeader locateHeader(String sheet, List<SheetRow> rows, List<ColumnSpec> specs, boolean withYears,
                                    ValidationReport report) {
        TableHeader best = null;
        int scanned = 0;
        for (SheetRow row : rows) {
            if (++scanned > HEADER_SEARCH_ROWS) {
                break;
            }
            TableHeader candidate = TableHeader.match(row, specs, withYears);
            if (candidate.hasAllRequired(specs) && (!withYears || !candidate.yearColumns().isEmpty())) {
                return candidate;
            }
            if (best == null || candidate.requiredFound(specs) > best.requiredFound(specs)) {
                best = candidate;
            }
        }
        reportMissingHeader(sheet, best, specs, withYears, report);
        return null;
    }

    static void reportMissingHeader(String sheet, TableHeader best, List<ColumnSpec> specs, boolean withYears,
                                    ValidationReport report) {
        String expected = specs.stream().filter(ColumnSpec::required).map(ColumnSpec::name)
                .collect(Collectors.joining(", ")) + (withYears ? ", jaarkolommen (2021 t/m 2035)" : "");
        if (best == null || best.requiredFound(specs) == 0) {
            report.error(sheet, "A1", "Kopregel ontbreekt", null, expected,
                    "Blad '" + sheet + "' heeft geen kopregel met de verplichte kolommen: " + expected + ".");
            return;
        }
        // the headers it did not recognise are most often the column under another name: shown beside the names it knows
        String unrecognised = best.extraColumns().stream().filter(SheetCell::isText).map(c -> "'" + c.display() + "'")
                .collect(Collectors.joining(", "));
        for (String missing : best.missingRequired(specs)) {
            ColumnSpec spec = specs.stream().filter(c -> c.name().equals(missing)).findFirst().orElseThrow();
            String message = "Kolom '" + missing + "' ontbreekt in de kopregel (rij " + best.row().number() + ") van blad '"
                    + sheet + "'. Die kolom wordt herkend als " + String.join(", ", spec.names()) + "."
                    + (unrecognised.isEmpty() ? "" : " Niet herkend in die kopregel: " + unrecognised + ".");
            report.error(sheet, "A" + best.row().number(), "Verplichte kolom ontbreekt",
                    unrecognised.isEmpty() ? null : unrecognised, missing, message);
        }
        if (withYears && best.yearColumns().isEmpty()) {
            report.error(sheet, "A" + best.row().number(), "Jaarkolom ontbreekt", null, "minstens één jaarkolom (2021 t/m 2035)",
                    "Blad '" + sheet + "' heeft geen jaarkolom; verwacht minstens één kolom met een jaartal als kop.");
        }
    }

    /**
     * A column, or one of two, that the header lacks: reported at the header row's first cell, as every
     * missing column is, whichever reader finds it.
     */
    static void reportMissingColumn(String sheet, TableHeader header, String expected, String message,
                                    ValidationReport report) {
        report.error(sheet, "A" + header.row().number(), "Verplichte kolom ontbreekt", null, expected, message);
    }

    /**
     * Extra columns are ignored with a warning. A second column of a year is an error: it is most often
     * a mistyped year, whose amounts belong to another year, and reading either column would be a guess.
     * So is a column of amounts whose header is a year with text beside it ('2025 (raming)'): its amounts
     * are meant for that year. A note column such as 'Toelichting 2025' holds text and stays a warning.
     * A second column of a named contract column (an 'Opmerking' beside 'Toelichting') is usually a
     * second note, so it stays a warning that says which column is read.
     */
    static void warnExtraColumns(String sheet, TableHeader header, List<ColumnSpec> specs, boolean withYears,
                                         List<SheetRow> data, ValidationReport report) {
        for (SheetCell extra : header.extraColumns()) {
            Integer year = withYears ? TableHeader.writtenYear(extra) : null;
            Integer first = year == null ? null : header.yearColumns().get(year);
            ColumnSpec twin = specs.stream().filter(s -> s.matches(extra.display())).findFirst().orElse(null);
            if (twin != null) {
                // a second 'Opmerking' beside 'Toelichting' is common and harmless; the message says which is read
                String read = CellRefs.columnName(header.column(twin.name()));
                report.warning(sheet, extra.ref(), "Dubbele kolom", extra.display(), "één kolom '" + twin.name() + "'",
                        "Kolom " + CellRefs.columnName(extra.column()) + " ('" + extra.display()
                                + "') is een tweede kolom '" + twin.name() + "' naast kolom " + read + "; alleen kolom "
                                + read + " wordt gelezen.");
            } else if (first != null) {
                report.error(sheet, extra.ref(), "Dubbele jaarkolom", String.valueOf(year), "één kolom per jaar",
                        "Het jaar " + year + " staat twee keer in de kopregel van blad '" + sheet + "' (kolom "
                                + CellRefs.columnName(first) + " en kolom " + CellRefs.columnName(extra.column())
                                + "); welke bedragen gelden is niet te zeggen. Houd één kolom per jaar.");
            } else if (year != null) {
                String range = TableHeader.FIRST_YEAR + " t/m " + TableHeader.LAST_YEAR;
                report.warning(sheet, extra.ref(), "Jaar buiten bereik", String.valueOf(year), range,
                        "Kolom '" + year + "' is een jaar buiten " + range
                                + "; de bedragen in deze kolom worden niet ingelezen.");
            } else if (withYears && TableHeader.yearWithText(extra) != null && holdsAmounts(data, extra.column())) {
                // '2025 (raming)' is read by people as the 2025 column; dropping its amounts with a warning
                // left that year without figures in the report
                int meant = TableHeader.yearWithText(extra);
                report.error(sheet, extra.ref(), "Jaarkolom met tekst", extra.display(), "alleen het jaartal, zoals " + meant,
                        "Kolom " + CellRefs.columnName(extra.column()) + " heeft als kop '" + extra.display()
                                + "': een jaartal met tekst erbij. Een jaarkolom heeft alleen het jaartal als kop; zo "
                                + "wordt deze kolom niet als " + meant + " gelezen. Zet alleen " + meant
                                + " in de kop (een toelichting past in een eigen kolom of in blad Toelichting), of "
                                + "verwijder de kolom als de bedragen niet meetellen.");
            } else {
                report.warning(sheet, extra.ref(), "Extra kolom", extra.display(), null,
                        "Kolom '" + extra.display() + "' hoort niet bij het sjabloon en wordt genegeerd.");
            }
        }
    }

    /** Whether a data row has a number, an amount written as text or P.M./ntb in this column. */
    private static boolean holdsAmounts(List<SheetRow> data, int column) {
        for (SheetRow row : data) {
            SheetCell cell = row.cell(column);
            if (cell == null) {
                continue;
            }
            if (cell.isNumber()) {
                return true;
            }
            ParsedAmount parsed = DutchAmounts.parse(cell.display());
            if (parsed instanceof ParsedAmount.Value || parsed instanceof ParsedAmount.Unknown) {
                return true;
            }
        }
        return false;
    }

    static boolean isTotalRow(SheetRow row) {
        SheetCell first = row.firstTextCell();
        return first != null && HeaderNames.normalise(first.text()).startsWith("totaal");
    }

    TableHeader header() {
        return header;
    }

    List<SheetRow> dataRows() {
        return dataRows;
    }

    /** Data rows left out of {@link #dataRows()} because a formula in them has no stored result (reported). */
    List<SheetRow> unreadableRows() {
        return unreadableRows;
    }

    /** A unit stated above the table or in its header ('Bedragen x € 1.000') must be the workbook's Eenheid. */
    void checkStatedUnit(CellReader cells) {
        StatedUnit.check(rowsToHeader, cells);
    }

    /**
     * Checks every Totaal row against the sum of the entered amounts above it in its block, for the
     * given amount columns. A block with an unknown amount cannot be checked and says so.
     */
    void checkControlTotals(CellReader cells, Map<String, Integer> amountColumns) {
        for (Block block : blocks) {
            for (Map.Entry<String, Integer> column : amountColumns.entrySet()) {
                SheetCell totalCell = block.total().cell(column.getValue());
                Amount total = cells.entered(totalCell, column.getKey());
                if (total == null) {
                    continue;
                }
                Amount sum = Amount.ZERO;
                SheetCell unreadable = null;
                for (SheetRow row : block.rows()) {
                    SheetCell cell = row.cell(column.getValue());
                    Amount a = cells.summand(cell, column.getKey());
                    if (a != null) {
                        sum = sum.plus(a);
                    } else if (unreadable == null && !CellReader.holdsNoAmount(cell)) {
                        unreadable = cell;
                    }
                }
                if (unreadable != null) {
                    // its own error is reported with its row; a sum without it would blame a total that may be right
                    cells.report().warning(cells.sheet(), totalCell.ref(), "Totaalregel niet te controleren",
                            CellReader.typedAmount(totalCell), null, "De totaalregel in cel " + totalCell.ref()
                                    + " kan niet worden gecontroleerd omdat cel " + unreadable.ref()
                                    + " erboven geen geldig bedrag bevat.");
                } else if (sum.unknown() || total.unknown()) {
                    cells.report().warning(cells.sheet(), totalCell.ref(), "Totaalregel niet te controleren",
                            CellReader.typedAmount(totalCell), null, "De totaalregel in cel " + totalCell.ref()
                                    + " kan niet worden gecontroleerd omdat er een onbekend bedrag (P.M./ntb) in zit.");
                } else if (differs(total.value(), sum.value())) {
                    // found and expected side by side in the sheet's unit, as the sender typed them; the message also in euros
                    String expected = cells.inSheetUnit(sum.value());
                    String message = "De totaalregel in cel " + totalCell.ref() + " is " + cells.inSheetUnit(total.value())
                            + ", maar de som van de regels erboven is " + expected;
                    cells.report().error(cells.sheet(), totalCell.ref(), "Totaalregel klopt niet",
                            CellReader.typedAmount(totalCell), expected, message + cells.inEuros(total.value(), sum.value()) + ".");
                }
            }
        }
    }

    /** Year and named amount columns for the control check, in sheet order. */
    static Map<String, Integer> amountColumns(TableHeader header, Collection<String> namedColumns) {
        Map<String, Integer> columns = new TreeMap<>();
        header.yearColumns().forEach((year, col) -> columns.put(String.valueOf(year), col));
        for (String name : namedColumns) {
            if (header.has(name)) {
                columns.put(name, header.column(name));
            }
        }
        return columns;
    }

    /** Whether a control total and its sum disagree; totals are typed by hand or rounded by Excel, so to the cent. */
    static boolean differs(BigDecimal total, BigDecimal sum) {
        return total.subtract(sum).abs().compareTo(HALF_CENT) >= 0;
    }

    private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
}
