package nl.besparingsmonitor.report;

import static nl.besparingsmonitor.support.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;

import nl.besparingsmonitor.support.ConsolidationRuns;
import nl.besparingsmonitor.support.TestWorkbook;

/**
 * Two deliveries of Gemeente Huizen (Voorstellen and Realisatie) through the real job: sheet
 * 'Wijzigingen' of the second report lists exactly the differences, row for row the same as
 * {@code changes} in run-summary.json, largest first; the first report says there is nothing to
 * compare with yet.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:changes-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=test", "monitor.inbox=target/unused", "monitor.output=target/unused"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangesSheetFunctionalTests {

    static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    static final LocalDate JUNE = LocalDate.of(2025, 6, 1);
    static final int FIRST_DATA_ROW = ReportLayout.FIRST_DATA_ROW;

    @TempDir
    static Path root;

    OpenedReport first;
    JsonNode firstSummary;
    OpenedReport second;
    JsonNode changes;

    @BeforeAll
    void twoDeliveries(@Autowired JobOperator operator, @Autowired Job consolidationJob) throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        ConsolidationRuns runs = new ConsolidationRuns(operator, consolidationJob, root);
        proposals(MARCH, "Voorgesteld", row("3", "Vervallen plan", "Wmo", "Aangenomen"),
                row("1", "Besparing", 100, 200), row("3", "Kosten", 10, null), 300).write(inbox, "huizen-maart.xlsx");
        budget(MARCH, 1_000, 80).write(inbox, "huizen-realisatie-maart.xlsx");
        assertThat(runs.run(inbox).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        firstSummary = runs.summary();
        first = new OpenedReport(runs.output().resolve("consolidatie-" + MARCH + ".xlsx"));

        proposals(JUNE, "Aangenomen", row("4", "Nieuw plan", "Wmo", "Aangenomen"),
                row("1", "Besparing", 100, 250), row("4", "Besparing", null, 70), 350).write(inbox, "huizen-juni.xlsx");
        budget(JUNE, 1_200, 90).write(inbox, "huizen-realisatie-juni.xlsx");
        assertThat(runs.run(inbox).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        changes = runs.summary().get("changes");
        second = new OpenedReport(runs.output().resolve("consolidatie-" + JUNE + ".xlsx"));
    }

    /** Measure 1 in both, measure 2 changes status, the third measure differs, the Wmo target is given. */
    private static TestWorkbook proposals(LocalDate peildatum, String status2, Object[] third, Object[] line1,
                                          Object[] thirdLine, int target) {
        return TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", peildatum)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                        row("1", "Lumpsum", "Wmo", "Aangenomen"),
                        row("2", "Praktijkondersteuner", "Jeugd", status2),
                        third)
                .sheet("Financieel", row("Nummer", "Soort", 2025, 2026),
                        line1,
                        row("2", "Besparing", 50, null),
                        thirdLine)
                .sheet("Taakstelling", row("Domein", 2025), row("Wmo", target));
    }

    private static TestWorkbook budget(LocalDate peildatum, int wmo, int realised) {
        return TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", peildatum)
                .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2025), row("1", "Besparing", "Gerealiseerd", realised))
                .sheet("Boekingen", row("Datum", "Nummer", "Soort", "Bedrag", "Omschrijving"),
                        row(LocalDate.of(2025, 2, 1), "1", "Besparing", realised, "minder inzet"))
                .sheet("Begroting", row("Post", "Domein", "Soort", 2025),
                        row("Wmo begeleiding", "Wmo", "Begroting", wmo),
                        row("Jeugd begeleiding", "Jeugd", "Begroting", 900));
    }

    @AfterAll
    void close() throws IOException {
        for (OpenedReport r : new OpenedReport[] {first, second}) {
            if (r != null) {
                r.close();
            }
        }
    }

    @Test
    void theFirstDeliveryHasNothingToCompareWithAndSaysSo() {
        assertThat(firstSummary.get("changes")).isEmpty();
        Sheet sheet = first.sheet("Wijzigingen");
        assertThat(first.text(sheet.getRow(FIRST_DATA_ROW).getCell(0))).isEqualTo(ChangesSheet.NO_PREVIOUS);
        assertThat(sheet.getLastRowNum()).isEqualTo(FIRST_DATA_ROW);
    }

    @Test
    void wijzigingenListsExactlyTheDifferencesLargestFirstPerDelivery() {
        assertThat(rows()).containsExactly(
                // Realisatie (Begroting) before Voorstellen: comparisons come by organisation, then kind
                tuple("GM0406", "Realisatie", "bedrag gewijzigd", "Begroting", "Wmo begeleiding", 2025, null, null,
                        1_000.0, 1_200.0, 200.0),
                tuple("GM0406", "Realisatie", "bedrag gewijzigd", "Boekingen besparing", "1", 2025, null, null,
                        80.0, 90.0, 10.0),
                tuple("GM0406", "Realisatie", "bedrag gewijzigd", "Gerealiseerd besparing", "1", 2025, null, null,
                        80.0, 90.0, 10.0),
                tuple("GM0406", "Voorstellen", "nieuw", "Besparing", "4", 2026, null, null, null, 70.0, 70.0),
                tuple("GM0406", "Voorstellen", "bedrag gewijzigd", "Besparing", "1", 2026, null, null, 200.0, 250.0, 50.0),
                tuple("GM0406", "Voorstellen", "bedrag gewijzigd", "Taakstelling", "Wmo", 2025, null, null,
                        300.0, 350.0, 50.0),
                tuple("GM0406", "Voorstellen", "vervallen", "Kosten", "3", 2025, null, null, 10.0, null, -10.0),
                tuple("GM0406", "Voorstellen", "nieuw", "Maatregel", "4", null, null, "Aangenomen", null, null, null),
                tuple("GM0406", "Voorstellen", "vervallen", "Maatregel", "3", null, "Aangenomen", null, null, null, null),
                tuple("GM0406", "Voorstellen", "status gewijzigd", "Maatregel", "2", null, "Voorgesteld", "Aangenomen",
                        null, null, null));
        Row status = second.row("Wijzigingen", 5, "status gewijzigd");
        assertThat(status.getCell(8).getStringCellValue()).isEqualTo("Praktijkondersteuner");
        assertThat(status.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(MARCH);
        assertThat(status.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(JUNE);
        Row removed = second.row("Wijzigingen", 5, "vervallen", 6, "Maatregel");
        assertThat(removed.getCell(8).getStringCellValue()).isEqualTo("Vervallen plan");
        // realisation and booking rows carry only the measure's number; the sheet names the measure
        assertThat(second.row("Wijzigingen", 6, "Gerealiseerd besparing").getCell(8).getStringCellValue()).isEqualTo("Lumpsum");
        assertThat(second.row("Wijzigingen", 6, "Boekingen besparing").getCell(8).getStringCellValue()).isEqualTo("Lumpsum");
    }

    @Test
    void theSheetAndTheRunSummaryListTheSameChangesInTheSameOrder() {
        List<Tuple> fromJson = new ArrayList<>();
        for (JsonNode c : changes) {
            fromJson.add(tuple(c.get("organisation").asString(), c.get("file_kind").asString(),
                    label(c.get("change").asString()), c.get("kind").asString(), c.get("measure").asString(),
                    c.get("year").isNull() ? null : c.get("year").asInt(), text(c, "old_status"), text(c, "new_status"),
                    amount(c, "old"), amount(c, "new"), amount(c, "difference")));
        }
        assertThat(rows()).containsExactlyElementsOf(fromJson);
        for (JsonNode c : changes) {
            assertThat(c.get("peildatum_old").asString()).isEqualTo(MARCH.toString());
            assertThat(c.get("peildatum_new").asString()).isEqualTo(JUNE.toString());
        }
    }

    @Test
    void theSheetLooksLikeTheOtherTables() {
        XSSFSheet sheet = (XSSFSheet) second.sheet("Wijzigingen");
        assertThat(second.sheetNames().indexOf("Wijzigingen")).isEqualTo(second.sheetNames().indexOf("Begroting") + 1);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) FIRST_DATA_ROW);
        assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("4:4");
        assertThat(second.workbook().getName("Wijzigingen_Tabel")).isNotNull();
        Row header = sheet.getRow(ReportLayout.HEADER_ROW);
        assertThat(header.getCell(12).getStringCellValue()).isEqualTo("Oud bedrag");
        Row budget = second.row("Wijzigingen", 7, "Wmo begeleiding");
        for (int col = 12; col <= 14; col++) {
            assertThat(budget.getCell(col).getCellStyle().getDataFormatString()).contains("#,##0").contains("[Red]");
        }
        assertThat(budget.getCell(14).getCellFormula()).isEqualTo("N" + (budget.getRowNum() + 1) + "-M" + (budget.getRowNum() + 1));
        assertThat(second.assertEveryFormulaEvaluatesToItsStoredFigure()).isGreaterThan(0);
    }

    /** Every data row of Wijzigingen as a tuple; the difference as Excel computes it. */
    private List<Tuple> rows() {
        Sheet sheet = second.sheet("Wijzigingen");
        List<Tuple> rows = new ArrayList<>();
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell difference = row.getCell(14);
            rows.add(tuple(string(row, 0), string(row, 2), string(row, 5), string(row, 6), string(row, 7),
                    row.getCell(9) == null ? null : (int) row.getCell(9).getNumericCellValue(),
                    string(row, 10), string(row, 11), number(row, 12), number(row, 13),
                    difference == null ? null : second.evaluate(difference)));
        }
        return rows;
    }

    private static String string(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null || c.getCellType() == CellType.BLANK ? null : c.getStringCellValue();
    }

    private static Double number(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null ? null : c.getNumericCellValue();
    }

    private static String label(String json) {
        for (nl.besparingsmonitor.changes.ChangeType t : nl.besparingsmonitor.changes.ChangeType.values()) {
            if (t.json().equals(json)) {
                return t.label();
            }
        }
        throw new AssertionError(json);
    }

    private static String text(JsonNode c, String field) {
        return c.get(field).isNull() ? null : c.get(field).asString();
    }

    private static Double amount(JsonNode c, String field) {
        return c.get(field).isNull() ? null : c.get(field).asDouble();
    }
}
