package nl.besparingsmonitor.report;

import static nl.besparingsmonitor.support.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.support.ConsolidationRuns;
import nl.besparingsmonitor.support.TestWorkbook;
import nl.besparingsmonitor.support.Workbooks;

/**
 * The Validatie sheet of a report made after several runs: the warnings about the facts the report
 * shows stay listed when another organisation delivers, and go when a newer delivery replaces them.
 * Three runs of the real job: Huizen's March proposals (a P.M. amount), then Renkum's clean proposals,
 * then Huizen's June proposals (an extra column).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:validation-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=test", "monitor.inbox=target/unused", "monitor.output=target/unused"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationSheetFunctionalTests {

    static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    static final LocalDate JUNE = LocalDate.of(2025, 6, 1);
    static final String HUIZEN_MARCH = "GM0406 Huizen - Voorstellen maart.xlsx";
    static final String RENKUM = "GM0274 Renkum - Voorstellen.xlsx";
    static final String HUIZEN_JUNE = "GM0406 Huizen - Voorstellen juni.xlsx";

    @TempDir
    static Path root;

    long firstRun;
    OpenedReport afterRenkum;
    OpenedReport afterJune;

    @BeforeAll
    void threeRuns(@Autowired JobOperator operator, @Autowired Job consolidationJob) throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        ConsolidationRuns runs = new ConsolidationRuns(operator, consolidationJob, root);
        Workbooks.huizenProposals(MARCH).write(inbox, HUIZEN_MARCH);
        JobExecution first = runs.run(inbox);
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        firstRun = first.getJobInstance().getInstanceId();

        TestWorkbook.withInfo("Voorstellen", "Gemeente Renkum", "GM0274", LocalDate.of(2025, 1, 1))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Goed", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 100))
                .write(inbox, RENKUM);
        assertThat(runs.run(inbox).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        afterRenkum = new OpenedReport(runs.output().resolve("consolidatie-" + MARCH + ".xlsx"));

        TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", JUNE)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Wethouder"),
                        row("1", "Lumpsum begeleiding", "Wmo", "Aangenomen", "De Vries"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 200_000))
                .write(inbox, HUIZEN_JUNE);
        assertThat(runs.run(inbox).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        afterJune = new OpenedReport(runs.output().resolve("consolidatie-" + JUNE + ".xlsx"));
    }

    @AfterAll
    void close() throws IOException {
        for (OpenedReport r : new OpenedReport[] {afterRenkum, afterJune}) {
            if (r != null) {
                r.close();
            }
        }
    }

    @Test
    void warningsAboutFactsLoadedInAnEarlierRunStayInTheReportWhileThoseFactsAreShown() {
        Row pm = afterRenkum.row("Validatie", 0, HUIZEN_MARCH, 4, "F4");
        assertThat(pm.getCell(1).getStringCellValue())
                .isEqualTo("eerder geladen (run " + firstRun + ", " + DutchTime.date(LocalDate.now(DutchTime.ZONE)) + ")");
        assertThat(pm.getCell(2).getStringCellValue()).isEqualTo("waarschuwing");
        assertThat(pm.getCell(3).getStringCellValue()).isEqualTo("Financieel");
        assertThat(pm.getCell(5).getStringCellValue()).isEqualTo("Onbekend bedrag");
        assertThat(pm.getCell(6).getStringCellValue()).isEqualTo("P.M.");
        // Renkum's file, this run's only new one, had nothing to say
        assertThat(firstColumn(afterRenkum)).containsOnly(HUIZEN_MARCH);
    }

    @Test
    void warningsOfAReplacedDeliveryLeaveTheReportWithIt() {
        assertThat(firstColumn(afterJune)).containsOnly(HUIZEN_JUNE);
        Row extra = afterJune.row("Validatie", 0, HUIZEN_JUNE, 5, "Extra kolom");
        assertThat(extra.getCell(1).getStringCellValue()).isEqualTo("geladen");
    }

    /** The file names of the message table, from the header to the calculation's warnings. */
    private static List<String> firstColumn(OpenedReport report) {
        List<String> names = new ArrayList<>();
        for (Row row : report.sheet("Validatie")) {
            if (row.getRowNum() < ReportLayout.FIRST_DATA_ROW) {
                continue;
            }
            String text = report.text(row.getCell(0));
            if (text.startsWith("Geen meldingen") || text.equals("Waarschuwingen uit de berekening")) {
                break;
            }
            if (!text.isEmpty()) {
                names.add(text);
            }
        }
        return names;
    }
}
