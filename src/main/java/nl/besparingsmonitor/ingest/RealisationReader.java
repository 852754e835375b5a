package nl.besparingsmonitor.ingest;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.BookingTotal;
import nl.besparingsmonitor.domain.BudgetFigureKind;
import nl.besparingsmonitor.domain.BudgetLine;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.Realisation;
import nl.besparingsmonitor.domain.Stand;
import nl.besparingsmonitor.ingest.xlsx.SheetCell;
import nl.besparingsmonitor.ingest.xlsx.SheetRow;
import nl.besparingsmonitor.ingest.xlsx.XlsxWorkbook;
import nl.besparingsmonitor.validation.DutchDates;
import nl.besparingsmonitor.validation.ValidationReport;

/**
 * Maps a {@code Realisatie} workbook. The Boekingen sheet can hold a million rows, so it is streamed
 * and summed per measure, kind and year while it is read; it is never held in memory.
 */
final class RealisationReader {

    static final List<ColumnSpec> REALISATION_COLUMNS = List.of(
            ColumnSpec.measureNumber(),
            ColumnSpec.required("Soort", "Kind", "Type"),
            ColumnSpec.required("Stand", "Status", "Realised/expected"),
            ColumnSpec.optional("Gemeente", "Municipality", "Gemeentecode"));

    static final List<ColumnSpec> BUDGET_COLUMNS = List.of(
            ColumnSpec.required("Post", "Begrotingspost", "Budgetpost", "Line"),
            ColumnSpec.required("Domein", "Domain", "Wet"),
            ColumnSpec.required("Soort", "Kind", "Type"));

    static final List<ColumnSpec> BOOKING_COLUMNS = List.of(
            // Datum, or Boekjaar as a ledger has it: checked with the header (bookingYearColumns)
            ColumnSpec.optional("Datum", "Boekdatum", "Date"),
            ColumnSpec.optional("Boekjaar", "Boekingsjaar", "Fiscal year"),
            // read by people beside Boekjaar (period 13 closes the year), not needed for the sums
            ColumnSpec.optional("Periode", "Boekperiode", "Period"),
            ColumnSpec.measureNumber(),
            ColumnSpec.required("Soort", "Kind", "Type"),
            // Bedrag, or Debet and Credit as a ledger extract has them: LedgerAmounts checks that one is there
            ColumnSpec.optional("Bedrag", "Amount"),
            ColumnSpec.optional("Debet", "Debit", "Bedrag debet", "Debetbedrag"),
            ColumnSpec.optional("Credit", "Bedrag credit", "Creditbedrag"),
            ColumnSpec.optional("D/C", "DC", "Debet/credit", "Debet/credit-teken"),
            ColumnSpec.optional("Omschrijving", "Description", "Toelichting"));

    /** The columns as the template has them, for the message when no header is found. */
    private static final List<ColumnSpec> BOOKING_HEADER = BOOKING_COLUMNS.stream()
            .filter(c -> List.of("Datum", "Nummer", "Soort", "Bedrag").contains(c.name()))
            .map(c -> new ColumnSpec(c.name(), true, c.aliases())).toList();

    private static final String OR_CORRECT_THE_YEAR = ", of corrigeer het jaar of de Peildatum (blad Info).";

    private RealisationReader() {
    }

