package nl.besparingsmonitor.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.BudgetHolder;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.domain.FinancialLine;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.domain.MeasureStatus;
import nl.besparingsmonitor.domain.MeasureType;
import nl.besparingsmonitor.domain.PlanningYears;
import nl.besparingsmonitor.domain.Target;
import nl.besparingsmonitor.ingest.xlsx.SheetCell;
import nl.besparingsmonitor.ingest.xlsx.SheetRow;
import nl.besparingsmonitor.ingest.xlsx.XlsxWorkbook;
import nl.besparingsmonitor.validation.DutchDates;
import nl.besparingsmonitor.validation.ValidationReport;

/** Maps a {@code Voorstellen} workbook (sheets Maatregelen, Financieel, optional Taakstelling) to facts. */
final class ProposalsReader {

    static final List<ColumnSpec> MEASURE_COLUMNS = List.of(
            ColumnSpec.measureNumber("No"),
            ColumnSpec.required("Naam", "Maatregel", "Omschrijving maatregel", "Name", "Measure"),
            ColumnSpec.required("Domein", "Domain", "Wet"),
            ColumnSpec.required("Status", "Besluit"),
            ColumnSpec.optional("Categorie", "Category", "Cluster", "Groep"),
            ColumnSpec.optional("Type", "Soort maatregel", "Structureel/incidenteel"),
            ColumnSpec.optional("Startdatum", "Start", "Begindatum", "Ingangsdatum", "Start date"),
            ColumnSpec.optional("Einddatum", "Eind", "End date"),
            ColumnSpec.optional("Verdeelsleutel", "Sleutel", "Key", "Distribution key"),
            ColumnSpec.optional("Toelichting", "Opmerking", "Opmerkingen", "Explanation", "Notes"));

    static final List<ColumnSpec> LINE_COLUMNS = List.of(
            ColumnSpec.measureNumber("No"),
            ColumnSpec.required("Soort", "Kind", "Type"),
            ColumnSpec.optional("Post", "Subsoort", "Line"),
            ColumnSpec.optional("Begroting", "Budget", "Begroting van"),
            ColumnSpec.optional("Gemeente", "Municipality", "Gemeentecode"),
            ColumnSpec.optional("Jaarbedrag", "Bedrag per jaar", "Annual amount"),
            ColumnSpec.optional("Startdatum", "Start", "Begindatum", "Start date"),
            ColumnSpec.optional("Einddatum", "Eind", "End date"));

    static final List<ColumnSpec> TARGET_COLUMNS = List.of(ColumnSpec.required("Domein", "Domain", "Wet"));

    private ProposalsReader() {
    }

    static ProposalFacts read(XlsxWorkbook workbook, WorkbookInfo info, ValidationReport report) {
        Map<String, String> keyCells = new LinkedHashMap<>();
        Set<String> unread = new HashSet<>();
        Map<String, Measure> read = readMeasures(workbook, info, report, keyCells, unread);
        // without a readable Maatregelen table (reported) no number on Financieel can be checked against it
        Map<String, Measure> measures = read == null ? new LinkedHashMap<>() : read;
        List<FinancialLine> lines = new ArrayList<>();
        Integer horizon = readLines(workbook, info, measures, read != null, unread, lines, report);
        List<Target> targets = readTargets(workbook, info, report);
        if (!info.organisation().isMunicipality()) {
            requireKeysForRegionalAmounts(workbook, measures, keyCells, lines, report);
        }
        return new ProposalFacts(new ArrayList<>(measures.values()), lines, targets, horizon);
    }

