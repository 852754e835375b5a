package nl.besparingsmonitor.run;

import static nl.besparingsmonitor.support.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import nl.besparingsmonitor.support.ConsolidationRuns;
import nl.besparingsmonitor.support.JobTest;
import nl.besparingsmonitor.support.TestWorkbook;

/** Two deliveries of one organisation: the run summary lists exactly what changed, largest first. */
@JobTest
class DeliveryChangesTests {

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job consolidationJob;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path root;

    private JsonNode run(Path inbox) throws Exception {
        ConsolidationRuns runs = new ConsolidationRuns(jobOperator, consolidationJob, root);
        assertThat(runs.run(inbox).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return runs.summary();
    }

    @Test
    void aNewDeliveryListsAddedAndRemovedMeasuresStatusChangesAndAmountsLargestFirst() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", LocalDate.of(2025, 3, 1))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                        row("1", "Lumpsum", "Wmo", "Aangenomen"),
                        row("2", "Praktijkondersteuner", "Jeugd", "Voorgesteld"),
                        row("3", "Vervallen plan", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025, 2026),
                        row("1", "Besparing", 100, 200),
                        row("2", "Besparing", 50, null),
                        row("3", "Kosten", 10, null))
                .sheet("Taakstelling", row("Domein", 2025), row("Wmo", 300))
                .write(inbox, "huizen-maart.xlsx");
        JsonNode first = run(inbox);
        assertThat(first.get("changes")).isEmpty();

        TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", LocalDate.of(2025, 6, 1))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                        row("1", "Lumpsum", "Wmo", "Aangenomen"),
                        row("2", "Praktijkondersteuner", "Jeugd", "Aangenomen"),
                        row("4", "Nieuw plan", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025, 2026),
                        row("1", "Besparing", 100, 250),
                        row("2", "Besparing", 50, null),
                        row("4", "Besparing", null, 70))
                .sheet("Taakstelling", row("Domein", 2025), row("Wmo", 300))
                .write(inbox, "huizen-juni.xlsx");

        JsonNode changes = run(inbox).get("changes");

        List<Object> rows = new ArrayList<>();
        for (JsonNode c : changes) {
            rows.add(tuple(c.get("measure").asString(), c.get("kind").asString(),
                    c.get("year").isNull() ? null : c.get("year").asInt(), c.get("change").asString(),
                    c.get("old").isNull() ? null : c.get("old").decimalValue().intValue(),
                    c.get("new").isNull() ? null : c.get("new").decimalValue().intValue(),
                    c.get("difference").isNull() ? null : c.get("difference").decimalValue().intValue()));
        }
        assertThat(rows).containsExactly(
                tuple("4", "Besparing", 2026, "added", null, 70, 70),
                tuple("1", "Besparing", 2026, "amount", 200, 250, 50),
                tuple("3", "Kosten", 2025, "removed", 10, null, -10),
                tuple("4", "Maatregel", null, "added", null, null, null),
                tuple("3", "Maatregel", null, "removed", null, null, null),
                tuple("2", "Maatregel", null, "status", null, null, null));
        JsonNode status = changes.get(5);
        assertThat(status.get("old_status").asString()).isEqualTo("Voorgesteld");
        assertThat(status.get("new_status").asString()).isEqualTo("Aangenomen");
        assertThat(status.get("peildatum_old").asString()).isEqualTo("2025-03-01");
        assertThat(status.get("peildatum_new").asString()).isEqualTo("2025-06-01");
        // the older delivery is kept, superseded, so the two can be compared again later
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measure", Integer.class)).isEqualTo(6);
    }
    @Test
    void aNewerKeyListsEveryMunicipalityWhoseShareChanged() throws Exception {
        // before, Verdeelsleutels were never compared and Wijzigingen said no older version was loaded
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        TestWorkbook.withInfo("Verdeelsleutels", "GR X", "GR-X", LocalDate.of(2025, 3, 1))
                .sheet("Verdeelsleutels", row("Sleutel", "Gemeente", "Code", "Inwoners", "Aandeel"),
                        row("Inwoners", "Ermelo", "GM0233", 30_000, null),
                        row("Inwoners", "Harderwijk", "GM0243", 10_000, null),
                        row("Vast", "Ermelo", "GM0233", null, "50%"),
                        row("Vast", "Harderwijk", "GM0243", null, "50%"))
                .write(inbox, "sleutels-maart.xlsx");
        run(inbox);
        TestWorkbook.withInfo("Verdeelsleutels", "GR X", "GR-X", LocalDate.of(2025, 6, 1))
                .sheet("Verdeelsleutels", row("Sleutel", "Gemeente", "Code", "Inwoners", "Aandeel"),
                        row("Inwoners", "Ermelo", "GM0233", 30_000, null),
                        row("Inwoners", "Harderwijk", "GM0243", 20_000, null),
                        row("Vast", "Ermelo", "GM0233", null, "50%"),
                        row("Vast", "Harderwijk", "GM0243", null, "30%"),
                        row("Vast", "Zeewolde", "GM0050", null, "20%"))
                .write(inbox, "sleutels-juni.xlsx");
        ConsolidationRuns runs = new ConsolidationRuns(jobOperator, consolidationJob, root);
        assertThat(runs.run(inbox).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Object> rows = new ArrayList<>();
        for (JsonNode c : runs.summary().get("changes")) {
            rows.add(tuple(c.get("kind").asString(), c.get("measure").asString(), c.get("change").asString(),
                    c.get("old").isNull() ? null : c.get("old").decimalValue().doubleValue(),
                    c.get("new").isNull() ? null : c.get("new").decimalValue().doubleValue(), c.get("unit").asString()));
        }
        // Harderwijk's 10.000 more inhabitants move both members' shares; Ermelo's own count did not change
        assertThat(rows).containsExactly(
                tuple("Verdeelsleutel 'Vast'", "GM0050", "added", null, 20.0, "percent"),
                tuple("Verdeelsleutel 'Vast'", "GM0243", "amount", 50.0, 30.0, "percent"),
                tuple("Verdeelsleutel 'Inwoners'", "GM0233", "amount", 75.0, 60.0, "percent"),
                tuple("Verdeelsleutel 'Inwoners'", "GM0243", "amount", 25.0, 40.0, "percent"));

        // keys alone give the report no Peildatum: it is named after the run's date, so take the newest
        Path report;
        try (var files = Files.list(runs.output())) {
            report = files.filter(f -> f.getFileName().toString().startsWith("consolidatie-"))
                    .max(java.util.Comparator.comparing(f -> f.toFile().lastModified())).orElseThrow();
        }
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                org.apache.poi.openxml4j.opc.OPCPackage.open(report.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ))) {
            org.apache.poi.ss.usermodel.Row harderwijk = null;
            for (var row : wb.getSheet("Wijzigingen")) {
                if (row.getCell(7) != null && "GM0243".equals(row.getCell(7).getStringCellValue())
                        && "Verdeelsleutel 'Vast'".equals(row.getCell(6).getStringCellValue())) {
                    harderwijk = row;
                }
            }
            assertThat(harderwijk).isNotNull();
            assertThat(harderwijk.getCell(5).getStringCellValue()).isEqualTo("aandeel gewijzigd");
            assertThat(harderwijk.getCell(12).getNumericCellValue()).isEqualTo(0.5);
            assertThat(harderwijk.getCell(13).getNumericCellValue()).isEqualTo(0.3);
            assertThat(harderwijk.getCell(12).getCellStyle().getDataFormatString()).contains("%");
            assertThat(harderwijk.getCell(14).getNumericCellValue()).isCloseTo(-0.2,
                    org.assertj.core.api.Assertions.within(1e-12));
        }
    }
}
