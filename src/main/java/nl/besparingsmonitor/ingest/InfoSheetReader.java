package nl.besparingsmonitor.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.domain.Organisation;
import nl.besparingsmonitor.domain.SignConvention;
import nl.besparingsmonitor.domain.WorkbookKind;
import nl.besparingsmonitor.ingest.xlsx.SheetCell;
import nl.besparingsmonitor.ingest.xlsx.SheetData;
import nl.besparingsmonitor.ingest.xlsx.SheetRow;
import nl.besparingsmonitor.ingest.xlsx.XlsxWorkbook;
import nl.besparingsmonitor.validation.DutchDates;
import nl.besparingsmonitor.validation.HeaderNames;
import nl.besparingsmonitor.validation.ValidationReport;

/** Reads the {@code Info} sheet: two columns, label and value. */
final class InfoSheetReader {

    private static final String SHEET = "Info";
    private static final Map<String, List<String>> LABELS = Map.of(
            "Soort bestand", List.of("Soort", "Soort bestand", "Type bestand", "Bestandssoort", "File type", "Kind"),
            "Organisatie", List.of("Organisatie", "Naam organisatie", "Organisation", "Organization", "Gemeente", "Regio"),
            "Code", List.of("Code", "Organisatiecode", "Gemeentecode", "CBS-code", "CBS code"),
            "Peildatum", List.of("Peildatum", "Datum", "Reporting date", "Stand per"),
            "Eenheid", List.of("Eenheid", "Bedragen in", "Unit"),
            "Tekenconventie", List.of("Tekenconventie", "Teken", "Sign convention"));

    private InfoSheetReader() {
    }

    /**
     * The Info values, or null when they are too broken to know what the file is or how to read its amounts
     * (errors are reported). A missing or invalid Peildatum is reported but leaves the rest: the file is
     * rejected either way, and with kind, organisation, unit and sign convention known its other sheets can
     * still be checked, so that the sender gets every error of the file in one round instead of one per
     * delivery.
     *
     * @param today the day the file is read, in the Netherlands
     */
    static WorkbookInfo read(XlsxWorkbook workbook, ValidationReport report, LocalDate today) {
        String sheetName = SheetNames.find(workbook, SHEET);
        if (sheetName == null) {
            report.error(SHEET, null, "Blad ontbreekt", String.join(", ", workbook.sheetNames()), "een blad 'Info'",
                    "Het blad 'Info' ontbreekt; daarin staan Soort bestand, Organisatie, Code en Peildatum.");
            return null;
        }
        SheetData sheet = workbook.read(sheetName);
        Map<String, SheetCell> values = new HashMap<>();
        Map<String, SheetCell> labels = new HashMap<>();
        for (SheetRow row : sheet.rows()) {
            SheetCell label = row.firstTextCell();
            if (label == null) {
                continue;
            }
            String key = labelKey(label.text());
            if (key != null && !labels.containsKey(key)) {
                labels.put(key, label);
                values.put(key, row.cell(label.column() + 1));
            }
        }
        if (formulasWithoutResult(sheetName, values, report)) {
            // a file saved without formula results has none anywhere; what its other sheets would add is the same
            return null;
        }
        CellReader cells = CellReader.forLabelledValues(sheetName, report);
        WorkbookKind kind = requiredChoice(cells, labels, values, "Soort bestand", ContractValues.KINDS);
        String organisationName = requiredText(cells, labels, values, "Organisatie");
        String code = requiredText(cells, labels, values, "Code");
        LocalDate peildatum = null;
        // A cell holding only spaces is as empty as no cell: it must be reported, not silently read as no date.
        if (CellReader.text(values.get("Peildatum")) == null) {
            missing(cells, labels, "Peildatum", "een datum");
        } else {
            peildatum = cells.date(values.get("Peildatum"), "Peildatum", DutchDates.Edge.DAY);
            checkNotAhead(sheetName, values.get("Peildatum"), peildatum, today, report);
        }
        BigDecimal unit = optionalChoice(cells, values, "Eenheid", ContractValues.UNITS, BigDecimal.ONE);
        SignConvention convention = optionalChoice(cells, values, "Tekenconventie", ContractValues.CONVENTIONS,
                SignConvention.ALL_POSITIVE);
        if (kind == null || organisationName == null || code == null || unit == null || convention == null) {
            return null;
        }
        return new WorkbookInfo(kind, new Organisation(code.toUpperCase(java.util.Locale.ROOT), organisationName),
                peildatum, unit, convention);
    }