    static RealisationFacts read(XlsxWorkbook workbook, WorkbookInfo info, ValidationReport report) {
        String realisationSheet = SheetNames.find(workbook, "Realisatie");
        String budgetSheet = SheetNames.find(workbook, "Begroting");
        String bookingSheet = SheetNames.find(workbook, "Boekingen");
        if (realisationSheet == null && budgetSheet == null && bookingSheet == null) {
            report.error("Realisatie", null, "Blad ontbreekt", String.join(", ", workbook.sheetNames()),
                    "minstens één van de bladen Realisatie, Begroting, Boekingen",
                    "Een Realisatie-bestand heeft minstens één van de bladen 'Realisatie', 'Begroting' of 'Boekingen'.");
            return new RealisationFacts(List.of(), List.of(), List.of(), 0, Duration.ZERO);
        }
        List<Realisation> realisations = new ArrayList<>();
        Map<RealisationKey, String> realisedCells = new HashMap<>();
        if (realisationSheet != null) {
            readRealisations(workbook, realisationSheet, info, report, realisations, realisedCells);
        }
        List<BudgetLine> budget = budgetSheet == null ? List.of() : readBudget(workbook, budgetSheet, info, report);
        BookingSums bookings = new BookingSums();
        long bookingsStart = System.nanoTime();
        if (bookingSheet != null) {
            readBookings(workbook, bookingSheet, info, report, bookings);
        }
        Duration bookingReadTime = Duration.ofNanos(System.nanoTime() - bookingsStart);
        if (bookingSheet != null) {
            checkBookingsAgainstRealised(new CellReader(realisationSheet, report, info.unitFactor(), info.convention()),
                    realisations, realisedCells, bookings, bookingSheet);
        }
        return new RealisationFacts(realisations, budget, bookings.totals(), bookings.rows, bookingReadTime);
    }

    private static void readRealisations(XlsxWorkbook workbook, String sheet, WorkbookInfo info, ValidationReport report,
                                         List<Realisation> out, Map<RealisationKey, String> realisedCells) {
        DataTable table = DataTable.read(workbook.read(sheet), REALISATION_COLUMNS, true, report);
        if (table == null) {
            return;
        }
        CellReader cells = new CellReader(sheet, report, info.unitFactor(), info.convention());
        table.checkStatedUnit(cells);
        TableHeader h = table.header();
        Map<String, Integer> amountColumns = DataTable.amountColumns(h, List.of());
        OneAmountPerYear once = new OneAmountPerYear(cells, "één bedrag per maatregel, soort, stand, gemeente en jaar");
        for (SheetRow row : table.dataRows()) {
            String number = cells.text(row, h, "Nummer", true);
            LineKind kind = cells.choice(row, h, "Soort", ContractValues.LINE_KINDS, null);
            Stand stand = cells.choice(row, h, "Stand", ContractValues.STANDS, null);
            String municipality = MunicipalityRefs.normalise(cells.text(row, h, "Gemeente", false));
            if (number == null || kind == null || stand == null) {
                cells.checkAmounts(row, amountColumns);
                continue;
            }
            for (Map.Entry<Integer, Integer> year : h.yearColumns().entrySet()) {
                SheetCell cell = row.cell(year.getValue());
                Amount amount = cells.magnitude(cell, String.valueOf(year.getKey()), kind);
                if (amount != null && stand == Stand.GEREALISEERD && afterPeildatum(info, year.getKey())) {
                    notYetRealised(cells, cell, "Gerealiseerd na peildatum", CellReader.typedAmount(cell),
                            "Stand 'Verwacht'",
                            "Cel " + cell.ref() + " is een gerealiseerd bedrag voor " + year.getKey(), info.peildatum(),
                            "Zet het bedrag op een regel met Stand 'Verwacht'" + OR_CORRECT_THE_YEAR);
                } else if (amount != null && once.first(List.of(number, kind, stand, String.valueOf(municipality)),
                        "maatregel '" + number + "' (" + kind.label() + ", " + stand.label()
                                + (municipality == null ? "" : ", gemeente " + municipality) + ")", year.getKey(), cell)) {
                    out.add(new Realisation(number, kind, stand, municipality, year.getKey(), amount));
                    if (stand == Stand.VERWACHT && beforePeildatum(info, year.getKey())) {
                        cells.report().warning(sheet, cell.ref(), "Verwacht in afgesloten jaar", CellReader.typedAmount(cell),
                                "Stand 'Gerealiseerd'", "Cel " + cell.ref() + " is een verwacht bedrag voor " + year.getKey()
                                        + ", een jaar dat bij de peildatum " + DutchTime.date(info.peildatum())
                                        + " al is afgesloten. Een afgesloten jaar wordt alleen met het gerealiseerde bedrag"
                                        + " vergeleken (status 'onbekend' zolang dat ontbreekt); zet het bedrag op een regel"
                                        + " met Stand 'Gerealiseerd' als het gerealiseerd is.");
                    }
                    if (stand == Stand.GEREALISEERD && municipality == null) {
                        realisedCells.put(new RealisationKey(number, kind, year.getKey()), cell.ref());
                    }
                }
            }
        }
        // after the rows, so that the feedback lists a sheet's messages from top to bottom
        table.checkControlTotals(cells, amountColumns);
    }

