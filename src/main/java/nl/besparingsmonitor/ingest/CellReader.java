package nl.besparingsmonitor.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.SignConvention;
import nl.besparingsmonitor.ingest.xlsx.SheetCell;
import nl.besparingsmonitor.ingest.xlsx.SheetRow;
import nl.besparingsmonitor.validation.DutchAmounts;
import nl.besparingsmonitor.validation.DutchDates;
import nl.besparingsmonitor.validation.ParsedAmount;
import nl.besparingsmonitor.validation.ValidationReport;

/**
 * Reads typed values out of the cells of one sheet, applying the workbook's unit and sign convention
 * and reporting every unreadable cell with its reference.
 */
final class CellReader {

    /**
     * No single amount in a municipal or regional budget comes near 100 billion euro. The bound keeps
     * every stored amount, and every sum of a million of them, within the store's NUMERIC(24,6).
     */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000000");

    /** A year as a ledger writes it; compiled once, as it is matched on every booking row of a Boekjaar column. */
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private final String sheet;
    private final ValidationReport report;
    private final BigDecimal unitFactor;
    private final SignConvention convention;
    /** Values stand beside their label (the Info sheet), not in a column under a header. */
    private final boolean labelled;
    /**
     * Closed-list values already recognised in this sheet, by the cell text as read. A ledger repeats a
     * handful of texts a million times, and shared strings make them the same String instances.
     */
    private final Map<ContractValues.Lookup<?>, Map<String, Object>> recognised = new HashMap<>();
    /** Texts that a sheet spells its closed-list values in; beyond this many they are looked up every time. */
    private static final int MAX_RECOGNISED = 1_000;
    private int recognisedCount;

    CellReader(String sheet, ValidationReport report, BigDecimal unitFactor, SignConvention convention) {
        this(sheet, report, unitFactor, convention, false);
    }

    private CellReader(String sheet, ValidationReport report, BigDecimal unitFactor, SignConvention convention,
                       boolean labelled) {
        this.sheet = sheet;
        this.report = report;
        this.unitFactor = unitFactor;
        this.convention = convention;
        this.labelled = labelled;
    }

    /** Euros per amount as typed: 1, or 1000 in a workbook of 'x 1.000 euro'. */
    BigDecimal unitFactor() {
        return unitFactor;
    }

    /** The workbook's Eenheid as the Info sheet writes it: 'euro' or 'x 1.000 euro'. */
    String unitName() {
        return unitFactor.compareTo(BigDecimal.ONE) == 0 ? "euro" : "x " + DutchAmounts.format(unitFactor) + " euro";
    }

    /** For a sheet of labels with their values beside them (Info): messages name the label, not a column. */
    static CellReader forLabelledValues(String sheet, ValidationReport report) {
        return new CellReader(sheet, report, BigDecimal.ONE, SignConvention.ALL_POSITIVE, true);
    }

    /** "Cel B4 in kolom 'Bedrag'", or "Cel B4 bij 'Peildatum'" where the value stands beside its label. */
    private String cellOf(SheetCell cell, String column) {
        return labelled ? besideLabel(cell, column) : inColumn(cell, column);
    }

    /** "Cel B4 bij 'Peildatum'", where the value stands beside its label. */
    static String besideLabel(SheetCell cell, String label) {
        return "Cel " + cell.ref() + " bij '" + label + "'";
    }

    /** "Cel B4 in kolom 'Bedrag'". */
    static String inColumn(SheetCell cell, String column) {
        return "Cel " + cell.ref() + " in kolom '" + column + "'";
    }

    String sheet() {
        return sheet;
    }

    ValidationReport report() {
        return report;
    }

