package nl.besparingsmonitor.ingest;

import java.math.BigDecimal;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.SignConvention;
import nl.besparingsmonitor.ingest.xlsx.CellRefs;
import nl.besparingsmonitor.ingest.xlsx.SheetCell;
import nl.besparingsmonitor.ingest.xlsx.SheetRow;
import nl.besparingsmonitor.validation.DutchAmounts;
import nl.besparingsmonitor.validation.ParsedAmount;

/**
 * The amount of a booking on the Boekingen sheet, in whichever of three forms the sheet gives it. The
 * template's column Bedrag follows the workbook's Tekenconventie. A ledger extract comes as the financial
 * administration exports it: columns Debet and Credit, or Bedrag with a column D/C beside it. Those say
 * themselves which way each amount goes, as spending: debit is spending, credit is spending reduced. So a
 * saving is a credit and a cost a debit (the view of the Tekenconventie 'besparing negatief', whatever
 * the Info sheet says for the other sheets), and a saving booked as debit is a reversal: it keeps its
 * real effect and is warned, as under any convention. Reading Bedrag and passing over a D/C column beside
 * it would count every credited correction of a cost as more cost.
 */
final class LedgerAmounts {

    enum Side { DEBIT, CREDIT }

    static final ContractValues.Lookup<Side> SIDES = new ContractValues.Lookup<Side>("D (debet) of C (credit)")
            .add(Side.DEBIT, "D", "Debet", "Debit", "Db", "Dr")
            .add(Side.CREDIT, "C", "Credit", "Cr");

    private static final SignConvention LEDGER = SignConvention.SAVINGS_NEGATIVE;

    private enum Form { SIGNED, WITH_SIDE, DEBIT_AND_CREDIT }

    private final Form form;
    private final TableHeader header;
    private final CellReader cells;
    /** Bedrag's column, or Debet's; then D/C's or Credit's, -1 for none. Looked up once: a ledger has a million rows. */
    private final int first;
    private final int second;

    private LedgerAmounts(Form form, TableHeader header, CellReader cells) {
        this.form = form;
        this.header = header;
        this.cells = cells;
        this.first = header.column(form == Form.DEBIT_AND_CREDIT ? "Debet" : "Bedrag");
        this.second = switch (form) {
            case SIGNED -> -1;
            case WITH_SIDE -> header.column("D/C");
            case DEBIT_AND_CREDIT -> header.column("Credit");
        };
    }

    /** The form of the header's amount columns; null, after an error, when they do not give one amount per row. */
    static LedgerAmounts of(TableHeader header, CellReader cells) {
        boolean signed = header.has("Bedrag");
        boolean debit = header.has("Debet");
        boolean credit = header.has("Credit");
        String headerRow = String.valueOf(header.row().number());
        if (signed && (debit || credit)) {
            String other = debit ? "Debet" : "Credit";
            cells.report().error(cells.sheet(), ref(header, other), "Bedrag en Debet/Credit", other,
                    "kolom Bedrag of de kolommen Debet en Credit",
                    "Blad '" + cells.sheet() + "' heeft zowel kolom Bedrag (" + column(header, "Bedrag") + ") als kolom "
                            + other + " (" + column(header, other) + "): welk bedrag van een boeking geldt, is niet te"
                            + " zeggen. Houd kolom Bedrag (met de tekenconventie van blad Info, of met een kolom D/C"
                            + " ernaast) of de kolommen Debet en Credit.");
            return null;
        }
        if (!signed && debit != credit) {
            String present = debit ? "Debet" : "Credit";
            String absent = debit ? "Credit" : "Debet";
            DataTable.reportMissingColumn(cells.sheet(), header, absent,
                    "Kolom '" + absent + "' ontbreekt naast kolom '" + present + "' in de kopregel (rij " + headerRow
                            + ") van blad '" + cells.sheet() + "'. Een boeking heeft een bedrag in kolom Bedrag, of in de"
                            + " kolommen Debet en Credit samen.", cells.report());
            return null;
        }
        if (!signed && !debit) {
            DataTable.reportMissingColumn(cells.sheet(), header, "Bedrag (of Debet en Credit)",
                    "Kolom 'Bedrag' ontbreekt in de kopregel (rij " + headerRow + ") van blad '" + cells.sheet()
                            + "', en de kolommen Debet en Credit ook.", cells.report());
            return null;
        }
        if (!signed && header.has("D/C")) {
            cells.report().warning(cells.sheet(), ref(header, "D/C"), "Extra kolom", "D/C", null,
                    "Kolom D/C wordt niet gelezen: de bedragen staan in de kolommen Debet en Credit, en die zeggen"
                            + " zelf of een bedrag debet of credit is.");
        }
        return new LedgerAmounts(signed ? (header.has("D/C") ? Form.WITH_SIDE : Form.SIGNED) : Form.DEBIT_AND_CREDIT,
                header, cells);
    }

