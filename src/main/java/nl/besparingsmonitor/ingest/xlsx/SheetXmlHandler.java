package nl.besparingsmonitor.ingest.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler over one worksheet part. Deliberately our own instead of POI's XSSFSheetXMLHandler:
 * it keeps the exact number text, needs no formatter and does roughly half the work per cell.
 * Everything in the XML is treated as untrusted: row numbers, cell references, style and string
 * indexes are range-checked, so that a damaged or crafted sheet ends in a Dutch message naming the
 * cell, never in an exception from deep inside the reader.
 */
final class SheetXmlHandler extends DefaultHandler {

    /** Numbers beyond Excel's double range (about 1E308) or precision are no numbers Excel wrote. */
    private static final int MAX_NUMBER_EXPONENT = 400;
    private static final int MAX_NUMBER_DIGITS = 40;
    private static final int MAX_COLUMN = ReadGuard.MAX_CELLS_PER_ROW - 1;
    /** A formula is only named in a message; its text beyond this is not kept. */
    private static final int MAX_FORMULA_SHOWN = 100;

    private final SharedTexts sharedStrings;
    private final CellStyles styles;
    private final RowHandler rowHandler;
    private final ReadGuard guard;
    private final String sheetName;

    private final List<SheetCell> cells = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formulaText = new StringBuilder();
    private final BitSet hiddenColumns = new BitSet();
    private final List<String> mergedRanges = new ArrayList<>();

    private int rowIndex = -1;
    private boolean rowHidden;
    private int nextColumn;
    private int cellsInRow;
    private boolean cellsSorted;
    private String cellRef;
    private int cellColumn;
    private String cellType;
    private String cellStyle;
    private boolean cellFormula;
    private boolean valueWritten;
    private boolean inFormula;
    private boolean inValue;
    private boolean inInlineText;
    private int phoneticDepth;
    private long rowsInSheet;

    SheetXmlHandler(String sheetName, SharedTexts sharedStrings, CellStyles styles, RowHandler rowHandler,
                    ReadGuard guard) {
        this.sheetName = sheetName;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.rowHandler = rowHandler;
        this.guard = guard;
    }

    Set<Integer> hiddenColumns() {
        Set<Integer> hidden = new TreeSet<>();
        hiddenColumns.stream().forEach(hidden::add);
        return hidden;
    }

    List<String> mergedRanges() {
        return mergedRanges;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        guard.tick(sheetName);
        switch (localName) {
            case "row" -> startRow(atts);
            case "c" -> startCell(atts);
            case "v" -> {
                inValue = true;
                valueWritten = true;
                value.setLength(0);
            }
            case "t" -> {
                if ("inlineStr".equals(cellType) && phoneticDepth == 0) {
                    inInlineText = true;
                }
            }
            case "rPh" -> phoneticDepth++;
            case "f" -> {
                cellFormula = true;
                inFormula = true;
            }
            case "col" -> hideColumns(atts);
            case "mergeCell" -> {
                String ref = atts.getValue("ref");
                if (ref != null && mergedRanges.size() < MergedCells.MAX_RANGES) {
                    mergedRanges.add(ref);
                }
            }
            default -> {
            }
        }
    }

