package nl.besparingsmonitor.report;

import static nl.besparingsmonitor.support.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

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
import org.springframework.jdbc.core.JdbcTemplate;

import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.support.ConsolidationRuns;
import nl.besparingsmonitor.support.TestWorkbook;
import nl.besparingsmonitor.support.Workbooks;

/**
 * The Validatie sheet of a report made after several runs of the real job: the warnings about the
 * facts the report shows stay listed when another organisation delivers and go when a newer delivery
 * replaces them; a rejected delivery that was newer than the figures shown stays listed until the
 * organisation delivers again, and so does a known organisation's rejected first delivery of a kind.
 * <ol>
 * <li>Huizen's March proposals (a P.M. amount), Renkum's January proposals (clean) and the keys of a
 * region whose key names Ede and whose membership names Barneveld (a member the key leaves out: a warning);</li>
 * <li>Renkum's April proposals with an unreadable amount, an older December delivery and one with an
 * impossible Peildatum, Renkum's first realisation with an unreadable budget and the same under a
 * mistyped code, Ede's and Barneveld's first proposals with an unreadable amount: all seven
 * rejected;</li>
 * <li>Huizen's June proposals (an extra column);</li>
 * <li>Renkum's April proposals and its realisation again, corrected.</li>
 * </ol>
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:validation-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=test", "monitor.inbox=target/unused", "monitor.output=target/unused"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidationSheetFunctionalTests {

    static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
    static final LocalDate JUNE = LocalDate.of(2025, 6, 1);
    static final String HUIZEN_MARCH = "GM0406 Huizen - Voorstellen maart.xlsx";
    static final String RENKUM_JANUARY = "GM0274 Renkum - Voorstellen januari.xlsx";
    static final String RENKUM_APRIL = "GM0274 Renkum - Voorstellen april.xlsx";
    static final String RENKUM_DECEMBER = "GM0274 Renkum - Voorstellen december.xlsx";
    static final String RENKUM_NO_DATE = "GM0274 Renkum - Voorstellen zonder datum.xlsx";
    static final String RENKUM_REALISATION = "GM0274 Renkum - Realisatie.xlsx";
    static final String MISTYPED_CODE = "GM9274 Renkum - Realisatie.xlsx";
    static final String REGION_KEYS = "GR Vallei - Verdeelsleutels.xlsx";
    static final String EDE = "GM0228 Ede - Voorstellen.xlsx";
    static final String BARNEVELD = "GM0203 Barneveld - Voorstellen.xlsx";
    static final String HUIZEN_JUNE = "GM0406 Huizen - Voorstellen juni.xlsx";
    static final String TODAY = DutchTime.date(LocalDate.now(DutchTime.ZONE));

    @TempDir
    static Path root;

    long firstRun;
    long secondRun;
    OpenedReport afterRejection;
    OpenedReport afterJune;
    OpenedReport renkumExtractAfterJune;
    OpenedReport afterCorrection;

    @BeforeAll
    void fourRuns(@Autowired JobOperator operator, @Autowired Job consolidationJob) throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        ConsolidationRuns runs = new ConsolidationRuns(operator, consolidationJob, root);
        Workbooks.huizenProposals(MARCH).write(inbox, HUIZEN_MARCH);
        renkum(LocalDate.of(2025, 1, 1), 100).write(inbox, RENKUM_JANUARY);
        TestWorkbook.withInfo("Verdeelsleutels", "GR Vallei", "GR-VALLEI", MARCH)
                .sheet("Verdeelsleutels", row("Sleutel", "Gemeente", "Code", "Aandeel"), row("Vast", "Ede", "GM0228", "100%"))
                .sheet("Regio", row("Regio", "Code", "Gemeente", "Gemeentecode"),
                        row("GR Vallei", "GR-VALLEI", "Barneveld", "GM0203"))
                .write(inbox, REGION_KEYS);
        firstRun = run(runs, inbox);

        renkum(LocalDate.of(2025, 4, 1), "veel").write(inbox, RENKUM_APRIL);
        renkum(LocalDate.of(2024, 12, 1), "veel").write(inbox, RENKUM_DECEMBER);
        TestWorkbook.create()
                .sheet("Info", row("Soort bestand", "Voorstellen"), row("Organisatie", "Gemeente Renkum"),
                        row("Code", "GM0274"), row("Peildatum", "31-2-2025"))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Goed", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 120))
                .write(inbox, RENKUM_NO_DATE);
        renkumBudget("GM0274", "veel").write(inbox, RENKUM_REALISATION);
        renkumBudget("GM9274", "veel").write(inbox, MISTYPED_CODE);
        proposals("Gemeente Ede", "GM0228", "veel").write(inbox, EDE);
        proposals("Gemeente Barneveld", "GM0203", "veel").write(inbox, BARNEVELD);
        secondRun = run(runs, inbox);
        afterRejection = copyOfReport(runs, MARCH, "na-afwijzing.xlsx");

        TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", JUNE)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Wethouder"),
                        row("1", "Lumpsum begeleiding", "Wmo", "Aangenomen", "De Vries"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 200_000))
                .write(inbox, HUIZEN_JUNE);
        run(runs, inbox);
        afterJune = copyOfReport(runs, JUNE, "na-juni.xlsx");
        renkumExtractAfterJune = new OpenedReport(Files.copy(runs.output().resolve(MunicipalityExtracts.FOLDER)
                .resolve("GM0274 Renkum.xlsx"), root.resolve("renkum-na-juni.xlsx")));

        // the sender replaces the rejected file by a corrected one
        renkum(LocalDate.of(2025, 4, 1), 150).write(inbox, RENKUM_APRIL);
        renkumBudget("GM0274", 800).write(inbox, RENKUM_REALISATION);
        run(runs, inbox);
        afterCorrection = copyOfReport(runs, JUNE, "na-correctie.xlsx");
    }

    private static TestWorkbook renkum(LocalDate peildatum, Object amount) {
        return proposals("Gemeente Renkum", "GM0274", amount, peildatum);
    }

    private static TestWorkbook proposals(String organisation, String code, Object amount) {
        return proposals(organisation, code, amount, MARCH);
    }

    private static TestWorkbook proposals(String organisation, String code, Object amount, LocalDate peildatum) {
        return TestWorkbook.withInfo("Voorstellen", organisation, code, peildatum)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Goed", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", amount));
    }

    private static TestWorkbook renkumBudget(String code, Object amount) {
        return TestWorkbook.withInfo("Realisatie", "Gemeente Renkum", code, LocalDate.of(2025, 4, 1))
                .sheet("Begroting", row("Post", "Domein", "Soort", 2025),
                        row("Wmo begeleiding", "Wmo", "Begroting", amount));
    }

    private static long run(ConsolidationRuns runs, Path inbox) throws Exception {
        JobExecution execution = runs.run(inbox);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return execution.getJobInstance().getInstanceId();
    }

    /** Later runs write a report of the same name; each step is read from a copy. */
    private static OpenedReport copyOfReport(ConsolidationRuns runs, LocalDate peildatum, String copy) throws IOException {
        return new OpenedReport(Files.copy(runs.output().resolve("consolidatie-" + peildatum + ".xlsx"), root.resolve(copy)));
    }

    @AfterAll
    void close() throws IOException {
        for (OpenedReport r : new OpenedReport[] {afterRejection, afterJune, renkumExtractAfterJune, afterCorrection}) {
            if (r != null) {
                r.close();
            }
        }
    }

    @Test
    void warningsAboutFactsLoadedInAnEarlierRunStayInTheReportWhileThoseFactsAreShown() {
        Row pm = afterRejection.row("Validatie", 0, HUIZEN_MARCH, 4, "F4");
        assertThat(pm.getCell(1).getStringCellValue()).isEqualTo("eerder geladen (run " + firstRun + ", " + TODAY + ")");
        assertThat(pm.getCell(2).getStringCellValue()).isEqualTo("waarschuwing");
        assertThat(pm.getCell(3).getStringCellValue()).isEqualTo("Financieel");
        assertThat(pm.getCell(5).getStringCellValue()).isEqualTo("Onbekend bedrag");
        assertThat(pm.getCell(6).getStringCellValue()).isEqualTo("P.M.");
        // the run's own rejected file, and Renkum's clean January file has nothing to say
        assertThat(afterRejection.row("Validatie", 0, RENKUM_APRIL, 4, "C2").getCell(1).getStringCellValue())
                .isEqualTo("afgewezen, niet geladen");
        assertThat(firstColumn(afterRejection)).containsExactly(BARNEVELD, EDE, RENKUM_REALISATION, RENKUM_APRIL,
                RENKUM_DECEMBER, RENKUM_NO_DATE, MISTYPED_CODE, HUIZEN_MARCH, REGION_KEYS);
        // the region's key leaves out Barneveld, a member by its Regio sheet: warned, and listed while the key is used
        Row member = afterRejection.row("Validatie", 0, REGION_KEYS);
        assertThat(member.getCell(1).getStringCellValue()).isEqualTo("eerder geladen (run " + firstRun + ", " + TODAY + ")");
        assertThat(member.getCell(5).getStringCellValue()).isEqualTo("Lid ontbreekt in sleutel");
        assertThat(member.getCell(6).getStringCellValue()).isEqualTo("GM0203");
    }

    @Test
    void warningsOfAReplacedDeliveryLeaveTheReportWithIt() {
        Row extra = afterJune.row("Validatie", 0, HUIZEN_JUNE, 5, "Extra kolom");
        assertThat(extra.getCell(1).getStringCellValue()).isEqualTo("geladen");
        assertThat(firstColumn(afterJune)).doesNotContain(HUIZEN_MARCH);
    }

    @Test
    void aRejectedNewerDeliveryStaysListedWhileTheReportShowsOlderFigures() {
        // December was older than the January figures shown: nothing is missing because of it
        assertThat(firstColumn(afterJune))
                .containsExactly(HUIZEN_JUNE, REGION_KEYS, BARNEVELD, EDE, RENKUM_REALISATION, RENKUM_APRIL, RENKUM_NO_DATE);
        Row open = afterJune.row("Validatie", 0, RENKUM_APRIL);
        assertThat(open.getCell(1).getStringCellValue()).isEqualTo("eerder afgewezen (run " + secondRun + ", " + TODAY + ")");
        assertThat(open.getCell(2).getStringCellValue()).isEqualTo("fout");
        assertThat(open.getCell(5).getStringCellValue()).isEqualTo("Nieuwere aanlevering afgewezen");
        assertThat(open.getCell(6).getStringCellValue()).isEqualTo("1-4-2025");
        assertThat(open.getCell(8).getStringCellValue())
                .startsWith("Deze aanlevering van Gemeente Renkum (Voorstellen, peildatum 1-4-2025) is afgewezen en niet "
                        + "geladen; dit rapport toont nog de versie met peildatum 1-1-2025.")
                .contains(RENKUM_APRIL + ".feedback.xlsx");
        // without a Peildatum it arrived after the version shown, so it may have been meant to replace it
        Row noDate = afterJune.row("Validatie", 0, RENKUM_NO_DATE);
        assertThat(noDate.getCell(6)).isNull();
        assertThat(noDate.getCell(8).getStringCellValue()).startsWith("Deze aanlevering van Gemeente Renkum "
                + "(Voorstellen, zonder geldige peildatum) is afgewezen en niet geladen; dit rapport toont nog de versie "
                + "met peildatum 1-1-2025.");
    }

    @Test
    void aRejectedFirstDeliveryOfAKnownOrganisationStaysListedWhileTheReportHasNoneOfThatKind() {
        Row open = afterJune.row("Validatie", 0, RENKUM_REALISATION);
        assertThat(open.getCell(1).getStringCellValue()).isEqualTo("eerder afgewezen (run " + secondRun + ", " + TODAY + ")");
        assertThat(open.getCell(2).getStringCellValue()).isEqualTo("fout");
        assertThat(open.getCell(5).getStringCellValue()).isEqualTo("Aanlevering afgewezen, niets geladen");
        assertThat(open.getCell(8).getStringCellValue())
                .startsWith("Deze aanlevering van Gemeente Renkum (Realisatie, peildatum 1-4-2025) is afgewezen en niet "
                        + "geladen; van deze organisatie is nog geen bestand van deze soort geladen, dus dit rapport "
                        + "bevat die gegevens niet.")
                .contains(RENKUM_REALISATION + ".feedback.xlsx");
        // a municipality the report knows from a region's key or membership only
        assertThat(afterJune.row("Validatie", 0, EDE).getCell(5).getStringCellValue())
                .isEqualTo("Aanlevering afgewezen, niets geladen");
        assertThat(afterJune.row("Validatie", 0, BARNEVELD).getCell(5).getStringCellValue())
                .isEqualTo("Aanlevering afgewezen, niets geladen");
    }

    @Test
    void aRejectedFileOfAnOrganisationTheReportDoesNotKnowIsListedOnlyInItsOwnRun(@Autowired DataSource dataSource) {
        // it was recorded under its code; only that no organisation of the report has that code keeps it out
        assertThat(new JdbcTemplate(dataSource).queryForList(
                "SELECT organisation_code FROM received_file WHERE file_name = ? AND outcome = 'REJECTED'", String.class,
                MISTYPED_CODE)).containsExactly("GM9274");
        assertThat(afterRejection.row("Validatie", 0, MISTYPED_CODE).getCell(1).getStringCellValue())
                .isEqualTo("afgewezen, niet geladen");
        assertThat(firstColumn(afterJune)).doesNotContain(MISTYPED_CODE);
    }

    @Test
    void aCorrectedDeliveryClosesTheRejection() {
        // Ede and Barneveld have not delivered again
        assertThat(firstColumn(afterCorrection)).containsExactly(HUIZEN_JUNE, REGION_KEYS, BARNEVELD, EDE);
        assertThat(afterCorrection.row("Validatie", 0, HUIZEN_JUNE).getCell(1).getStringCellValue()).startsWith("eerder geladen");
    }

    @Test
    void aboutNamesTheFilesTheFiguresRestOnWhicheverRunLoadedThem() {
        // written by Huizen's June run: Renkum's January proposals and the region's keys came in the first
        List<List<String>> current = currentFiles(afterJune);
        assertThat(current).extracting(r -> r.get(0))
                .containsExactly(RENKUM_JANUARY, HUIZEN_JUNE, REGION_KEYS);
        assertThat(current.get(0)).containsExactly(RENKUM_JANUARY, "Voorstellen", "GM0274", "Gemeente Renkum",
                "1-1-2025", current.get(0).get(5), "run " + firstRun + ", " + TODAY);
        assertThat(current.get(0).get(5)).matches("[0-9a-f]{64}");
        assertThat(current.get(2).subList(1, 3)).containsExactly("Verdeelsleutels", "GR-VALLEI");
        // so does Renkum's extract, with Renkum's file only; that run brought nothing of Renkum's, and says so
        assertThat(currentFiles(renkumExtractAfterJune)).extracting(r -> r.get(0)).containsExactly(RENKUM_JANUARY);
        assertThat(renkumExtractAfterJune.row("Over dit rapport", 0, AboutSheet.NO_FILES_IN_RUN)).isNotNull();
        assertThat(afterJune.sheet("Over dit rapport")).noneMatch(r -> afterJune.text(r.getCell(0)).startsWith("Geen bestanden"));
        // after the correction Renkum's figures rest on its April proposals and its realisation
        assertThat(currentFiles(afterCorrection)).extracting(r -> r.get(0))
                .containsExactly(RENKUM_REALISATION, RENKUM_APRIL, HUIZEN_JUNE, REGION_KEYS);
    }

    /** The rows of the table on 'Over dit rapport' of the files the figures rest on, as text. */
    private static List<List<String>> currentFiles(OpenedReport report) {
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (Row row : report.sheet("Over dit rapport")) {
            String first = report.text(row.getCell(0));
            if (first.startsWith("Gegevens waarop de cijfers rusten")) {
                inTable = true;
            } else if (inTable && first.isEmpty()) {
                break;
            } else if (inTable && !first.equals("Bestand")) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 7; c++) {
                    cells.add(report.text(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The files the message table names, in its order, from the header to the calculation's warnings. */
    private static List<String> firstColumn(OpenedReport report) {
        Set<String> names = new LinkedHashSet<>();
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
        return List.copyOf(names);
    }
}