    /** Text of a cell; numbers as plain digits (a Nummer 3 typed as a number is "3"). */
    static String text(SheetCell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.isNumber()) {
            return cell.number().stripTrailingZeros().toPlainString();
        }
        String t = cell.text() == null ? null : cell.text().replace('\u00A0', ' ').trim();
        return t == null || t.isEmpty() ? null : t;
    }

    /** True for no cell or a blank text; the same as {@code text(cell) == null} without printing a number. */
    static boolean isEmpty(SheetCell cell) {
        return cell == null || !cell.isNumber() && text(cell) == null;
    }

    /** An amount cell that says "nothing": empty, or {@code -} as the contract allows; no amount, and no error. */
    static boolean holdsNoAmount(SheetCell cell) {
        return isEmpty(cell) || cell.kind() == SheetCell.CellKind.TEXT && DutchAmounts.parse(cell.text()) instanceof ParsedAmount.Empty;
    }

    /**
     * An amount cell's value as the sender reads it back in the feedback: a number in the notation this
     * reader accepts ({@code -28.000}, not {@code -28000}), in the sheet's unit as typed; text as typed.
     */
    static String typedAmount(SheetCell cell) {
        return cell.isNumber() ? DutchAmounts.format(cell.number()) : cell.display();
    }

    /**
     * An amount in euros written back in the sheet's unit, so that it stands beside what the sender
     * typed: 145.000 euro is {@code 145} in a sheet of 'x 1.000 euro'. Exact: the unit only scales.
     */
    String inSheetUnit(BigDecimal euros) {
        return DutchAmounts.format(euros.divide(unitFactor));
    }

    /**
     * For a sheet not in euros, the two amounts of a comparison again in euros ({@code " (in euro: 170.000
     * tegen 145.000)"}), so that the message cannot be misread as euros; empty for a sheet in euros.
     */
    String inEuros(BigDecimal found, BigDecimal expected) {
        return unitFactor.compareTo(BigDecimal.ONE) == 0 ? ""
                : " (in euro: " + DutchAmounts.format(found) + " tegen " + DutchAmounts.format(expected) + ")";
    }

    /**
     * A formula whose result the file does not hold: the value the sender sees in Excel is not in the file,
     * and reading the cell as empty would lose it without a word. Re-saving in a spreadsheet stores it.
     *
     * @param where the cell as the sender finds it, such as "Cel F2 in kolom '2023'"
     */
    static void formulaWithoutResult(ValidationReport report, String sheet, SheetCell cell, String where) {
        String formula = cell.display().length() > 1 ? " (" + cell.display() + ")" : "";
        report.error(sheet, cell.ref(), "Formule zonder uitkomst", cell.display(),
                "een getypte waarde of een formule met opgeslagen uitkomst",
                where + " bevat een formule" + formula + " waarvan het bestand geen uitkomst bevat: het programma "
                        + "dat het bestand maakte, heeft de formule niet uitgerekend, dus is niet te zien welke waarde "
                        + "bedoeld is. Open het bestand in Excel of LibreOffice Calc en sla het op (dan wordt de "
                        + "uitkomst bewaard), of typ de waarde in.");
    }

    /**
     * A number that Excel shows as a date: typed '7-3' or '1.5' Excel may have made a date of it, and read
     * as its day number (7-3-2024 is 45.358) it would be an amount nobody typed.
     */
    private void dateAsAmount(SheetCell cell, String column) {
        String shown = dateShown(cell);
        report.error(sheet, cell.ref(), "Datum als bedrag", shown, DutchAmounts.EXPECTED,
                cellOf(cell, column) + " is opgemaakt als datum en toont " + shown + "; een datum is geen bedrag. "
                        + "Excel maakt van sommige invoer (zoals 7-3) een datum. Geef de cel de opmaak Getal of "
                        + "Valuta en typ het bedrag opnieuw.");
    }

    /** The date a date-formatted number cell shows, as the sender sees it (7-3-2024), for a message. */
    static String dateShown(SheetCell cell) {
        LocalDate date = DutchDates.excelDay(cell.number());
        return date == null ? cell.display() : DutchTime.date(date);
    }

    /**
     * A number format that shows thousands ({@code #,##0,}, common in budgets) means the cell holds euros, and
     * in a sheet of 'x 1.000 euro' it would count a thousand times over: 145.000 on file, 145 on screen,
     * 145.000.000 loaded. Whether the sender meant the screen or the sheet's unit cannot be told.
     */
    private void shownScaledInThousandsSheet(SheetCell cell, String column) {
        String stored = DutchAmounts.format(cell.number());
        String onScreen = DutchAmounts.format(cell.shown().onScreen(cell.number()).stripTrailingZeros());
        String scale = cell.shown() == SheetCell.Shown.IN_THOUSANDS ? "duizenden" : "miljoenen";
        report.error(sheet, cell.ref(), "Opmaak in " + scale, stored,
                "een bedrag in " + unitName() + " (de Eenheid), zonder opmaak in " + scale,
                cellOf(cell, column) + " bevat " + stored + " en toont dat door de opmaak van de cel in " + scale
                        + ", als " + onScreen + ". Met de eenheid '" + unitName() + "' zou het als " + DutchAmounts.format(cell.number().multiply(unitFactor))
                        + " euro tellen. Is " + stored + " euro bedoeld, zet dan de Eenheid op het blad Info op 'euro'"
                        + " (de opmaak mag blijven); anders typ het bedrag in duizenden in een cel zonder deze opmaak.");
    }

    /**
     * '150,000' as text in a sheet in euros: Dutch reads 150 euro and a tenth of a cent nobody books, English
     * notation (a CSV export, a copy from an English sheet) means 150.000. Reading either would be a guess.
     */
    private void threeDecimals(SheetCell cell, String column, BigDecimal dutch) {
        String asDutch = DutchAmounts.format(dutch);
        String asThousands = DutchAmounts.format(dutch.movePointRight(3));
        report.error(sheet, cell.ref(), "Drie decimalen", cell.text(), "hoogstens twee decimalen, zoals " + asThousands
                        + " of " + asDutch,
                cellOf(cell, column) + " bevat '" + cell.text() + "': met de komma als decimaalteken is dat " + asDutch
                        + " euro met drie cijfers achter de komma, terwijl een bedrag in euro's er hoogstens twee heeft. "
                        + "Is " + asThousands + " bedoeld (de komma als scheiding van duizendtallen, zoals in Engelse "
                        + "notatie), typ dan " + asThousands + "; anders " + asDutch + ".");
    }

    String required(SheetCell cell, SheetCellAnchor anchor, String column) {
        String t = text(cell);
        if (t == null) {
            report.error(sheet, anchor.ref(), "Verplichte waarde", null, "een waarde in kolom " + column,
                    "Kolom '" + column + "' is leeg in rij " + anchor.rowNumber() + "; deze waarde is verplicht.");
        }
        return t;
    }

    /** An amount as entered (sign as typed), times the unit; null for an empty cell. Invalid cells are reported. */
    Amount entered(SheetCell cell, String column) {
        return entered(cell, column, true);
    }

    /**
     * An amount as {@link #entered} gives it, for a control sum: without a message, because the reading of
     * the cell's own row reports it (see {@link #checkAmounts}); a cell read twice is reported once.
     */
    Amount summand(SheetCell cell, String column) {
        return entered(cell, column, false);
    }

    /**
     * Reads the amount cells of a row that will not be used because a required value in it is missing or
     * not valid, so that a sender also hears about the amounts in it and can fix the whole row at once.
     */
    void checkAmounts(SheetRow row, Map<String, Integer> amountColumns) {
        amountColumns.forEach((column, index) -> entered(row.cell(index), column));
    }

    private Amount entered(SheetCell cell, String column, boolean reporting) {
        if (cell == null) {
            return null;
        }
        if (cell.isNumber() && cell.dateFormatted()) {
            if (reporting) {
                dateAsAmount(cell, column);
            }
            return null;
        }
        if (cell.isNumber() && cell.shownScaled() && unitFactor.compareTo(BigDecimal.ONE) != 0) {
            if (reporting) {
                shownScaledInThousandsSheet(cell, column);
            }
            return null;
        }
        ParsedAmount parsed = switch (cell.kind()) {
            case NUMBER -> new ParsedAmount.Value(cell.number());
            case TEXT -> DutchAmounts.parse(cell.text());
            case ERROR -> new ParsedAmount.Invalid("Excel-foutwaarde " + cell.text());
            case BOOLEAN -> new ParsedAmount.Invalid("een waar/onwaar-waarde");
            // reported once, for its row, where the columns are known (DataTable, InfoSheetReader)
            case FORMULA_WITHOUT_RESULT -> new ParsedAmount.Empty();
        };
        if (parsed instanceof ParsedAmount.Value v) {
            if (cell.isText() && v.value().scale() == 3 && unitFactor.compareTo(BigDecimal.ONE) == 0) {
                if (reporting) {
                    threeDecimals(cell, column, v.value());
                }
                return null;
            }
            BigDecimal value = v.value().multiply(unitFactor);
            if (value.abs().compareTo(MAX_AMOUNT) > 0) {
                if (reporting) {
                    report.error(sheet, cell.ref(), "Bedrag te groot", typedAmount(cell), "hoogstens 100.000.000.000 euro",
                            cellOf(cell, column) + " bevat een bedrag van meer dan 100 miljard euro ("
                                    + typedAmount(cell) + "); dat is geen bedrag uit een begroting.");
                }
                return null;
            }
            return Amount.of(value);
        }
        if (parsed instanceof ParsedAmount.Unknown u) {
            if (reporting) {
                report.warning(sheet, cell.ref(), "Onbekend bedrag", u.marker(), "een bedrag",
                        "Bedrag in kolom '" + column + "' is nog onbekend (" + u.marker()
                                + "); totalen waarin het meetelt worden als onvolledig gemarkeerd.");
            }
            return Amount.UNKNOWN;
        }
        if (parsed instanceof ParsedAmount.Invalid i && reporting) {
            report.error(sheet, cell.ref(), "Ongeldig bedrag", cell.display(), DutchAmounts.EXPECTED,
                    cellOf(cell, column) + " bevat geen geldig bedrag (" + i.reason() + ").");
        }
        return null;
    }

    /**
     * An amount of a kind as a magnitude under the workbook's sign convention. A sign against the
     * convention is a reversal: kept with its real effect, and warned.
     */
    Amount magnitude(SheetCell cell, String column, LineKind kind) {
        Amount entered = entered(cell, column);
        if (entered == null || entered.unknown()) {
            return entered;
        }
        if (convention.isReversal(kind, entered.value())) {
            report.warning(sheet, cell.ref(), "Tegengesteld teken", typedAmount(cell),
                    (convention.expectedSign(kind) > 0 ? "een positief" : "een negatief") + " bedrag voor "
                            + kind.label().toLowerCase() + " (tekenconventie '" + convention.label() + "')",
                    "Het bedrag in cel " + cell.ref() + " heeft een teken tegen de tekenconventie in ('"
                            + convention.label() + "'); het telt mee als tegenboeking van de " + kind.label().toLowerCase() + ".");
        }
        return Amount.of(convention.toMagnitude(kind, entered.value()));
    }

    /** A year such as a ledger's Boekjaar (2024, typed as a number or as text); null, reported, for anything else. */
    Integer year(SheetCell cell, String column) {
        String t = text(cell);
        if (t == null) {
            return null;
        }
        boolean asDate = cell.isNumber() && cell.dateFormatted();
        if (FOUR_DIGITS.matcher(t).matches() && !asDate) {
            return Integer.parseInt(t);
        }
        String found = asDate ? dateShown(cell) : t;
        report.error(sheet, cell.ref(), "Ongeldig jaar", found, "een jaartal, zoals 2024",
                cellOf(cell, column) + " bevat '" + found + "'; verwacht een jaartal, zoals 2024.");
        return null;
    }

    LocalDate date(SheetCell cell, String column, DutchDates.Edge edge) {
        if (cell == null) {
            return null;
        }
        if (cell.isFormulaWithoutResult()) {
            return null; // reported once, for its row (DataTable, InfoSheetReader)
        }
        if (cell.isNumber()) {
            LocalDate d = DutchDates.fromNumber(cell.number(), edge);
            if (d != null) {
                return d;
            }
        } else if (cell.isText()) {
            if (cell.text().isBlank()) {
                return null;
            }
            LocalDate d = DutchDates.parse(cell.text(), edge);
            if (d != null) {
                return d;
            }
        }
        String advice = cell.isText() ? DutchDates.advice(cell.text(), edge) : null;
        report.error(sheet, cell.ref(), "Ongeldige datum", cell.display(), DutchDates.expected(edge),
                cellOf(cell, column) + " bevat geen geldige datum." + (advice == null ? "" : " " + advice));
        return null;
    }

    /**
     * A value from a closed list (Domein, Status ...). Empty and required, or not in the list: an
     * error naming the allowed values. Empty and optional: the fallback.
     */
    <T> T choice(SheetRow row, TableHeader header, String column, ContractValues.Lookup<T> lookup, T fallback) {
        Integer col = header.column(column);
        SheetCell cell = col == null ? null : row.cell(col);
        String text = text(cell);
        if (text == null) {
            if (fallback == null && col != null) {
                required(null, new SheetCellAnchor(row.index(), col), column);
            }
            return fallback;
        }
        T value = find(lookup, text);
        if (value == null) {
            report.error(sheet, cell.ref(), "Ongeldige waarde", text, lookup.expected(),
                    cellOf(cell, column) + " bevat '" + text + "'; " + lookup.allowedInstead(text));
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private <T> T find(ContractValues.Lookup<T> lookup, String text) {
        Map<String, Object> values = recognised.computeIfAbsent(lookup, l -> new HashMap<>());
        Object known = values.get(text);
        if (known != null) {
            return (T) known;
        }
        T value = lookup.find(text);
        if (value != null && recognisedCount < MAX_RECOGNISED) {
            values.put(text, value);
            recognisedCount++;
        }
        return value;
    }

    /** Text of a named column in a row; reported when required and empty, or when longer than its limit. */
    String text(SheetRow row, TableHeader header, String column, boolean required) {
        Integer col = header.column(column);
        if (col == null) {
            return null;
        }
        String t = text(row.cell(col));
        if (t != null && tooLong(row.cell(col), column, t)) {
            return null;
        }
        if (t == null && required) {
            required(null, new SheetCellAnchor(row.index(), col), column);
        }
        return t;
    }

    /**
     * Identifying texts (numbers, codes, names of organisations, keys and municipalities) are stored
     * in columns of bounded length. A longer value is reported here, naming the limit and the length,
     * instead of failing the whole run when it is stored.
     */
    static final Map<String, Integer> MAX_LENGTH = Map.of("Nummer", 200, "Code", 100, "Organisatie", 1_000,
            "Regio", 1_000, "Gemeente", 1_000, "Sleutel", 1_000, "Verdeelsleutel", 1_000);

    boolean tooLong(SheetCell cell, String column, String text) {
        Integer max = MAX_LENGTH.get(column);
        if (max == null || text.length() <= max) {
            return false;
        }
        report.error(sheet, cell.ref(), "Te lange waarde", text.substring(0, 100) + "…", "hoogstens " + max + " tekens",
                cellOf(cell, column) + " is " + text.length() + " tekens lang; de limiet is "
                        + max + " tekens.");
        return true;
    }

    /** A reference to a cell position even when the cell itself is empty. */
    record SheetCellAnchor(int row, int column) {
        String ref() {
            return nl.besparingsmonitor.ingest.xlsx.CellRefs.ref(row, column);
        }

        int rowNumber() {
            return row + 1;
        }
    }
}