    private static List<BudgetLine> readBudget(XlsxWorkbook workbook, String sheet, WorkbookInfo info,
                                               ValidationReport report) {
        List<BudgetLine> lines = new ArrayList<>();
        DataTable table = DataTable.read(workbook.read(sheet), BUDGET_COLUMNS, true, report);
        if (table == null) {
            return lines;
        }
        CellReader cells = new CellReader(sheet, report, info.unitFactor(), info.convention());
        table.checkStatedUnit(cells);
        TableHeader h = table.header();
        Map<String, Integer> amountColumns = DataTable.amountColumns(h, List.of());
        OneAmountPerYear once = new OneAmountPerYear(cells, "één bedrag per post, domein, soort en jaar");
        for (SheetRow row : table.dataRows()) {
            String post = cells.text(row, h, "Post", true);
            Domain domain = cells.choice(row, h, "Domein", ContractValues.DOMAINS, null);
            BudgetFigureKind figure = cells.choice(row, h, "Soort", ContractValues.BUDGET_FIGURES, null);
            if (post == null || domain == null || figure == null) {
                cells.checkAmounts(row, amountColumns);
                continue;
            }
            for (Map.Entry<Integer, Integer> year : h.yearColumns().entrySet()) {
                // Budget figures are spending, so they follow the convention of a cost.
                SheetCell cell = row.cell(year.getValue());
                Amount amount = cells.magnitude(cell, String.valueOf(year.getKey()), LineKind.COST);
                if (amount != null && figure == BudgetFigureKind.REALISATIE && afterPeildatum(info, year.getKey())) {
                    notYetRealised(cells, cell, "Realisatie na peildatum", CellReader.typedAmount(cell),
                            "Soort 'Prognose'",
                            "Cel " + cell.ref() + " is een realisatie van post '" + post + "' voor " + year.getKey(),
                            info.peildatum(), "Zet het bedrag op een regel met Soort 'Prognose'" + OR_CORRECT_THE_YEAR);
                } else if (amount != null && once.first(List.of(post, domain, figure),
                        "post '" + post + "' (" + domain.label() + ", " + figure.label() + ")", year.getKey(), cell)) {
                    lines.add(new BudgetLine(post, domain, figure, year.getKey(), amount));
                }
            }
        }
        return lines;
    }

    private static void readBookings(XlsxWorkbook workbook, String sheet, WorkbookInfo info, ValidationReport report,
                                     BookingSums sums) {
        CellReader cells = new CellReader(sheet, report, info.unitFactor(), info.convention());
        List<SheetRow> headCandidates = new ArrayList<>();
        TableHeader[] header = new TableHeader[1];
        LedgerAmounts[] amounts = new LedgerAmounts[1];
        workbook.stream(sheet, row -> {
            if (header[0] == null) {
                if (headCandidates.size() < DataTable.HEADER_SEARCH_ROWS) {
                    headCandidates.add(row);
                    TableHeader candidate = TableHeader.match(row, BOOKING_COLUMNS, false);
                    if (candidate.hasAllRequired(BOOKING_COLUMNS)) {
                        header[0] = candidate;
                        StatedUnit.check(headCandidates, cells);
                        DataTable.warnExtraColumns(sheet, candidate, BOOKING_COLUMNS, false, List.of(), report);
                        amounts[0] = bookingYearColumns(candidate, cells) ? LedgerAmounts.of(candidate, cells) : null;
                    }
                }
                return;
            }
            if (amounts[0] == null || row.isBlank()) {
                return; // without a year or amount column the header's error is the one to fix
            }
            boolean withoutResult = DataTable.formulasWithoutResult(sheet, header[0], row, report);
            if (DataTable.isTotalRow(row)) {
                return;
            }
            if (withoutResult) {
                sums.unusable(row.index());
                return;
            }
            if (!readBooking(row, header[0], amounts[0], cells, info, sums)) {
                sums.unusable(row.index());
            }
        });
        if (header[0] == null) {
            DataTable.locateHeader(sheet, headCandidates, BOOKING_HEADER, false, report);
        }
    }