    private void startRow(Attributes atts) {
        String r = atts.getValue("r");
        int next;
        if (r == null) {
            next = rowIndex + 1;
        } else {
            int number = positive(r);
            if (number < 1 || number > ReadGuard.MAX_ROW_NUMBER) {
                throw invalid("Ongeldig rijnummer", "Blad '" + sheetName + "' bevat een rij met nummer '" + shorten(r)
                        + "'; een rijnummer ligt tussen 1 en " + Measures.count(ReadGuard.MAX_ROW_NUMBER) + ".");
            }
            next = number - 1;
        }
        if (next <= rowIndex) {
            // Excel writes rows in ascending order; a repeated or earlier row would double or hide data.
            throw invalid("Rijen niet op volgorde", "Blad '" + sheetName + "' bevat rij " + (next + 1)
                    + " na rij " + (rowIndex + 1) + "; het bestand is beschadigd of bewerkt buiten Excel.");
        }
        if (next >= ReadGuard.MAX_ROW_NUMBER) {
            throw invalid("Ongeldig rijnummer", "Blad '" + sheetName + "' heeft meer rijen dan Excel toestaat ("
                    + Measures.count(ReadGuard.MAX_ROW_NUMBER) + ").");
        }
        rowIndex = next;
        rowHidden = "1".equals(atts.getValue("hidden")) || "true".equals(atts.getValue("hidden"));
        nextColumn = 0;
        cellsInRow = 0;
        cellsSorted = true;
        cells.clear();
        rowsInSheet++;
        guard.row(sheetName, rowsInSheet);
    }

    private void startCell(Attributes atts) {
        cellRef = atts.getValue("r");
        cellType = atts.getValue("t");
        cellStyle = atts.getValue("s");
        cellFormula = false;
        valueWritten = false;
        inFormula = false;
        formulaText.setLength(0);
        inValue = false;
        inInlineText = false;
        phoneticDepth = 0;
        value.setLength(0);
        guard.cellsInRow(sheetName, rowIndex + 1, ++cellsInRow);
        int column = cellRef != null ? CellRefs.columnOf(cellRef) : nextColumn;
        if (column < 0 || column > MAX_COLUMN) {
            throw invalid("Ongeldige celverwijzing", "Blad '" + sheetName + "' bevat in rij " + (rowIndex + 1)
                    + " een cel met verwijzing '" + (cellRef == null ? CellRefs.columnName(column) + (rowIndex + 1)
                    : shorten(cellRef)) + "'; die bestaat niet in Excel.");
        }
        cellColumn = column;
        nextColumn = column + 1;
    }

