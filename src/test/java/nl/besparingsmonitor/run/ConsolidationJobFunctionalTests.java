package nl.besparingsmonitor.run;

import static nl.besparingsmonitor.support.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.besparingsmonitor.support.JobTest;
import nl.besparingsmonitor.support.TestWorkbook;
import nl.besparingsmonitor.support.Workbooks;

/** The real consolidatie job on real POI-written workbooks and the real embedded database. */
@JobTest
class ConsolidationJobFunctionalTests {

    JobOperatorTestUtils jobs;

    @Autowired
    void jobs(JobOperator operator, JobRepository repository, Job consolidationJob) {
        jobs = new JobOperatorTestUtils(operator, repository);
        jobs.setJob(consolidationJob);
    }

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path root;

    Path inbox;
    Path output;
    Path rejected;

    @BeforeEach
    void folders() throws IOException {
        inbox = Files.createDirectories(root.resolve("inbox"));
        output = root.resolve("output");
        rejected = root.resolve("rejected");
    }

    private JobExecution run() throws Exception {
        JobParameters parameters = new JobParametersBuilder()
                .addString("inbox", inbox.toString())
                .addString("output", output.toString())
                .addString("rejected", rejected.toString())
                .addLong("run.time", System.nanoTime())
                .toJobParameters();
        return jobs.startJob(parameters);
    }

    private JsonNode summary() throws IOException {
        return JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
    }

