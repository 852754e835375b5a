package nl.besparingsmonitor.ingest;

import java.util.List;
import java.util.Map;

import nl.besparingsmonitor.ingest.xlsx.XlsxWorkbook;
import nl.besparingsmonitor.validation.HeaderNames;

/** Finds a contract sheet in a workbook by its Dutch name or an accepted alias. */
final class SheetNames {

    private static final Map<String, List<String>> ALIASES = Map.of(
            "Info", List.of("Informatie", "Algemeen"),
            "Maatregelen", List.of("Measures", "Voorstellen", "Maatregel"),
            "Financieel", List.of("Financial", "Financien", "Bedragen"),
            "Taakstelling", List.of("Targets", "Target", "Taakstellingen"),
            "Realisatie", List.of("Actuals", "Realisaties"),
            "Begroting", List.of("Budget", "Budgetten"),
            "Boekingen", List.of("Bookings", "Journaal", "Grootboek"),
            "Verdeelsleutels", List.of("Keys", "Verdeelsleutel", "Distribution keys"),
            "Regio", List.of("Region", "Regios", "Leden"));

    private SheetNames() {
    }

    /** The actual sheet name in the workbook, or null when absent. */
    static String find(XlsxWorkbook workbook, String contractName) {
        List<String> accepted = new java.util.ArrayList<>();
        accepted.add(contractName);
        accepted.addAll(ALIASES.getOrDefault(contractName, List.of()));
        for (String name : accepted) {
            for (String actual : workbook.sheetNames()) {
                if (HeaderNames.normalise(actual).equals(HeaderNames.normalise(name))) {
                    return actual;
                }
            }
        }
        return null;
    }
}