    private void hideColumns(Attributes atts) {
        if (!("1".equals(atts.getValue("hidden")) || "true".equals(atts.getValue("hidden")))) {
            return;
        }
        int min = positive(atts.getValue("min"));
        int max = positive(atts.getValue("max"));
        if (min < 1 || max < min) {
            return;
        }
        // Clamped to Excel's columns: one <col> element costs at most 16,384 bits, however wide it claims to be.
        hiddenColumns.set(Math.min(min, MAX_COLUMN + 1) - 1, Math.min(max, MAX_COLUMN + 1));
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inInlineText) {
            if (value.length() + length > guard.maxTextLength()) {
                guard.textTooLong(sheetName, currentRef(), (long) value.length() + length);
            }
            value.append(ch, start, length);
        } else if (inFormula && formulaText.length() < MAX_FORMULA_SHOWN) {
            formulaText.append(ch, start, Math.min(length, MAX_FORMULA_SHOWN - formulaText.length()));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "t" -> inInlineText = false;
            case "rPh" -> phoneticDepth = Math.max(0, phoneticDepth - 1);
            case "c" -> {
                SheetCell cell = toCell(cellColumn);
                if (cell != null) {
                    if (!cells.isEmpty() && cells.get(cells.size() - 1).column() >= cell.column()) {
                        cellsSorted = false;
                    }
                    cells.add(cell);
                    guard.cell();
                }
            }
            case "row" -> endRow();
            default -> {
            }
        }
    }

    private void endRow() {
        if (rowIndex < 0 || cells.isEmpty()) {
            // Empty (formatted) rows carry no data: not passing them on keeps a million of them cheap.
            return;
        }
        if (!cellsSorted) {
            // SheetRow looks cells up in column order; a crafted row may list them in any order.
            cells.sort(Comparator.comparingInt(SheetCell::column));
        }
        rowHandler.row(new SheetRow(rowIndex, cells, rowHidden));
    }

    private SheetCell toCell(int column) {
        int row = Math.max(rowIndex, 0);
        if ("s".equals(cellType) && value.length() > 0) {
            // most text cells of a ledger: the index is read from the characters, without a String per cell
            return text(row, column, sharedString(value));
        }
        if (cellFormula && value.length() == 0 && !(valueWritten && "str".equals(cellType))
                && !"inlineStr".equals(cellType)) {
            // Excel and LibreOffice always store a formula's result; a tool that writes formulas without
            // calculating them leaves none (no <v>, or an empty one for a number, as openpyxl writes), and
            // the amount the sender sees on screen would silently be lost. An empty text result is a result.
            String formula = trim(formulaText).toString();
            return new SheetCell(row, column, SheetCell.CellKind.FORMULA_WITHOUT_RESULT,
                    formula.isEmpty() ? "=" : shorten("=" + formula), null, SheetCell.Shown.AS_STORED, true);
        }
        String raw = value.toString();
        if (raw.isEmpty() && !"inlineStr".equals(cellType)) {
            return null;
        }
        String type = cellType == null ? "n" : cellType;
        return switch (type) {
            case "s" -> text(row, column, sharedString(raw));
            case "inlineStr", "str", "d" -> text(row, column, raw);
            case "b" -> new SheetCell(row, column, SheetCell.CellKind.BOOLEAN, "1".equals(raw.trim()) ? "WAAR" : "ONWAAR",
                    null, SheetCell.Shown.AS_STORED, cellFormula);
            case "e" -> new SheetCell(row, column, SheetCell.CellKind.ERROR, raw, null, SheetCell.Shown.AS_STORED, cellFormula);
            default -> number(row, column, raw);
        };
    }

    private String sharedString(CharSequence raw) {
        int index = positive(trim(raw));
        String text = index < 0 ? null : sharedStrings.get(index);
        if (text == null) {
            throw invalid("Ongeldige verwijzing", "Cel " + currentRef() + " van blad '" + sheetName
                    + "' verwijst naar gedeelde tekst nummer '" + shorten(raw.toString()) + "', maar het bestand heeft er "
                    + Measures.count(sharedStrings.size()) + ". Het bestand is beschadigd.");
        }
        return text;
    }

    private SheetCell text(int row, int column, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return new SheetCell(row, column, SheetCell.CellKind.TEXT, text, null, SheetCell.Shown.AS_STORED, cellFormula);
    }

    private SheetCell number(int row, int column, String raw) {
        BigDecimal number;
        try {
            number = new BigDecimal(raw.trim());
        } catch (NumberFormatException e) {
            return text(row, column, raw);
        }
        if (number.precision() > MAX_NUMBER_DIGITS || Math.abs((long) number.scale()) > MAX_NUMBER_EXPONENT) {
            // "1E999999999" is valid BigDecimal text but would explode when printed or summed.
            return new SheetCell(row, column, SheetCell.CellKind.ERROR, shorten(raw), null, SheetCell.Shown.AS_STORED, cellFormula);
        }
        return new SheetCell(row, column, SheetCell.CellKind.NUMBER, null, number,
                cellStyle == null ? SheetCell.Shown.AS_STORED : styles.shown(positive(cellStyle)), cellFormula);
    }

    private String currentRef() {
        return CellRefs.ref(Math.max(rowIndex, 0), cellColumn);
    }

    private WorkbookReadException invalid(String rule, String message) {
        return new WorkbookReadException(rule, sheetName, message, null);
    }

    /** {@code text} without leading and trailing white space; the same instance when there is none (the usual case). */
    private static CharSequence trim(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.subSequence(start, end);
    }

    /** A non-negative int from attribute text, or -1 when it is none (garbage, sign, overflow). */
    static int positive(CharSequence text) {
        if (text == null || text.isEmpty() || text.length() > 10) {
            return -1;
        }
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n > Integer.MAX_VALUE ? -1 : (int) n;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