    /** The row's amount cell: Bedrag, or Debet. */
    SheetCell first(SheetRow row) {
        return row.cell(first);
    }

    /** The row's D/C or Credit cell; null for a sheet with Bedrag alone. */
    SheetCell second(SheetRow row) {
        return second < 0 ? null : row.cell(second);
    }

    /** Whether the row has no amount at all (not even '-'), which is reported. */
    boolean missing(SheetRow row, SheetCell first, SheetCell second) {
        if (form != Form.DEBIT_AND_CREDIT) {
            if (CellReader.isEmpty(first)) {
                cells.required(null, new CellReader.SheetCellAnchor(row.index(), this.first), "Bedrag");
                return true;
            }
            return false;
        }
        if (CellReader.isEmpty(first) && CellReader.isEmpty(second)) {
            cells.report().error(cells.sheet(), new CellReader.SheetCellAnchor(row.index(), this.first).ref(),
                    "Verplichte waarde", null, "een bedrag in kolom Debet of Credit", "De kolommen 'Debet' en 'Credit'"
                            + " zijn allebei leeg in rij " + row.number() + "; een boeking heeft een bedrag in een van beide.");
            return true;
        }
        return false;
    }

    /**
     * The booking's amount as a magnitude of its kind; null where the row books nothing ('-') or has an
     * error, which is reported: {@link #booksNothing} tells the two apart.
     */
    Amount magnitude(SheetRow row, SheetCell first, SheetCell second, LineKind kind) {
        if (form == Form.SIGNED) {
            return unknown(first) ? null : cells.magnitude(first, "Bedrag", kind);
        }
        if (form == Form.WITH_SIDE) {
            Amount amount = unknown(first) ? null : cells.entered(first, "Bedrag");
            Side side = amount == null ? null : cells.choice(row, header, "D/C", SIDES, null);
            if (side == null) {
                return null;
            }
            BigDecimal spending = side == Side.DEBIT ? amount.value() : amount.value().negate();
            return ofLedger(spending, kind, row, second, (side == Side.DEBIT ? "debet " : "credit ")
                    + CellReader.typedAmount(first));
        }
        Amount debit = unknown(first) ? null : cells.entered(first, "Debet");
        Amount credit = unknown(second) ? null : cells.entered(second, "Credit");
        if (debit == null && !CellReader.holdsNoAmount(first) || credit == null && !CellReader.holdsNoAmount(second)
                || debit == null && credit == null) {
            return null;
        }
        BigDecimal spending = (debit == null ? BigDecimal.ZERO : debit.value())
                .subtract(credit == null ? BigDecimal.ZERO : credit.value());
        SheetCell shown = debit != null ? first : second;
        return ofLedger(spending, kind, row, shown, (debit != null ? "debet " : "credit ") + CellReader.typedAmount(shown));
    }

    /** Whether the row's amount cells say "nothing" ('-', as the contract allows): not an error. */
    boolean booksNothing(SheetCell first, SheetCell second) {
        return CellReader.holdsNoAmount(first) && (form != Form.DEBIT_AND_CREDIT || CellReader.holdsNoAmount(second));
    }

    /** A booking always has a known amount: P.M. is an error here, where on the other sheets it is a warning. */
    private boolean unknown(SheetCell cell) {
        if (cell == null || !cell.isText() || !(DutchAmounts.parse(cell.text()) instanceof ParsedAmount.Unknown)) {
            return false;
        }
        cells.report().error(cells.sheet(), cell.ref(), "Onbekend bedrag in boeking", cell.display(), "een bedrag",
                "Een boeking heeft altijd een bekend bedrag; cel " + cell.ref() + " bevat '" + cell.display() + "'.");
        return true;
    }

    private Amount ofLedger(BigDecimal spending, LineKind kind, SheetRow row, SheetCell cell, String found) {
        if (LEDGER.isReversal(kind, spending)) {
            String expected = kind == LineKind.SAVING ? "credit" : "debet";
            cells.report().warning(cells.sheet(), cell.ref(), "Tegengesteld teken", found,
                    expected + " bij " + kind.label().toLowerCase(),
                    "De boeking in rij " + row.number() + " (soort " + kind.label() + ") staat per saldo "
                            + (kind == LineKind.SAVING ? "debet, als uitgave" : "credit, als minder uitgaven")
                            + "; ze telt mee als tegenboeking van de " + kind.label().toLowerCase()
                            + ". Een besparing staat credit, kosten staan debet.");
        }
        return Amount.of(LEDGER.toMagnitude(kind, spending));
    }

    private static String ref(TableHeader header, String column) {
        return CellRefs.ref(header.row().index(), header.column(column));
    }

    private static String column(TableHeader header, String name) {
        return CellRefs.columnName(header.column(name));
    }
}
