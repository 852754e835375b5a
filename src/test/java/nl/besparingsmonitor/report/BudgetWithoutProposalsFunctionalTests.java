package nl.besparingsmonitor.report;

import static nl.besparingsmonitor.support.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.besparingsmonitor.support.ConsolidationRuns;
import nl.besparingsmonitor.support.TestWorkbook;
import tools.jackson.databind.JsonNode;

/**
 * An organisation whose Realisatie with a Begroting sheet was loaded but whose proposals were not (say,
 * rejected): the report knows its budget saldo but neither what it planned nor its target, and must
 * not show either as zero.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:budget-only-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=test", "monitor.inbox=target/unused", "monitor.output=target/unused"})
class BudgetWithoutProposalsFunctionalTests {

    static final LocalDate PEILDATUM = LocalDate.of(2024, 3, 1);
    static final int PLANNED = ReportLayout.SUMMARY_COLUMNS.indexOf("Gepland netto");

    @TempDir
    Path root;

    @Test
    void thePlanAndTheTargetStayBlankWhereOnlyBudgetFiguresWereLoaded(@Autowired JobOperator operator,
                                                                     @Autowired Job consolidationJob) throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                .sheet("Begroting", row("Post", "Domein", "Soort", 2023),
                        row("Wmo begeleiding", "Wmo", "Begroting", 1_852_736),
                        row("Wmo begeleiding", "Wmo", "Realisatie", 1_637_358))
                .write(inbox, "GM0406 Huizen - Realisatie.xlsx");
        TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Lumpsum", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2023), row("1", "Besparing", "veel"))
                .write(inbox, "GM0406 Huizen - Voorstellen.xlsx");
        TestWorkbook.withInfo("Voorstellen", "Gemeente Renkum", "GM0274", PEILDATUM)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Toegang", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2023), row("1", "Besparing", 40_000))
                .write(inbox, "GM0274 Renkum - Voorstellen.xlsx");
        ConsolidationRuns runs = new ConsolidationRuns(operator, consolidationJob, root);
        assertThat(runs.run(inbox).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        try (OpenedReport report = new OpenedReport(runs.output().resolve("consolidatie-" + PEILDATUM + ".xlsx"))) {
            Row huizen = report.row("Samenvatting", 1, "GM0406", 3, 2023);
            assertThat(huizen.getCell(PLANNED)).as("Huizen's plan is not known, not zero").isNull();
            assertThat(report.row("Samenvatting", 1, "GM0274", 3, 2023).getCell(PLANNED).getNumericCellValue())
                    .isEqualTo(40_000);
            Row all = report.row("Samenvatting", 2, "Totaal alle organisaties", 3, 2023);
            assertThat(report.evaluate(all.getCell(PLANNED))).isEqualTo(40_000);
            // what was loaded of Huizen is shown: its budget saldo
            Row saldo = report.row("Begroting", 2, "Wmo begeleiding", 4, 2023);
            assertThat(report.evaluate(saldo.getCell(8))).isEqualTo(215_378);
            // rule 8 needs the target, which came with the rejected proposals: not zero, unknown
            // marked incomplete without naming a P.M.: Huizen's files have none
            Row expected = report.row("Begroting", 0, "GM0406", 4, 2023, 1, "Gemeente Huizen", 9, "onvolledig");
            assertThat(expected.getCell(6)).as("Taakstelling").isNull();
            assertThat(report.evaluate(expected.getCell(8))).isEqualTo(215_378);
            assertThat(report.row("Begroting", 0, BudgetSheet.UNKNOWN_TARGET)).isNotNull();
            assertThatThrownBy(() -> report.row("Begroting", 0, BudgetSheet.NO_BUDGET)).isInstanceOf(AssertionError.class);
        }
        JsonNode huizenYear = null;
        for (JsonNode t : runs.summary().get("totals")) {
            if ("organisation_year".equals(t.get("level").asString()) && "GM0406".equals(t.get("organisation").asString())
                    && t.get("year").asInt() == 2023) {
                huizenYear = t;
            }
        }
        assertThat(huizenYear).isNotNull();
        assertThat(huizenYear.get("planned_net").isNull()).isTrue();
        assertThat(huizenYear.get("budget_saldo").asDouble()).isEqualTo(215_378);
        assertThat(huizenYear.get("expected_total_saving").asDouble()).isEqualTo(215_378);
        assertThat(huizenYear.get("incomplete").asBoolean()).isTrue();
    }
}
