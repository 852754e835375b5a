package nl.besparingsmonitor.samples;

import static nl.besparingsmonitor.samples.SampleWorkbookGenerator.GOOI_VERDEELSLEUTELS;
import static nl.besparingsmonitor.samples.SampleWorkbookGenerator.GOOI_VOORSTELLEN;
import static nl.besparingsmonitor.samples.SampleWorkbookGenerator.HUIZEN_REALISATIE;
import static nl.besparingsmonitor.samples.SampleWorkbookGenerator.HUIZEN_VOORSTELLEN;
import static nl.besparingsmonitor.samples.SampleWorkbookGenerator.MEERINZICHT_VERDEELSLEUTELS;
import static nl.besparingsmonitor.samples.SampleWorkbookGenerator.MEERINZICHT_VOORSTELLEN;
import static nl.besparingsmonitor.samples.SampleWorkbookGenerator.NOORDOOSTPOLDER_VOORSTELLEN;
import static nl.besparingsmonitor.samples.SampleWorkbookGenerator.RENKUM_VOORSTELLEN;
import static nl.besparingsmonitor.samples.SampleWorkbookGenerator.TEMPLATE_REALISATIE;
import static nl.besparingsmonitor.samples.SampleWorkbookGenerator.TEMPLATE_VERDEELSLEUTELS;
import static nl.besparingsmonitor.samples.SampleWorkbookGenerator.TEMPLATE_VOORSTELLEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generator and checks, with POI, the files, sheets and the documents' key figures. */
class SampleWorkbookGeneratorTest {

    @TempDir
    static Path root;

    static List<Path> written;

    @BeforeAll
    static void generate() throws IOException {
        written = SampleWorkbookGenerator.generate(root);
    }