    /**
     * A version with a later Peildatum replaces the current one and an earlier one never does, so a mistyped
     * year (2027 for 2026) would make every delivery after it count for nothing until that date. Figures
     * 'per 31-12' are often sent a few weeks ahead, so up to a month after today is allowed.
     */
    private static void checkNotAhead(String sheet, SheetCell cell, LocalDate peildatum, LocalDate today,
                                      ValidationReport report) {
        LocalDate latest = today.plusMonths(1);
        if (peildatum == null || !peildatum.isAfter(latest)) {
            return;
        }
        report.error(sheet, cell.ref(), "Peildatum in de toekomst", DutchTime.date(peildatum),
                "een datum tot en met " + DutchTime.date(latest),
                "De peildatum " + DutchTime.date(peildatum) + " ligt meer dan een maand na vandaag (" + DutchTime.date(today)
                        + "). De peildatum is de datum waarop de cijfers de stand weergeven. Een versie met een latere "
                        + "peildatum vervangt de huidige, en een aanlevering met een eerdere peildatum telt daarna niet "
                        + "meer mee. Klopt het jaartal?");
    }

    private static boolean formulasWithoutResult(String sheet, Map<String, SheetCell> values, ValidationReport report) {
        List<Map.Entry<String, SheetCell>> found = values.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().isFormulaWithoutResult())
                .sorted(java.util.Comparator.comparingInt(e -> e.getValue().row())).toList();
        found.forEach(e -> CellReader.formulaWithoutResult(report, sheet, e.getValue(),
                CellReader.besideLabel(e.getValue(), e.getKey())));
        return !found.isEmpty();
    }

    private static String labelKey(String text) {
        String normalised = HeaderNames.normalise(text).replaceAll(":$", "");
        for (Map.Entry<String, List<String>> e : LABELS.entrySet()) {
            for (String alias : e.getValue()) {
                if (normalised.equals(HeaderNames.normalise(alias))) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    private static String requiredText(CellReader cells, Map<String, SheetCell> labels, Map<String, SheetCell> values,
                                       String key) {
        String text = CellReader.text(values.get(key));
        if (text == null) {
            missing(cells, labels, key, "een waarde");
        } else if (cells.tooLong(values.get(key), key, text)) {
            return null;
        }
        return text;
    }

    private static <T> T requiredChoice(CellReader cells, Map<String, SheetCell> labels, Map<String, SheetCell> values,
                                        String key, ContractValues.Lookup<T> lookup) {
        String text = CellReader.text(values.get(key));
        if (text == null) {
            missing(cells, labels, key, lookup.expected());
            return null;
        }
        T value = lookup.find(text);
        if (value == null) {
            SheetCell cell = values.get(key);
            cells.report().error(cells.sheet(), cell.ref(), "Ongeldige waarde", text, lookup.expected(),
                    "'" + key + "' is '" + text + "'; " + lookup.allowedInstead(text));
        }
        return value;
    }

    private static <T> T optionalChoice(CellReader cells, Map<String, SheetCell> values, String key,
                                        ContractValues.Lookup<T> lookup, T fallback) {
        String text = CellReader.text(values.get(key));
        if (text == null) {
            return fallback;
        }
        T value = lookup.find(text);
        if (value == null) {
            cells.report().error(cells.sheet(), values.get(key).ref(), "Ongeldige waarde", text, lookup.expected(),
                    "'" + key + "' is '" + text + "'; " + lookup.allowedInstead(text));
        }
        return value;
    }

    private static void missing(CellReader cells, Map<String, SheetCell> labels, String key, String expected) {
        SheetCell label = labels.get(key);
        String ref = label == null ? null : nl.besparingsmonitor.ingest.xlsx.CellRefs.ref(label.row(), label.column() + 1);
        cells.report().error(cells.sheet(), ref, "Verplichte waarde", null, expected,
                label == null ? "Het blad 'Info' mist de regel '" + key + "'."
                        : "Bij '" + key + "' op het blad 'Info' is geen waarde ingevuld.");
    }
}
