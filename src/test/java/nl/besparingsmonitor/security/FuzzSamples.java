package nl.besparingsmonitor.security;

import static nl.besparingsmonitor.support.TestWorkbook.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.besparingsmonitor.support.TestWorkbook;
import nl.besparingsmonitor.support.TestWorkbook.Formula;

/**
 * Valid workbooks of every kind as plain data (sheet name to rows), so that the fuzzer can shuffle,
 * rename and fill them before writing them with POI.
 */
final class FuzzSamples {

    private static final LocalDate PEILDATUM = LocalDate.of(2025, 3, 1);

    private FuzzSamples() {
    }

    static List<Map<String, List<Object[]>>> all() {
        return List.of(proposals(), realisation(), keys());
    }

    static Map<String, List<Object[]>> proposals() {
        Map<String, List<Object[]>> s = new LinkedHashMap<>();
        s.put("Info", rows(row("Soort bestand", "Voorstellen"), row("Organisatie", "Gemeente Huizen"), row("Code", "GM0406"),
                row("Peildatum", PEILDATUM), row("Eenheid", "euro"), row("Tekenconventie", "bedragen positief")));
        s.put("Maatregelen", rows(row("Nummer", "Naam", "Domein", "Status", "Type", "Startdatum", "Toelichting"),
                row("1", "Lumpsum begeleiding", "Wmo", "Aangenomen", "Structureel", LocalDate.of(2024, 1, 1), "x"),
                row("2", "Inzet praktijkondersteuner", "Jeugd", "Aangenomen", null, "1-4-2026", null),
                row("3", "Afgewezen voorstel", "Wmo", "Afgewezen", null, null, null)));
        s.put("Financieel", rows(row("Nummer", "Soort", "Post", 2024, 2025, 2026),
                row("1", "Besparing", "Zorgkosten", 100_000, 200_000, 250_000),
                row("1", "Kosten", "Formatie", 20_000, 20_000, new Formula("10000*2")),
                row("2", "Besparing", null, "1.632.659", "€ 1.632.659,50", "P.M."),
                row("3", "Besparing", null, 50_000, 50_000, 50_000),
                row("Totaal", null, null, 1_802_659, "1.902.659,50", 320_000)));
        s.put("Taakstelling", rows(row("Domein", 2024, 2025, 2026), row("Wmo", 550_000, 550_000, 550_000)));
        return s;
    }

    static Map<String, List<Object[]>> realisation() {
        Map<String, List<Object[]>> s = new LinkedHashMap<>();
        s.put("Info", rows(row("Soort bestand", "Realisatie"), row("Organisatie", "Gemeente Huizen"), row("Code", "GM0406"),
                row("Peildatum", PEILDATUM)));
        s.put("Realisatie", rows(row("Nummer", "Soort", "Stand", 2024, 2025),
                row("1", "Besparing", "Gerealiseerd", 300, null), row("1", "Besparing", "Verwacht", null, 400),
                row("Totaal", null, null, 300, 400)));
        s.put("Begroting", rows(row("Post", "Domein", "Soort", 2023),
                row("Wmo begeleiding", "Wmo", "Begroting", 1_852_736), row("Wmo begeleiding", "Wmo", "Realisatie", 1_637_358)));
        List<Object[]> bookings = rows(row("Datum", "Nummer", "Soort", "Bedrag", "Omschrijving"));
        for (int i = 0; i < 30; i++) {
            bookings.add(row(LocalDate.of(2024, 1 + i % 12, 1 + i % 28), "1", "Besparing", 10, "boeking " + i));
        }
        bookings.add(row("Totaal", null, null, 300, null));
        s.put("Boekingen", bookings);
        return s;
    }

    static Map<String, List<Object[]>> keys() {
        Map<String, List<Object[]>> s = new LinkedHashMap<>();
        s.put("Info", rows(row("Soort bestand", "Verdeelsleutels"), row("Organisatie", "GR Meerinzicht"),
                row("Code", "GR-MEERINZICHT"), row("Peildatum", PEILDATUM)));
        s.put("Verdeelsleutels", rows(row("Sleutel", "Gemeente", "Code", "Aandeel", "Inwoners"),
                row("Vast", "Ermelo", "GM0233", "30%", null), row("Vast", "Harderwijk", "GM0243", "45,5%", null),
                row("Vast", "Zeewolde", "GM0050", 0.245, null), row("Inwoners", "Ermelo", "GM0233", null, 27_000),
                row("Inwoners", "Harderwijk", "gm243", null, 48_000)));
        s.put("Regio", rows(row("Regio", "Code", "Gemeente", "Gemeentecode"),
                row("GR Meerinzicht", "GR-MEERINZICHT", "Ermelo", "GM0233")));
        return s;
    }

    static TestWorkbook toWorkbook(Map<String, List<Object[]>> sheets) {
        TestWorkbook wb = TestWorkbook.create();
        sheets.forEach((name, rows) -> wb.sheet(name, rows.toArray(new Object[0][])));
        return wb;
    }

    static Map<String, List<Object[]>> deepCopy(Map<String, List<Object[]>> sheets) {
        Map<String, List<Object[]>> copy = new LinkedHashMap<>();
        sheets.forEach((name, rows) -> {
            List<Object[]> r = new ArrayList<>();
            rows.forEach(values -> r.add(Arrays.copyOf(values, values.length)));
            copy.put(name, r);
        });
        return copy;
    }

    private static List<Object[]> rows(Object[]... rows) {
        return new ArrayList<>(List.of(rows));
    }
}
