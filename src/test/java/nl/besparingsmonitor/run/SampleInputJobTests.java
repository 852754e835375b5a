package nl.besparingsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import nl.besparingsmonitor.support.ConsolidationRuns;
import nl.besparingsmonitor.support.JobTest;

/**
 * The shipped sample input and templates load without a single error, the sample input is left
 * untouched, and the run summary carries the figures of the source documents.
 */
@JobTest
class SampleInputJobTests {

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job consolidationJob;

    @TempDir
    Path root;

    private JsonNode run(Path inbox) throws Exception {
        ConsolidationRuns runs = new ConsolidationRuns(jobOperator, consolidationJob, root);
        assertThat(runs.run(inbox).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return runs.summary();
    }

    private static void assertEveryFileAcceptedWithoutErrors(JsonNode summary, int expectedFiles) {
        assertThat(summary.get("files")).hasSize(expectedFiles);
        for (JsonNode file : summary.get("files")) {
            assertThat(file.get("status").asString()).as(file.get("file").asString()).isEqualTo("accepted");
            assertThat(file.get("errors").asInt()).as(file.get("file").asString()).isZero();
        }
    }

    private static JsonNode total(JsonNode summary, String level, String organisation, String municipality,
                                  String domain, String measure, Integer year) {
        for (JsonNode t : summary.get("totals")) {
            if (t.get("level").asString().equals(level) && eq(t, "organisation", organisation)
                    && eq(t, "municipality", municipality) && eq(t, "domain", domain) && eq(t, "measure", measure)
                    && (year == null ? t.get("year").isNull() : t.get("year").asInt() == year)) {
                return t;
            }
        }
        throw new AssertionError("no total " + level + " " + organisation + " " + municipality + " " + domain + " " + measure + " " + year);
    }

    private static boolean eq(JsonNode t, String field, String value) {
        return value == null ? t.get(field).isNull() : value.equals(t.get(field).asString());
    }

    private static BigDecimal number(JsonNode t, String field) {
        return t.get(field).decimalValue();
    }

    @Test
    void sampleInputLoadsWithZeroErrorsIsNotChangedAndGivesTheDocumentsFigures() throws Exception {
        Path sampleInput = Path.of("sample-input");
        Map<String, String> before = hashes(sampleInput);
        assertThat(before).hasSizeGreaterThanOrEqualTo(8);

        JsonNode summary = run(sampleInput);

        assertEveryFileAcceptedWithoutErrors(summary, before.size());
        assertThat(hashes(sampleInput)).isEqualTo(before);
        assertThat(Files.list(root.resolve("output")).anyMatch(p -> p.getFileName().toString().matches("consolidatie-.*\\.xlsx"))).isTrue();

        // domain.md rule 8, Huizen 2023: saldi 215,378 + 159,276 = 374,654; + target 170,000 = 544,654
        JsonNode huizen2023 = total(summary, "organisation_year", "GM0406", null, null, null, 2023);
        assertThat(number(huizen2023, "budget_saldo")).isEqualByComparingTo("374654");
        assertThat(number(huizen2023, "target")).isEqualByComparingTo("170000");
        assertThat(number(huizen2023, "expected_total_saving")).isEqualByComparingTo("544654");
        assertThat(number(total(summary, "organisation_year", "GM0406", null, null, null, 2022), "realised_net"))
                .isEqualByComparingTo("295000");

        // domain.md rule 1, seed 001 measure 1 (2021): cost 76,000, saving 500,000 -> net +424,000
        JsonNode gooi1 = total(summary, "organisation_measure_year", "GR-GOOI-VECHTSTREEK", null, "Jeugd", "1", 2021);
        assertThat(number(gooi1, "planned_saving")).isEqualByComparingTo("500000");
        assertThat(number(gooi1, "planned_cost")).isEqualByComparingTo("76000");
        assertThat(number(gooi1, "planned_net")).isEqualByComparingTo("424000");

        // domain.md rule 4, seed 000 innovation budget 210,000 a year medio 2026 t/m medio 2029; savings P.M.
        JsonNode innovation2026 = total(summary, "organisation_measure_year", "GR-MEERINZICHT", null, "Wmo", "11", 2026);
        assertThat(number(innovation2026, "planned_cost")).isEqualByComparingTo("105000");
        assertThat(innovation2026.get("incomplete").asBoolean()).isTrue();
        assertThat(number(total(summary, "organisation_measure_year", "GR-MEERINZICHT", null, "Wmo", "11", 2027), "planned_cost"))
                .isEqualByComparingTo("210000");

        // seed 002 Renkum: Wmo 2026 target 1,000,000, planned 511,500 -> gap 488,500, coverage 51.15%
        JsonNode renkumWmo = total(summary, "organisation_domain_year", "GM0274", null, "Wmo", null, 2026);
        assertThat(number(renkumWmo, "gap")).isEqualByComparingTo("488500");
        assertThat(number(renkumWmo, "coverage")).isEqualByComparingTo("51.15");
        assertThat(renkumWmo.get("incomplete").asBoolean()).isFalse();

        // Regional amounts reach the members: Hilversum has a share of the Gooi measures
        JsonNode hilversum = total(summary, "municipality_year", null, "GM0402", null, null, 2024);
        assertThat(number(hilversum, "planned_net")).isBetween(new BigDecimal("3487000"), new BigDecimal("3488000"));
    }

    @Test
    void theTemplatesLoadWithoutErrors() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("templates-inbox"));
        try (Stream<Path> templates = Files.list(Path.of("templates"))) {
            // the three input templates; the report template is no input
            for (Path t : templates.filter(p -> p.toString().endsWith(".xlsx")
                    && !p.getFileName().toString().startsWith("Rapport")).toList()) {
                Files.copy(t, inbox.resolve(t.getFileName()));
            }
        }
        assertThat(Files.list(inbox).count()).isEqualTo(3);