    @Test
    void writesEveryExpectedFileWithItsSheets() throws IOException {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(TEMPLATE_VOORSTELLEN, List.of("Info", "Maatregelen", "Financieel", "Taakstelling", "Toelichting"));
        expected.put(TEMPLATE_REALISATIE, List.of("Info", "Realisatie", "Begroting", "Boekingen", "Toelichting"));
        expected.put(TEMPLATE_VERDEELSLEUTELS, List.of("Info", "Verdeelsleutels", "Regio", "Toelichting"));
        expected.put(MEERINZICHT_VOORSTELLEN, List.of("Info", "Maatregelen", "Financieel"));
        expected.put(MEERINZICHT_VERDEELSLEUTELS, List.of("Info", "Verdeelsleutels", "Regio"));
        expected.put(GOOI_VOORSTELLEN, List.of("Info", "Maatregelen", "Financieel"));
        expected.put(GOOI_VERDEELSLEUTELS, List.of("Info", "Verdeelsleutels", "Regio"));
        expected.put(HUIZEN_VOORSTELLEN, List.of("Info", "Maatregelen", "Financieel", "Taakstelling"));
        expected.put(HUIZEN_REALISATIE, List.of("Info", "Realisatie", "Begroting", "Boekingen"));
        expected.put(NOORDOOSTPOLDER_VOORSTELLEN, List.of("Info", "Maatregelen", "Financieel", "Taakstelling"));
        expected.put(RENKUM_VOORSTELLEN, List.of("Info", "Maatregelen", "Financieel", "Taakstelling"));

        assertThat(written).containsExactlyElementsOf(expected.keySet().stream().map(root::resolve).toList());
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            Path file = root.resolve(e.getKey());
            assertThat(Files.size(file)).as(e.getKey()).isLessThan(100_000);
            try (Workbook wb = open(e.getKey())) {
                List<String> names = new ArrayList<>();
                wb.forEach(s -> names.add(s.getSheetName()));
                assertThat(names).as(e.getKey()).containsExactlyElementsOf(e.getValue());
            }
        }
    }

    @Test
    void templatesHaveOneExampleRowDropdownsFrozenHeaderAndDatePeildatum() throws IOException {
        for (String template : List.of(TEMPLATE_VOORSTELLEN, TEMPLATE_REALISATIE, TEMPLATE_VERDEELSLEUTELS)) {
            try (Workbook wb = open(template)) {
                Sheet info = wb.getSheet("Info");
                assertThat(info.getDataValidations()).as(template).hasSize(3);
                Cell peildatum = info.getRow(3).getCell(1);
                assertThat(info.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Peildatum");
                assertThat(peildatum.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(peildatum)).isTrue();
                for (Sheet s : wb) {
                    if (s.getSheetName().equals("Info") || s.getSheetName().equals("Toelichting")) {
                        continue;
                    }
                    assertThat(s.getLastRowNum()).as(template + " " + s.getSheetName()).isEqualTo(1);
                    assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                    assertThat(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
                }
            }
        }
        try (Workbook wb = open(TEMPLATE_VOORSTELLEN)) {
            assertThat(headers(wb.getSheet("Maatregelen"))).containsExactly("Nummer", "Naam", "Domein", "Status",
                    "Categorie", "Type", "Startdatum", "Einddatum", "Verdeelsleutel", "Toelichting");
            assertThat(headers(wb.getSheet("Financieel"))).containsExactly("Nummer", "Soort", "Post", "Begroting",
                    "Gemeente", "Jaarbedrag", "Startdatum", "Einddatum", "2024", "2025", "2026", "2027", "2028");
            // Domein, Status, Type on Maatregelen
            assertThat(wb.getSheet("Maatregelen").getDataValidations()).hasSize(3);
            assertThat(info(wb)).containsEntry("Organisatie", "Gemeente Voorbeeld").containsEntry("Code", "GM9999");
        }
        try (Workbook wb = open(TEMPLATE_REALISATIE)) {
            assertThat(headers(wb.getSheet("Realisatie")))
                    .containsExactly("Nummer", "Soort", "Stand", "Gemeente", "2024", "2025", "2026", "2027", "2028");
            assertThat(headers(wb.getSheet("Boekingen"))).containsExactly("Datum", "Nummer", "Soort", "Bedrag", "Omschrijving");
        }
    }

    @Test
    void huizenBudgetLinesReproduceDomainRule8() throws IOException {
        try (Workbook wb = open(HUIZEN_REALISATIE)) {
            List<Map<String, Object>> rows = rows(wb.getSheet("Begroting"));
            assertThat(amount(find(rows, "Post", "Wmo begeleiding", "Soort", "Begroting"), "2023")).isEqualByComparingTo("1852736");
            assertThat(amount(find(rows, "Post", "Wmo begeleiding", "Soort", "Realisatie"), "2023")).isEqualByComparingTo("1637358");
            assertThat(amount(find(rows, "Post", "Jeugd begeleiding", "Soort", "Begroting"), "2023")).isEqualByComparingTo("1885030");
            assertThat(amount(find(rows, "Post", "Jeugd begeleiding", "Soort", "Realisatie"), "2023")).isEqualByComparingTo("1725754");
            assertThat(find(rows, "Post", "Jeugd begeleiding", "Soort", "Begroting").get("2024")).isEqualTo("€ 1.702.354");

            Map<String, BigDecimal> saldo = new HashMap<>();
            for (String year : List.of("2023", "2024", "2025", "2026")) {
                BigDecimal total = BigDecimal.ZERO;
                for (String post : List.of("Wmo begeleiding", "Jeugd begeleiding")) {
                    String actualKind = year.equals("2023") ? "Realisatie" : "Prognose";
                    total = total.add(amount(find(rows, "Post", post, "Soort", "Begroting"), year))
                            .subtract(amount(find(rows, "Post", post, "Soort", actualKind), year));
                }
                saldo.put(year, total);
            }
            assertThat(saldo.get("2023")).isEqualByComparingTo("374654");
            assertThat(saldo.get("2024")).isEqualByComparingTo("216448");
            assertThat(saldo.get("2025")).isEqualByComparingTo("161010");
            assertThat(saldo.get("2026")).isEqualByComparingTo("15411");

            // expected savings per measure add up to saldo + target (Tabel 1: 544.654 603.448 723.010 777.411)
            List<Map<String, Object>> realisatie = rows(wb.getSheet("Realisatie"));
            Map<String, String> expected = Map.of("2023", "544654", "2024", "603448", "2025", "723010", "2026", "777411");
            for (Map.Entry<String, String> e : expected.entrySet()) {
                BigDecimal sum = realisatie.stream().filter(r -> "Verwacht".equals(r.get("Stand")))
                        .map(r -> amount(r, e.getKey())).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).as(e.getKey()).isEqualByComparingTo(e.getValue());
            }
        }
        try (Workbook wb = open(HUIZEN_VOORSTELLEN)) {
            List<Map<String, Object>> targets = rows(wb.getSheet("Taakstelling"));
            assertThat(sum(targets, "2023")).isEqualByComparingTo("170000");
            assertThat(sum(targets, "2024")).isEqualByComparingTo("387000");
            assertThat(sum(targets, "2026")).isEqualByComparingTo("762000");
        }
    }

    @Test
    void huizenBookingsAddUpExactlyToTheirGerealiseerdRows() throws IOException {
        try (Workbook wb = open(HUIZEN_REALISATIE)) {
            Map<String, BigDecimal> booked = new HashMap<>();
            List<Map<String, Object>> bookings = rows(wb.getSheet("Boekingen"));
            for (Map<String, Object> b : bookings) {
                assertThat(((LocalDate) b.get("Datum")).getYear()).isEqualTo(2022);
                booked.merge((String) b.get("Nummer"), amount(b, "Bedrag"), BigDecimal::add);
            }
            assertThat(bookings).hasSizeBetween(20, 60);
            assertThat(bookings).anyMatch(b -> "16.045,50".equals(b.get("Bedrag")));
            List<Map<String, Object>> realised = rows(wb.getSheet("Realisatie")).stream()
                    .filter(r -> "Gerealiseerd".equals(r.get("Stand"))).toList();
            assertThat(realised).hasSize(4);
            for (Map<String, Object> r : realised) {
                assertThat(booked.get((String) r.get("Nummer"))).as("measure " + r.get("Nummer"))
                        .isEqualByComparingTo(amount(r, "2022"));
            }
            assertThat(booked.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("295000");
        }
    }

    @Test
    void controlTotalsEqualTheSumOfTheirBlock() throws IOException {
        int totals = 0;
        for (String file : List.of(HUIZEN_VOORSTELLEN, NOORDOOSTPOLDER_VOORSTELLEN)) {
            try (Workbook wb = open(file)) {
                Sheet s = wb.getSheet("Financieel");
                List<String> headers = headers(s);
                Map<String, BigDecimal> block = new HashMap<>();
                for (int r = 1; r <= s.getLastRowNum(); r++) {
                    Row row = s.getRow(r);
                    if (row == null) {
                        block.clear();
                        continue;
                    }
                    Map<String, Object> values = values(headers, row);
                    boolean total = "Totaal".equals(values.get("Nummer"));
                    for (String h : headers) {
                        if (h.matches("\\d{4}")) {
                            if (total) {
                                assertThat(amount(values, h)).as(file + " row " + (r + 1) + " " + h)
                                        .isEqualByComparingTo(block.getOrDefault(h, BigDecimal.ZERO));
                            } else {
                                block.merge(h, amount(values, h), BigDecimal::add);
                            }
                        }
                    }
                    if (total) {
                        totals++;
                        block.clear();
                    }
                }
            }
        }
        assertThat(totals).isEqualTo(5);
    }

    @Test
    void meerinzichtProposalsKeyAndPartialYears() throws IOException {
        try (Workbook wb = open(MEERINZICHT_VOORSTELLEN)) {
            assertThat(info(wb)).containsEntry("Organisatie", "GR Meerinzicht").containsEntry("Code", "GR-MEERINZICHT")
                    .containsEntry("Eenheid", "x 1.000 euro").containsEntry("Tekenconventie", "kosten negatief");
            List<Map<String, Object>> measures = rows(wb.getSheet("Maatregelen"));
            assertThat(measures).extracting(m -> m.get("Nummer")).containsExactly("3", "7", "11", "12+13");
            assertThat(find(measures, "Nummer", "7", "Status", "Afgewezen")).isNotNull();
            Map<String, Object> innovation = find(measures, "Nummer", "11", "Status", "Aangenomen");
            assertThat(innovation.get("Startdatum")).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(innovation.get("Einddatum")).isEqualTo(LocalDate.of(2029, 6, 30));
            assertThat(innovation.get("Verdeelsleutel")).isEqualTo("Verdeelsleutel domein sociaal");
            List<Map<String, Object>> lines = rows(wb.getSheet("Financieel"));
            assertThat(amount(find(lines, "Nummer", "11", "Soort", "Kosten"), "Jaarbedrag")).isEqualByComparingTo("-210");
            assertThat(amount(find(lines, "Nummer", "3", "Soort", "Kosten"), "Jaarbedrag")).isEqualByComparingTo("-102");
            assertThat(amount(find(lines, "Nummer", "3", "Soort", "Besparing"), "Jaarbedrag")).isEqualByComparingTo("200");
            assertThat(find(lines, "Nummer", "12+13", "Soort", "Besparing").get("Gemeente")).isEqualTo("GM0050");
        }
        try (Workbook wb = open(MEERINZICHT_VERDEELSLEUTELS)) {
            List<Map<String, Object>> shares = rows(wb.getSheet("Verdeelsleutels"));
            assertThat(shares).extracting(s -> s.get("Code")).containsExactly("GM0233", "GM0243", "GM0050");
            assertThat(sum(shares, "Aandeel")).isEqualByComparingTo("1.000");
            assertThat(amount(find(shares, "Code", "GM0243", "Sleutel", "Verdeelsleutel domein sociaal"), "Aandeel"))
                    .isEqualByComparingTo("0.575");
        }
    }

    @Test
    void gooiMeasuresSignsMarkersAndHilversumShare() throws IOException {
        try (Workbook wb = open(GOOI_VOORSTELLEN)) {
            assertThat(info(wb)).containsEntry("Tekenconventie", "besparing negatief").containsEntry("Eenheid", "euro");
            List<Map<String, Object>> measures = rows(wb.getSheet("Maatregelen"));
            assertThat(measures).hasSize(17);
            assertThat(measures.stream().filter(m -> "Afgewezen".equals(m.get("Status")))).hasSize(1);
            List<Map<String, Object>> lines = rows(wb.getSheet("Financieel"));
            assertThat(amount(find(lines, "Nummer", "1", "Soort", "Kosten"), "2021")).isEqualByComparingTo("76000");
            assertThat(amount(find(lines, "Nummer", "1", "Soort", "Effect"), "2021")).isEqualByComparingTo("-500000");
            assertThat(find(lines, "Nummer", "5", "Soort", "Opbrengst").get("2023")).isEqualTo("-1.632.659");
            assertThat(amount(find(lines, "Nummer", "2", "Soort", "Effect"), "2023")).isEqualByComparingTo("-1538246");
            assertThat(find(lines, "Nummer", "16", "Soort", "Opbrengst").get("2021")).isEqualTo("ntb");
            assertThat(find(lines, "Nummer", "12", "Soort", "Opbrengst").get("2024")).isEqualTo("-");
            // every measure has a Kosten and a savings line
            assertThat(lines).hasSize(34);
        }
        try (Workbook wb = open(GOOI_VERDEELSLEUTELS)) {
            List<Map<String, Object>> keys = rows(wb.getSheet("Verdeelsleutels"));
            assertThat(keys).hasSize(8);
            BigDecimal total = sum(keys, "Inwoners");
            BigDecimal hilversum = amount(find(keys, "Code", "GM0402", "Sleutel", "Inwoners 2020"), "Inwoners");
            assertThat(total).isEqualByComparingTo("265200");
            assertThat(hilversum).isEqualByComparingTo("90800");
            assertThat(hilversum.divide(total, 4, java.math.RoundingMode.HALF_UP)).isBetween(new BigDecimal("0.33"),
                    new BigDecimal("0.36"));
            assertThat(rows(wb.getSheet("Regio"))).hasSize(8);
        }
    }

    @Test
    void noordoostpolderAndRenkum() throws IOException {
        try (Workbook wb = open(NOORDOOSTPOLDER_VOORSTELLEN)) {
            assertThat(info(wb)).containsEntry("Code", "GM0171").containsEntry("Eenheid", "euro");
            List<Map<String, Object>> measures = rows(wb.getSheet("Maatregelen"));
            assertThat(measures).hasSize(37);
            assertThat(measures.stream().map(m -> (String) m.get("Categorie")).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("Voorveld", "Toegang", "Maatwerk", "Overig");
            List<Map<String, Object>> lines = rows(wb.getSheet("Financieel"));
            assertThat(find(lines, "Nummer", "C2.2", "Soort", "Besparing").get("2024")).isEqualTo("P.M.");
            assertThat(find(lines, "Nummer", "B.1", "Soort", "Besparing").get("2024")).isEqualTo("€ 250.000");
            assertThat(amount(find(lines, "Nummer", "C3.4", "Soort", "Besparing"), "2024")).isEqualByComparingTo("175000");
            assertThat(sum(rows(wb.getSheet("Taakstelling")), "2024")).isEqualByComparingTo("2120000");
        }
        try (Workbook wb = open(RENKUM_VOORSTELLEN)) {
            List<Map<String, Object>> targets = rows(wb.getSheet("Taakstelling"));
            assertThat(amount(find(targets, "Domein", "Wmo", "Domein", "Wmo"), "2025")).isEqualByComparingTo("500000");
            assertThat(amount(find(targets, "Domein", "Wmo", "Domein", "Wmo"), "2026")).isEqualByComparingTo("1000000");
            assertThat(amount(find(targets, "Domein", "Jeugd", "Domein", "Jeugd"), "2026")).isEqualByComparingTo("1009209");
            List<Map<String, Object>> lines = rows(wb.getSheet("Financieel"));
            assertThat(amount(find(lines, "Nummer", "W", "Soort", "Besparing"), "Jaarbedrag")).isEqualByComparingTo("511500");
            assertThat(amount(find(lines, "Nummer", "J", "Soort", "Besparing"), "Jaarbedrag")).isEqualByComparingTo("618500");
            assertThat(find(rows(wb.getSheet("Maatregelen")), "Nummer", "W", "Domein", "WMO").get("Startdatum"))
                    .isEqualTo(LocalDate.of(2026, 1, 1));
        }
    }

    @Test
    void referencedMeasureNumbersExist() throws IOException {
        Map<String, String> realisationToProposals = Map.of(
                HUIZEN_REALISATIE, HUIZEN_VOORSTELLEN, TEMPLATE_REALISATIE, TEMPLATE_VOORSTELLEN);
        for (String file : List.of(TEMPLATE_VOORSTELLEN, MEERINZICHT_VOORSTELLEN, GOOI_VOORSTELLEN, HUIZEN_VOORSTELLEN,
                NOORDOOSTPOLDER_VOORSTELLEN, RENKUM_VOORSTELLEN)) {
            try (Workbook wb = open(file)) {
                List<String> numbers = rows(wb.getSheet("Maatregelen")).stream().map(m -> (String) m.get("Nummer")).toList();
                assertThat(new TreeSet<>(numbers)).as(file + " unique numbers").hasSize(numbers.size());
                Set<String> used = rows(wb.getSheet("Financieel")).stream().map(m -> (String) m.get("Nummer"))
                        .filter(n -> !"Totaal".equals(n)).collect(Collectors.toSet());
                assertThat(numbers).as(file).containsAll(used);
            }
        }
        for (Map.Entry<String, String> e : realisationToProposals.entrySet()) {
            Set<String> numbers;
            try (Workbook wb = open(e.getValue())) {
                numbers = rows(wb.getSheet("Maatregelen")).stream().map(m -> (String) m.get("Nummer")).collect(Collectors.toSet());
            }
            try (Workbook wb = open(e.getKey())) {
                for (String sheet : List.of("Realisatie", "Boekingen")) {
                    assertThat(rows(wb.getSheet(sheet))).allSatisfy(r -> assertThat(numbers).contains((String) r.get("Nummer")));
                }
            }
        }
    }

    @Test
    void outputIsDeterministic(@TempDir Path other) throws IOException {
        SampleWorkbookGenerator.generate(other);
        for (Path file : written) {
            Path twin = other.resolve(root.relativize(file));
            assertThat(Files.readAllBytes(twin)).as(file.getFileName().toString()).isEqualTo(Files.readAllBytes(file));
        }
    }

    // ----------------------------------------------------------------------------------- helpers

    private static Workbook open(String relative) throws IOException {
        try (InputStream in = Files.newInputStream(root.resolve(relative))) {
            return new XSSFWorkbook(in);
        }
    }

    private static Map<String, Object> info(Workbook wb) {
        Map<String, Object> info = new LinkedHashMap<>();
        for (Row row : wb.getSheet("Info")) {
            info.put(row.getCell(0).getStringCellValue(), value(row.getCell(1)));
        }
        return info;
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    private static List<Map<String, Object>> rows(Sheet sheet) {
        List<String> headers = headers(sheet);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                rows.add(values(headers, row));
            }
        }
        return rows;
    }

    private static Map<String, Object> values(List<String> headers, Row row) {
        Map<String, Object> values = new HashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            Object v = value(row.getCell(c));
            if (v != null) {
                values.put(headers.get(c), v);
            }
        }
        return values;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        return BigDecimal.valueOf(cell.getNumericCellValue());
    }

    private static Map<String, Object> find(List<Map<String, Object>> rows, String k1, String v1, String k2, String v2) {
        return rows.stream().filter(r -> v1.equals(r.get(k1)) && v2.equals(r.get(k2))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + k1 + "=" + v1 + ", " + k2 + "=" + v2));
    }

    private static BigDecimal sum(List<Map<String, Object>> rows, String column) {
        return rows.stream().map(r -> amount(r, column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Numeric cell, or Dutch amount text; markers and empty cells count as zero here. */
    private static BigDecimal amount(Map<String, Object> row, String column) {
        Object v = row.get(column);
        if (v == null) {
            return BigDecimal.ZERO;
        }
        if (v instanceof BigDecimal bd) {
            return bd;
        }
        String text = ((String) v).trim();
        if (text.equals("-") || text.equalsIgnoreCase("ntb") || text.equalsIgnoreCase("P.M.")) {
            return BigDecimal.ZERO;
        }
        boolean negative = text.startsWith("-");
        text = text.replace("-/-", "").replace("-", "").replace("€", "").replace(".", "").replace(",", ".").trim();
        BigDecimal parsed = new BigDecimal(text);
        return negative ? parsed.negate() : parsed;
    }
}