    /** A booking's year comes from its Datum or its Boekjaar: one of them must be there. */
    private static boolean bookingYearColumns(TableHeader h, CellReader cells) {
        if (h.has("Datum") || h.has("Boekjaar")) {
            return true;
        }
        String headerRow = String.valueOf(h.row().number());
        DataTable.reportMissingColumn(cells.sheet(), h, "Datum (of Boekjaar)",
                "Kolom 'Datum' ontbreekt in de kopregel (rij " + headerRow + ") van blad '" + cells.sheet()
                        + "', en kolom Boekjaar ook.", cells.report());
        return false;
    }

    /**
     * A booking counts in its Boekjaar where the ledger gives one, else in the calendar year of its Datum: a
     * ledger closes a year with bookings dated early in the next (period 13), which by their date would be
     * realised a year late.
     *
     * @return false when the row has an error of its own (reported), so that the bookings are not complete
     */
    private static boolean readBooking(SheetRow row, TableHeader h, LedgerAmounts amounts, CellReader cells,
                                       WorkbookInfo info, BookingSums sums) {
        SheetCell bookYearCell = h.cell(row, "Boekjaar");
        boolean byBookYear = !CellReader.isEmpty(bookYearCell);
        LocalDate date = byBookYear ? null : cells.date(h.cell(row, "Datum"), "Datum", DutchDates.Edge.START);
        Integer year = byBookYear ? cells.year(bookYearCell, "Boekjaar") : date == null ? null : date.getYear();
        if (year != null && afterPeildatum(info, year)) {
            if (byBookYear) {
                notYetRealised(cells, bookYearCell, "Boeking na peildatum", String.valueOf(year),
                        "een boekjaar tot en met " + info.peildatum().getYear(),
                        "De boeking in rij " + row.number() + " hoort bij boekjaar " + year, info.peildatum(),
                        "Corrigeer het boekjaar of de Peildatum (blad Info).");
            } else {
                String dated = DutchTime.date(date);
                notYetRealised(cells, h.cell(row, "Datum"), "Boeking na peildatum", dated,
                        "een datum tot en met 31-12-" + info.peildatum().getYear(),
                        "De boeking in rij " + row.number() + " is gedateerd " + dated, info.peildatum(),
                        "Corrigeer de datum of de Peildatum (blad Info).");
            }
            return false;
        }
        String number = cells.text(row, h, "Nummer", true);
        LineKind kind = cells.choice(row, h, "Soort", ContractValues.LINE_KINDS, null);
        String dateColumn = h.has("Datum") ? "Datum" : "Boekjaar";
        if (!byBookYear && date == null && CellReader.isEmpty(h.cell(row, dateColumn))) {
            cells.required(null, new CellReader.SheetCellAnchor(row.index(), h.column(dateColumn)), dateColumn);
        }
        SheetCell first = amounts.first(row);
        SheetCell second = amounts.second(row);
        if (amounts.missing(row, first, second) || year == null || number == null || kind == null) {
            return false;
        }
        Amount amount = amounts.magnitude(row, first, second, kind);
        if (amount == null) {
            return amounts.booksNothing(first, second); // '-': nothing booked, not an error
        }
        sums.add(number, kind, year, amount.value());
        return true;
    }

    /**
     * The template asks Gerealiseerd amounts, a budget's Realisatie and bookings of closed years (the
     * Peildatum's year to date included): a later year cannot have been realised yet, and counted as
     * realised it would give a plan that has not begun a status such as 'achter'.
     */
    private static boolean afterPeildatum(WorkbookInfo info, int year) {
        return info.peildatum() != null && year > info.peildatum().getYear();
    }