    /**
     * The measures by number; {@code keyCells} gets the cell that names each one's key, {@code unread} the
     * numbers of measures whose row, or whose Startdatum, was there but could not be read (reported at
     * that cell). The Financieel rows of such a measure are then not reported again as having an unknown
     * measure or no start date: the sender has one thing to fix, where it is. Null when the sheet or its
     * header is missing (reported).
     */
    private static Map<String, Measure> readMeasures(XlsxWorkbook workbook, WorkbookInfo info, ValidationReport report,
                                                     Map<String, String> keyCells, Set<String> unread) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        String sheet = requiredSheet(workbook, "Maatregelen", report);
        if (sheet == null) {
            return null;
        }
        DataTable table = DataTable.read(workbook.read(sheet), MEASURE_COLUMNS, false, report);
        if (table == null) {
            return null;
        }
        CellReader cells = new CellReader(sheet, report, info.unitFactor(), info.convention());
        TableHeader h = table.header();
        for (SheetRow row : table.unreadableRows()) {
            SheetCell numberCell = h.cell(row, "Nummer");
            if (numberCell != null && !numberCell.isFormulaWithoutResult() && CellReader.text(numberCell) != null) {
                unread.add(CellReader.text(numberCell));
            }
        }
        for (SheetRow row : table.dataRows()) {
            String number = cells.text(row, h, "Nummer", true);
            String name = cells.text(row, h, "Naam", true);
            Domain domain = cells.choice(row, h, "Domein", ContractValues.DOMAINS, null);
            MeasureStatus status = cells.choice(row, h, "Status", ContractValues.STATUSES, null);
            MeasureType type = cells.choice(row, h, "Type", ContractValues.TYPES, MeasureType.STRUCTUREEL);
            LocalDate start = cells.date(h.cell(row, "Startdatum"), "Startdatum", DutchDates.Edge.START);
            LocalDate end = cells.date(h.cell(row, "Einddatum"), "Einddatum", DutchDates.Edge.END);
            checkPeriod(cells, h.cell(row, "Startdatum"), h.cell(row, "Einddatum"), start, end);
            if (number == null) {
                continue;
            }
            if (start == null && !CellReader.isEmpty(h.cell(row, "Startdatum"))) {
                unread.add(number);
            }
            if (measures.containsKey(number)) {
                SheetCell cell = h.cell(row, "Nummer");
                report.error(sheet, cell.ref(), "Dubbel nummer", number, "een uniek nummer",
                        "Maatregelnummer '" + number + "' komt meer dan eens voor op blad '" + sheet + "'.");
                continue;
            }
            Integer keyColumn = h.has("Verdeelsleutel") ? h.column("Verdeelsleutel") : h.column("Nummer");
            keyCells.put(number, nl.besparingsmonitor.ingest.xlsx.CellRefs.ref(row.index(), keyColumn));
            measures.put(number, new Measure(number, name, domain, status,
                    cells.text(row, h, "Categorie", false), type, start, end,
                    cells.text(row, h, "Verdeelsleutel", false), cells.text(row, h, "Toelichting", false)));
        }
        return measures;
    }

    /**
     * Several lines per measure and kind are the contract's (one per Post, or per Gemeente), and they
     * add up; a row equal in everything to an earlier one is most likely copied by mistake, and would
     * double the measure's plan. It still counts, as a second line might be meant, but the sender hears of it.
     */
    private static void warnIfCopied(CellReader cells, SheetCell numberCell, int rowNumber, List<FinancialLine> rowLines,
                                     Map<List<FinancialLine>, Integer> rowOfLines) {
        if (rowLines.isEmpty()) {
            return;
        }
        Integer first = rowOfLines.putIfAbsent(List.copyOf(rowLines), rowNumber);
        if (first != null) {
            cells.report().warning(cells.sheet(), numberCell.ref(), "Dubbele regel", rowLines.get(0).measureNumber(),
                    "een regel die verschilt van rij " + first,
                    "Rij " + rowNumber + " is gelijk aan rij " + first + ": dezelfde maatregel, soort, post, begroting, gemeente "
                            + "en bedragen. Beide tellen mee; verwijder deze regel als hij per ongeluk dubbel staat.");
        }
    }

    private static Integer readLines(XlsxWorkbook workbook, WorkbookInfo info, Map<String, Measure> measures,
                                     boolean measuresRead, Set<String> unread, List<FinancialLine> lines,
                                     ValidationReport report) {
        String sheet = requiredSheet(workbook, "Financieel", report);
        if (sheet == null) {
            return null;
        }
        DataTable table = DataTable.read(workbook.read(sheet), LINE_COLUMNS, true, report);
        if (table == null) {
            return null;
        }
        CellReader cells = new CellReader(sheet, report, info.unitFactor(), info.convention());
        table.checkStatedUnit(cells);
        TableHeader h = table.header();
        Map<String, Integer> amountColumns = DataTable.amountColumns(h, List.of("Jaarbedrag"));
        Map<List<FinancialLine>, Integer> rowOfLines = new HashMap<>();
        for (SheetRow row : table.dataRows()) {
            String number = cells.text(row, h, "Nummer", true);
            LineKind kind = cells.choice(row, h, "Soort", ContractValues.LINE_KINDS, null);
            BudgetHolder holder = cells.choice(row, h, "Begroting", ContractValues.BUDGET_HOLDERS, BudgetHolder.GEMEENTE);
            String post = cells.text(row, h, "Post", false);
            String municipality = MunicipalityRefs.normalise(cells.text(row, h, "Gemeente", false));
            if (number != null && measuresRead && !measures.containsKey(number) && !unread.contains(number)) {
                reportUnknownMeasure(sheet, h.cell(row, "Nummer"), row.number(), number, measures.keySet(), report);
            }
            if (kind == null || number == null) {
                cells.checkAmounts(row, amountColumns);
                continue;
            }
            List<FinancialLine> rowLines = new ArrayList<>();
            for (Map.Entry<Integer, Integer> year : h.yearColumns().entrySet()) {
                Amount amount = cells.magnitude(row.cell(year.getValue()), String.valueOf(year.getKey()), kind);
                if (amount != null) {
                    rowLines.add(new FinancialLine(number, kind, post, holder, municipality, year.getKey(), amount, null, null));
                }
            }
            SheetCell annualCell = h.cell(row, "Jaarbedrag");
            Amount annual = cells.magnitude(annualCell, "Jaarbedrag", kind);
            if (annual != null) {
                if (!rowLines.isEmpty()) {
                    report.error(sheet, annualCell.ref(), "Jaarbedrag en jaarkolommen", CellReader.typedAmount(annualCell),
                            "óf een Jaarbedrag óf bedragen per jaar",
                            "Rij " + row.number() + " heeft zowel een Jaarbedrag als bedragen in jaarkolommen; vul één van beide in.");
                    continue;
                }
                LocalDate start = cells.date(h.cell(row, "Startdatum"), "Startdatum", DutchDates.Edge.START);
                LocalDate end = cells.date(h.cell(row, "Einddatum"), "Einddatum", DutchDates.Edge.END);
                checkPeriod(cells, h.cell(row, "Startdatum"), h.cell(row, "Einddatum"), start, end);
                Measure measure = measures.get(number);
                warnOutsidePlanningYears(cells, row.number(), annualCell, h.cell(row, "Startdatum"), start,
                        h.cell(row, "Einddatum"), end, measure);
                // an unreadable Startdatum, the line's or its measure's, is reported at its cell already, and an
                // unknown measure at its number, whose own Startdatum may well apply: "no start date" would be wrong
                if (start == null && CellReader.isEmpty(h.cell(row, "Startdatum"))
                        && measure != null && measure.startDate() == null && !unread.contains(number)) {
                    report.error(sheet, annualCell.ref(), "Startdatum ontbreekt", CellReader.typedAmount(annualCell),
                            "een Startdatum bij de regel of de maatregel",
                            "Het Jaarbedrag in rij " + row.number() + " heeft geen startdatum (niet bij de regel en niet bij de maatregel).");
                }
                rowLines.add(new FinancialLine(number, kind, post, holder, municipality, null, annual, start, end));
            }
            warnIfCopied(cells, h.cell(row, "Nummer"), row.number(), rowLines, rowOfLines);
            lines.addAll(rowLines);
        }
        // after the rows, so that the feedback lists a sheet's messages from top to bottom
        table.checkControlTotals(cells, amountColumns);
        return h.yearColumns().isEmpty() ? null : h.yearColumns().lastKey();
    }

    /**
     * A number written other than on Maatregelen ('abo' for 'ABO') names the measure it most likely means:
     * numbers must match exactly, as they also tie realisations to measures, but the sender should not
     * have to find the difference.
     */
    private static void reportUnknownMeasure(String sheet, SheetCell cell, int rowNumber, String number,
                                             Set<String> known, ValidationReport report) {
        String typed = squeezed(number);
        String meant = known.stream().filter(k -> squeezed(k).equalsIgnoreCase(typed)).findFirst().orElse(null);
        String message = "Maatregel '" + number + "' in rij " + rowNumber + " staat niet op blad 'Maatregelen'.";
        if (meant != null) {
            message += " Bedoelt u '" + meant + "'? Schrijf het nummer precies zoals op blad 'Maatregelen'.";
        }
        report.error(sheet, cell.ref(), "Onbekende maatregel", number, meant != null ? meant : "een nummer van blad Maatregelen",
                message);
    }

    private static String squeezed(String number) {
        return number.replaceAll("\\s+", "");
    }

    private static List<Target> readTargets(XlsxWorkbook workbook, WorkbookInfo info, ValidationReport report) {
        List<Target> targets = new ArrayList<>();
        String sheet = SheetNames.find(workbook, "Taakstelling");
        if (sheet == null) {
            return targets;
        }
        DataTable table = DataTable.read(workbook.read(sheet), TARGET_COLUMNS, true, report);
        if (table == null) {
            return targets;
        }
        CellReader cells = new CellReader(sheet, report, info.unitFactor(), info.convention());
        table.checkStatedUnit(cells);
        TableHeader h = table.header();
        Map<String, Integer> amountColumns = DataTable.amountColumns(h, List.of());
        OneAmountPerYear once = new OneAmountPerYear(cells, "één taakstelling per domein en jaar");
        for (SheetRow row : table.dataRows()) {
            Domain domain = cells.choice(row, h, "Domein", ContractValues.DOMAINS, null);
            if (domain == null) {
                cells.checkAmounts(row, amountColumns);
                continue;
            }
            for (Map.Entry<Integer, Integer> year : h.yearColumns().entrySet()) {
                SheetCell cell = row.cell(year.getValue());
                Amount amount = cells.magnitude(cell, String.valueOf(year.getKey()), LineKind.SAVING);
                if (amount != null && once.first(domain, "de taakstelling van domein " + domain.label(), year.getKey(), cell)) {
                    targets.add(new Target(domain, year.getKey(), amount));
                }
            }
        }
        table.checkControlTotals(cells, amountColumns);
        return targets;
    }

    /** A region's amounts must say which municipality they belong to, or which key splits them. */
    private static void requireKeysForRegionalAmounts(XlsxWorkbook workbook, Map<String, Measure> measures,
                                                      Map<String, String> keyCells, List<FinancialLine> lines,
                                                      ValidationReport report) {
        String sheet = SheetNames.find(workbook, "Maatregelen");
        for (Measure m : measures.values()) {
            boolean needsKey = lines.stream()
                    .anyMatch(l -> l.measureNumber().equals(m.number()) && l.municipalityCode() == null);
            if (needsKey && (m.keyName() == null || m.keyName().isBlank())) {
                report.error(sheet, keyCells.get(m.number()), "Verdeelsleutel ontbreekt", m.number(), "de naam van een verdeelsleutel",
                        "Maatregel '" + m.number() + "' van een regio heeft bedragen zonder gemeente, maar geen verdeelsleutel.");
            }
        }
    }

    /**
     * Dates are named as a Dutch reader writes them: a date cell's own content is Excel's day number
     * (46113 for 1 April 2026), which said nothing to the sender.
     */
    private static void checkPeriod(CellReader cells, SheetCell startCell, SheetCell endCell, LocalDate start,
                                    LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            cells.report().error(cells.sheet(), endCell.ref(), "Einddatum voor startdatum", DutchTime.date(end),
                    "een einddatum op of na " + DutchTime.date(start),
                    "De einddatum " + DutchTime.date(end) + " in cel " + endCell.ref() + " ligt voor de startdatum "
                            + DutchTime.date(start) + " in cel " + startCell.ref() + ". Zijn de datums verwisseld?");
        }
    }

    /**
     * An annual amount counts in the contract's years only (the calculation leaves the others out);
     * a date before or after them is most often a mistyped year, so the sender hears which years drop.
     * The date is the line's own, else the measure's (then the warning stands on the Jaarbedrag).
     */
    private static void warnOutsidePlanningYears(CellReader cells, int rowNumber, SheetCell annualCell,
                                                 SheetCell startCell, LocalDate lineStart, SheetCell endCell,
                                                 LocalDate lineEnd, Measure measure) {
        LocalDate start = lineStart != null ? lineStart : measure == null ? null : measure.startDate();
        LocalDate end = lineEnd != null ? lineEnd : measure == null ? null : measure.endDate();
        if (start != null && end != null && end.isBefore(start)) {
            return; // already an error
        }
        if (start != null && start.getYear() < PlanningYears.FIRST) {
            warnDateOutside(cells, lineStart != null ? startCell : annualCell, rowNumber, "vanaf", start,
                    lineStart != null ? "" : " (Startdatum van maatregel '" + measure.number() + "')",
                    "de jaren vóór " + PlanningYears.FIRST);
        }
        if (end != null && end.getYear() > PlanningYears.LAST) {
            warnDateOutside(cells, lineEnd != null ? endCell : annualCell, rowNumber, "tot en met", end,
                    lineEnd != null ? "" : " (Einddatum van maatregel '" + measure.number() + "')",
                    "de jaren na " + PlanningYears.LAST);
        }
    }

    private static void warnDateOutside(CellReader cells, SheetCell cell, int rowNumber, String runs, LocalDate date,
                                        String source, String dropped) {
        String range = PlanningYears.FIRST + " t/m " + PlanningYears.LAST;
        cells.report().warning(cells.sheet(), cell.ref(), "Datum buiten de planjaren", DutchTime.date(date),
                "een datum in " + range, "Het Jaarbedrag in rij " + rowNumber + " loopt " + runs + " "
                        + DutchTime.date(date) + source + "; alleen " + range + " tellen mee, " + dropped
                        + " niet. Klopt het jaartal?");
    }

    static String requiredSheet(XlsxWorkbook workbook, String name, ValidationReport report) {
        String sheet = SheetNames.find(workbook, name);
        if (sheet == null) {
            report.error(name, null, "Blad ontbreekt", String.join(", ", workbook.sheetNames()), "een blad '" + name + "'",
                    "Het verplichte blad '" + name + "' ontbreekt in dit bestand.");
        }
        return sheet;
    }
}