    private static JsonNode fileEntry(JsonNode summary, String name) {
        for (JsonNode f : summary.get("files")) {
            if (f.get("file").asString().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no entry for " + name);
    }

    @Test
    void goodFilesAreLoadedAndABadFileIsRejectedWholeWithFeedback() throws Exception {
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(inbox, "GM0406 Huizen - Voorstellen.xlsx");
        TestWorkbook.withInfo("Voorstellen", "Gemeente Renkum", "GM0274", LocalDate.of(2025, 1, 1))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Goed", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 100), row("1", "Besparing", "veel"))
                .write(inbox, "GM0274 Renkum - Voorstellen.xlsx");
        Files.writeString(inbox.resolve("notities.xlsx"), "geen werkmap");
        byte[] before = Files.readAllBytes(inbox.resolve("GM0406 Huizen - Voorstellen.xlsx"));

        JobExecution execution = run();

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(s -> s.getStepName())
                .containsExactly("ingest", "calculate", "report");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measure", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE code = 'GM0274'", Integer.class)).isZero();
        assertThat(Files.readAllBytes(inbox.resolve("GM0406 Huizen - Voorstellen.xlsx"))).isEqualTo(before);

        Path feedback = rejected.resolve("GM0274 Renkum - Voorstellen.xlsx.feedback.xlsx");
        assertThat(feedback).exists();
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(feedback.toFile(), PackageAccess.READ))) {
            var sheet = wb.getSheet("Terugkoppeling");
            boolean found = false;
            for (var r : sheet) {
                if (r.getCell(2) != null && "C3".equals(r.getCell(2).getStringCellValue())) {
                    found = true;
                    assertThat(r.getCell(1).getStringCellValue()).isEqualTo("Financieel");
                    assertThat(r.getCell(3).getStringCellValue()).isEqualTo("Ongeldig bedrag");
                    assertThat(r.getCell(4).getStringCellValue()).isEqualTo("veel");
                }
            }
            assertThat(found).as("feedback names cell C3").isTrue();
            // the sender reads the time in Dutch time, as in the report, whatever the server's clock says
            String stamp = sheet.getRow(3).getCell(1).getStringCellValue();
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Datum");
            LocalDateTime written = LocalDateTime.parse(stamp, DateTimeFormatter.ofPattern("d-M-yyyy HH:mm"));
            assertThat(Duration.between(written, LocalDateTime.now(ZoneId.of("Europe/Amsterdam"))).abs())
                    .isLessThan(Duration.ofMinutes(5));
        }
        assertThat(rejected.resolve("notities.xlsx.feedback.xlsx")).exists();

        JsonNode summary = summary();
        assertThat(fileEntry(summary, "GM0406 Huizen - Voorstellen.xlsx").get("status").asString()).isEqualTo("accepted");
        JsonNode renkum = fileEntry(summary, "GM0274 Renkum - Voorstellen.xlsx");
        assertThat(renkum.get("status").asString()).isEqualTo("rejected");
        assertThat(renkum.get("messages").get(0).get("cell").asString()).isEqualTo("C3");
        assertThat(fileEntry(summary, "notities.xlsx").get("status").asString()).isEqualTo("rejected");
        assertThat(Files.list(output).filter(p -> p.getFileName().toString().startsWith("consolidatie-")).count()).isEqualTo(1);
    }

    @Test
    void aFileWithAWrongPeildatumGetsAllItsErrorsAtOnceAndIsRecordedUnderItsOrganisation() throws Exception {
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(inbox, "GM0406 Huizen - Voorstellen.xlsx");
        TestWorkbook.create()
                .sheet("Info", row("Soort bestand", "Voorstellen"), row("Organisatie", "Gemeente Renkum"),
                        row("Code", "GM0274"), row("Peildatum", "31 juni 2025"))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Goed", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", "veel"))
                .write(inbox, "GM0274 Renkum - Voorstellen.xlsx");

        JobExecution execution = run();

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workbook_version WHERE organisation_code = 'GM0274'",
                Integer.class)).isZero();
        JsonNode renkum = fileEntry(summary(), "GM0274 Renkum - Voorstellen.xlsx");
        assertThat(renkum.get("status").asString()).isEqualTo("rejected");
        assertThat(renkum.get("organisation").asString()).isEqualTo("GM0274");
        assertThat(renkum.get("peildatum").isNull()).isTrue();
        assertThat(renkum.get("messages")).extracting(m -> m.get("sheet").asString() + "!" + m.get("cell").asString())
                .containsExactly("Info!B4", "Financieel!C2");
        assertThat(fileEntry(summary(), "GM0406 Huizen - Voorstellen.xlsx").get("status").asString())
                .isEqualTo("accepted");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theRunLogsInEnglishWhatEachFileHeldAndHowManyBookingRowsItRead(CapturedOutput log) throws Exception {
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(inbox, "GM0406 Huizen - Voorstellen.xlsx");
        realisation("GM0406", "Gemeente Huizen", "100", "200", "300").write(inbox, "GM0406 Huizen - Realisatie.xlsx");
        realisation("GM0274", "Gemeente Renkum", "50", "60").write(inbox, "GM0274 Renkum - Realisatie.xlsx");
        // rejected (an amount that is no amount): its rows are not counted
        realisation("GM0307", "Gemeente Amersfoort", "70", "veel").write(inbox, "GM0307 Amersfoort - Realisatie.xlsx");

        assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(fileEntry(summary(), "GM0307 Amersfoort - Realisatie.xlsx").get("status").asString()).isEqualTo("rejected");
        assertThat(log.getOut()).containsPattern("Booking rows of accepted workbooks: 5 read in [0-9.]+ s, [0-9.]+ microseconds per row")
                .contains("GM0406 Huizen - Realisatie.xlsx: 1 measure, 0 warnings (Realisatie GM0406, reporting date 2025-06-30)")
                .contains("GM0307 Amersfoort - Realisatie.xlsx: rejected with 1 error, feedback in ")
                .doesNotContain("maatregelen", "waarschuwingen");
    }

    private static TestWorkbook realisation(String code, String name, String... amounts) {
        List<Object[]> bookings = new ArrayList<>();
        bookings.add(row("Datum", "Nummer", "Soort", "Bedrag"));
        for (String amount : amounts) {
            bookings.add(row(LocalDate.of(2025, 2, 1), "1", "Besparing", amount));
        }
        return TestWorkbook.withInfo("Realisatie", name, code, LocalDate.of(2025, 6, 30))
                .sheet("Boekingen", bookings.toArray(Object[][]::new));
    }

    @Test
    void theSameFileDroppedTwiceChangesNothingAndTheReportIsNotRewritten() throws Exception {
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(inbox, "huizen.xlsx");
        assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Path report = Files.list(output).filter(p -> p.getFileName().toString().startsWith("consolidatie-")).findFirst().orElseThrow();
        var reportTime = Files.getLastModifiedTime(report);
        byte[] summaryBefore = Files.readAllBytes(output.resolve("run-summary.json"));
        Files.copy(inbox.resolve("huizen.xlsx"), inbox.resolve("huizen (kopie).xlsx"));

        JobExecution second = run();

        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.getStepExecutions()).extracting(s -> s.getStepName()).containsExactly("ingest");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workbook_version", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measure", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT outcome FROM received_file WHERE run_id = ? ORDER BY file_name", String.class,
                second.getJobInstance().getInstanceId())).containsExactly("SKIPPED", "SKIPPED");
        assertThat(Files.getLastModifiedTime(report)).isEqualTo(reportTime);
        assertThat(Files.readAllBytes(output.resolve("run-summary.json"))).isEqualTo(summaryBefore);
    }

    @Test
    void receiptsOfUnchangedFilesKeepTheOrderInWhichTheRunWentThroughTheInbox() throws Exception {
        // Largest first: the workbook, then the new note, then the small one. Unchanged files are
        // recorded together, but not after a file stored between them.
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(inbox, "huizen.xlsx");
        Files.writeString(inbox.resolve("klein.xlsx"), "geen werkmap");
        run();
        Files.writeString(inbox.resolve("middel.xlsx"), "nog steeds geen werkmap ".repeat(100));
        assertThat(Files.size(inbox.resolve("huizen.xlsx"))).isGreaterThan(Files.size(inbox.resolve("middel.xlsx")));

        JobExecution second = run();

        assertThat(jdbc.queryForList("SELECT file_name || ' ' || outcome FROM received_file WHERE run_id = ? ORDER BY id",
                String.class, second.getJobInstance().getInstanceId()))
                .containsExactly("huizen.xlsx SKIPPED", "middel.xlsx REJECTED", "klein.xlsx SKIPPED");
    }

    @Test
    void runsOnAFreshDatabaseAreNumberedFromOne() throws Exception {
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(inbox, "huizen.xlsx");

        JobExecution first = run();
        Workbooks.huizenProposals(LocalDate.of(2025, 4, 1)).write(inbox, "huizen april.xlsx");
        JobExecution second = run();
        Path report = output.resolve("consolidatie-2025-04-01.xlsx");

        assertThat(first.getJobInstance().getInstanceId()).isEqualTo(1L);
        assertThat(second.getJobInstance().getInstanceId()).isEqualTo(2L);
        assertThat(summary().get("run_id").asLong()).isEqualTo(2L);
        try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(report.toFile(), PackageAccess.READ))) {
            var about = wb.getSheet("Over dit rapport");
            String run = null;
            for (var row : about) {
                if (row.getCell(0) != null && "Run".equals(row.getCell(0).getStringCellValue())) {
                    run = new DataFormatter().formatCellValue(row.getCell(1));
                }
            }
            assertThat(run).isEqualTo("2");
        }
    }

    @Test
    void twoCopiesOfOneFileInTheSameRunAreStoredOnce() throws Exception {
        // Both copies land in one chunk and are read at the same time, before either is stored.
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(inbox, "huizen.xlsx");
        Files.copy(inbox.resolve("huizen.xlsx"), inbox.resolve("huizen (kopie).xlsx"));

        JobExecution run = run();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workbook_version", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measure", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForList("SELECT outcome FROM received_file WHERE run_id = ? ORDER BY file_name", String.class,
                run.getJobInstance().getInstanceId())).containsExactly("ACCEPTED", "SKIPPED");
    }

    @Test
    void aRunWithNothingNewStillWritesTheReportWhenItIsMissing() throws Exception {
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(inbox, "huizen.xlsx");
        run();
        try (var files = Files.list(output)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.delete(p);
            }
        }

        JobExecution second = run();

        assertThat(second.getStepExecutions()).extracting(s -> s.getStepName()).containsExactly("ingest", "calculate", "report");
        assertThat(fileEntry(summary(), "huizen.xlsx").get("status").asString()).isEqualTo("skipped");
    }

    @Test
    void filesReadAheadOfTheirChunkAreStoredAsIfReadOneByOne() throws Exception {
        // 21 files, largest first: three chunks, the later ones read on two threads while the first is stored
        RunFixtures.proposals(inbox, 18, 3);
        RunFixtures.proposals("GM0406", "Gemeente Huizen", 30, LocalDate.of(2025, 3, 1)).write(inbox, "GM0406 maart.xlsx");
        RunFixtures.proposals("GM0406", "Gemeente Huizen", 1, LocalDate.of(2025, 6, 1)).write(inbox, "GM0406 juni.xlsx");
        TestWorkbook.withInfo("Voorstellen", "Gemeente Renkum", "GM0274", LocalDate.of(2025, 1, 1))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Fout", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", "veel"))
                .write(inbox, "GM0274 fout.xlsx");

        JobExecution run = run();

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        var ingest = run.getStepExecutions().iterator().next();
        assertThat(ingest.getWriteCount()).isEqualTo(21);
        assertThat(ingest.getCommitCount()).as("chunks").isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForList("SELECT outcome, COUNT(*) AS n FROM received_file GROUP BY outcome ORDER BY outcome"))
                .extracting(r -> r.get("OUTCOME") + " " + r.get("N")).containsExactly("ACCEPTED 20", "REJECTED 1");
        // the March file is the largest and is stored first; June, read ahead, replaces it chunks later
        assertThat(jdbc.queryForList("SELECT peildatum, superseded FROM workbook_version WHERE organisation_code = 'GM0406'"
                + " ORDER BY peildatum")).extracting(v -> v.get("SUPERSEDED")).containsExactly(true, false);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measure", Integer.class)).isEqualTo(18 * 3 + 30 + 1);
        assertThat(Files.list(rejected).map(p -> p.getFileName().toString()))
                .contains("GM0274 fout.xlsx.feedback.xlsx");
    }

    @Test
    void aNewerPeildatumReplacesTheOlderFactsAndKeepsTheOldVersion() throws Exception {
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(inbox, "huizen-maart.xlsx");
        run();
        TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", LocalDate.of(2025, 6, 1))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Alleen nog deze", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 777))
                .write(inbox, "huizen-juni.xlsx");

        assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);

        List<Map<String, Object>> versions = jdbc.queryForList(
                "SELECT peildatum, superseded FROM workbook_version ORDER BY peildatum");
        assertThat(versions).extracting(v -> v.get("SUPERSEDED")).containsExactly(true, false);
        JsonNode totals = summary().get("totals");
        BigDecimal planned = null;
        for (JsonNode t : totals) {
            if ("organisation_year".equals(t.get("level").asString()) && "GM0406".equals(t.get("organisation").asString())
                    && t.get("year").asInt() == 2025) {
                planned = t.get("planned_net").decimalValue();
            }
        }
        assertThat(planned).isEqualByComparingTo("777");
    }

    @Test
    void anOlderPeildatumArrivingLaterIsKeptButDoesNotReplaceTheNewerFacts() throws Exception {
        TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", LocalDate.of(2025, 6, 1))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Nieuw", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 777))
                .write(inbox, "a-juni.xlsx");
        assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // the March version arrives in a later run (within one run the larger file is read first)
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(inbox, "b-maart.xlsx");

        assertThat(run().getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForList("SELECT peildatum FROM workbook_version WHERE superseded = FALSE", java.sql.Date.class))
                .extracting(java.sql.Date::toLocalDate).containsExactly(LocalDate.of(2025, 6, 1));
        JsonNode older = fileEntry(summary(), "b-maart.xlsx");
        assertThat(older.get("status").asString()).isEqualTo("accepted");
        JsonNode version = null;
        for (JsonNode m : older.get("messages")) {
            version = m.get("rule").asString().equals("Versie") ? m : version;
        }
        // the date as the sender typed it on its Info sheet, not 2025-03-01
        assertThat(version).isNotNull();
        assertThat(version.get("value").asString()).isEqualTo("1-3-2025");
        assertThat(version.get("message").asString()).startsWith("De peildatum 1-3-2025 is ouder dan die van de huidige versie");
    }
}