    /** A year before the Peildatum's year has ended: what was saved in it is known, no longer expected. */
    private static boolean beforePeildatum(WorkbookInfo info, int year) {
        return info.peildatum() != null && year < info.peildatum().getYear();
    }

    /** @param what the cell's claim, such as "Cel H2 is een gerealiseerd bedrag voor 2026" */
    private static void notYetRealised(CellReader cells, SheetCell cell, String rule, String found, String expected,
                                       String what, LocalDate peildatum, String remedy) {
        cells.report().error(cells.sheet(), cell.ref(), rule, found, expected, what + ", maar de peildatum is "
                + DutchTime.date(peildatum) + ": in een later jaar dan " + peildatum.getYear()
                + " kan nog niets gerealiseerd zijn. " + remedy);
    }

    /** Where a Gerealiseerd row exists for bookings of the same measure, kind and year, it is their control total. */
    private static void checkBookingsAgainstRealised(CellReader cells, List<Realisation> realisations,
                                                     Map<RealisationKey, String> realisedCells, BookingSums bookings,
                                                     String bookingSheet) {
        Map<RealisationKey, Amount> realised = new HashMap<>();
        for (Realisation r : realisations) {
            if (r.stand() == Stand.GEREALISEERD && r.municipalityCode() == null) {
                realised.merge(new RealisationKey(r.measureNumber(), r.kind(), r.year()), r.amount(), Amount::plus);
            }
        }
        bookings.sums.forEach((key, sum) -> {
            Amount control = realised.get(key);
            if (control == null || control.unknown() || !DataTable.differs(control.value(), sum.amount)) {
                return;
            }
            String found = cells.inSheetUnit(control.value());
            String what = "Het gerealiseerde bedrag voor " + key.kind().label().toLowerCase() + " " + key.year()
                    + " van maatregel '" + key.measure() + "'";
            if (bookings.unusable > 0) {
                // the bookings that could not be read have their own errors; they may be the difference
                cells.report().warning(cells.sheet(), realisedCells.get(key), "Boekingen niet te controleren", found, null,
                        what + " kan niet met de boekingen worden vergeleken: " + bookings.unusable
                                + " boeking(en) zijn niet gelezen, de eerste in rij " + bookings.firstUnusableRow
                                + " van blad '" + bookingSheet + "' (zie de meldingen daar).");
                return;
            }
            // in the sheet's unit, as the Gerealiseerd row is typed; the message also in euros
            String expected = cells.inSheetUnit(sum.amount);
            cells.report().error(cells.sheet(), realisedCells.get(key), "Boekingen wijken af", found, expected,
                    what + " is " + found + ", maar de boekingen tellen op tot " + expected
                            + cells.inEuros(control.value(), sum.amount) + ".");
        });
    }

    record RealisationKey(String measure, LineKind kind, int year) {
    }

    /** Running sums of bookings; only one entry per measure, kind and year is ever kept. */
    static final class BookingSums {
        private final Map<RealisationKey, Sum> sums = new HashMap<>();
        private long rows;
        /** Booking rows not added because of an error of their own, and the sheet row number of the first. */
        private long unusable;
        private int firstUnusableRow;

        void unusable(int rowIndex) {
            if (unusable++ == 0) {
                firstUnusableRow = rowIndex + 1;
            }
        }

        void add(String measure, LineKind kind, int year, BigDecimal amount) {
            rows++;
            Sum sum = sums.computeIfAbsent(new RealisationKey(measure, kind, year), k -> new Sum());
            sum.amount = sum.amount.add(amount);
            sum.count++;
        }

        List<BookingTotal> totals() {
            List<BookingTotal> totals = new ArrayList<>();
            sums.forEach((k, s) -> totals.add(new BookingTotal(k.measure(), k.kind(), k.year(), s.amount, s.count)));
            totals.sort(java.util.Comparator.comparing(BookingTotal::measureNumber).thenComparing(BookingTotal::kind)
                    .thenComparingInt(BookingTotal::year));
            return totals;
        }
    }

    static final class Sum {
        BigDecimal amount = BigDecimal.ZERO;
        long count;
    }
}