        assertEveryFileAcceptedWithoutErrors(run(inbox), 3);
    }

    @Test
    void aRegionalLineForAMunicipalityOutsideTheRegionStaysWithTheRegionAndIsWarned() throws Exception {
        // the sample's Zeewolde line of GR Meerinzicht measure 12+13 (80,000 a year from 2027) typed as 'Huizen',
        // a municipality of Gooi en Vechtstreek: Huizen's figures must not get it
        Path inbox = Files.createDirectories(root.resolve("edited-inbox"));
        try (Stream<Path> files = Files.list(Path.of("sample-input"))) {
            for (Path f : files.toList()) {
                Files.copy(f, inbox.resolve(f.getFileName()));
            }
        }
        Path meerinzicht = inbox.resolve("GR Meerinzicht - Voorstellen.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(meerinzicht))) {
            Cell gemeente = wb.getSheet("Financieel").getRow(9).getCell(4);
            assertThat(gemeente.getStringCellValue()).isEqualTo("GM0050");
            gemeente.setCellValue("Huizen");
            try (OutputStream out = Files.newOutputStream(meerinzicht)) {
                wb.write(out);
            }
        }

        JsonNode summary = run(inbox);

        assertEveryFileAcceptedWithoutErrors(summary, 8);
        assertThat(summary.get("warnings")).anySatisfy(w -> {
            assertThat(w.get("organisation").asString()).isEqualTo("GR-MEERINZICHT");
            assertThat(w.get("measure").asString()).isEqualTo("12+13");
            assertThat(w.get("message").asString()).isEqualTo("Financiële regel voor gemeente GM0406 Huizen, die volgens de "
                    + "verdeelsleutels en de regio-indeling geen lid is van GR Meerinzicht; het bedrag blijft bij de organisatie "
                    + "en is van geen gemeente een deel.");
        });
        assertThat(number(total(summary, "organisation_measure_year", "GR-MEERINZICHT", null, "Wmo", "12+13", 2027),
                "planned_saving")).isEqualByComparingTo("80000");
        // Huizen plans nothing after 2026 of its own; Gooi en Vechtstreek's measures end by then too
        assertThat(summary.get("totals")).noneMatch(t -> t.get("level").asString().equals("municipality_year")
                && "GM0406".equals(t.get("municipality").asString()) && t.get("year").asInt() >= 2027);
    }

    @Test
    void aWorkbookWhoseNameIsNotTheOneItsCodeIsKnownByIsLoadedWithAWarningInItsFeedback() throws Exception {
        // Huizen's Realisatie copied for Blaricum with only the name changed: Huizen's figures would be replaced
        Path first = Files.createDirectories(root.resolve("first"));
        Path second = Files.createDirectories(root.resolve("second"));
        try (Stream<Path> files = Files.list(Path.of("sample-input"))) {
            for (Path f : files.toList()) {
                Files.copy(f, first.resolve(f.getFileName()));
            }
        }
        Path copied = second.resolve("GM0376 Blaricum - Realisatie.xlsx");
        Path renamedHuizen = second.resolve("GM0406 Huizen - Voorstellen.xlsx");
        edit(first.resolve("GM0406 Huizen - Realisatie.xlsx"), copied, "Gemeente Blaricum");
        edit(first.resolve("GM0406 Huizen - Voorstellen.xlsx"), renamedHuizen, "HUIZEN");
        ConsolidationRuns runs = new ConsolidationRuns(jobOperator, consolidationJob, root);
        assertThat(runs.run(first).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(runs.run(second).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        JsonNode summary = runs.summary();
        JsonNode blaricum = ConsolidationRuns.fileEntry(summary, copied.getFileName().toString());
        assertThat(blaricum.get("status").asString()).isEqualTo("accepted");
        assertThat(blaricum.get("messages")).filteredOn(m -> m.get("rule").asString().equals("Andere naam")).singleElement()
                .satisfies(m -> {
                    assertThat(m.get("value").asString()).isEqualTo("Gemeente Blaricum");
                    assertThat(m.get("expected").asString()).isEqualTo("'Gemeente Huizen' of 'Huizen'");
                    assertThat(m.get("message").asString()).isEqualTo("Code GM0406 is bekend als 'Gemeente Huizen' of 'Huizen',"
                            + " maar dit bestand noemt de organisatie 'Gemeente Blaricum'. De cijfers zijn geladen als die van"
                            + " GM0406. Hoort het bestand bij een andere organisatie, corrigeer dan de Code (blad Info) en lever"
                            + " het opnieuw aan.");
                });
        // case and the word 'gemeente' do not make another name
        assertThat(ConsolidationRuns.fileEntry(summary, renamedHuizen.getFileName().toString()).get("messages"))
                .noneMatch(m -> m.get("rule").asString().equals("Andere naam"));
        // the sender hears it too: an accepted file with only the store's warnings still gets its feedback
        Path feedback = runs.output().resolve("terugkoppeling").resolve(copied.getFileName() + ".feedback.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(feedback))) {
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    for (Cell cell : row) {
                        found |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                && cell.getStringCellValue().equals("Andere naam");
                    }
                }
            }
            assertThat(found).as("'Andere naam' in " + feedback).isTrue();
        }
    }

    private static void edit(Path from, Path to, String organisation) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(from))) {
            Cell name = wb.getSheet("Info").getRow(1).getCell(1);
            assertThat(wb.getSheet("Info").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Organisatie");
            name.setCellValue(organisation);
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
    }

    private static Map<String, String> hashes(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                try {
                    hashes.put(f.getFileName().toString(),
                            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return hashes;
    }
}
