package nl.besparingsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.besparingsmonitor.support.Workbooks;

/**
 * A disk error in the report step fails the run with one clear line and exit code 1, leaves the
 * previous report as it was, and {@code monitor.restart=true} completes the run from the report
 * step without loading anything again.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:reportfail-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=test", "monitor.restart=true"})
@ExtendWith(OutputCaptureExtension.class)
class ReportFailureRestartTests {

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("monitor.inbox", () -> root.resolve("inbox").toString());
        registry.add("monitor.output", () -> root.resolve("output").toString());
    }

    @Autowired
    ConsolidationLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedReportStepKeepsThePreviousReportAndARestartCompletesTheRun(CapturedOutput log) throws Exception {
        Path inbox = root.resolve("inbox");
        Path output = root.resolve("output");
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(inbox, "huizen-maart.xlsx");
        assertThat(launcher.launch("once", false).exitCode()).isZero();
        Path previous = output.resolve("consolidatie-2025-03-01.xlsx");
        byte[] previousReport = Files.readAllBytes(previous);

        // The next report cannot be put in place: its name is taken by a folder with a file in it,
        // so the final rename fails like a full or failing disk would.
        RunFixtures.proposals("GM0274", "Gemeente Renkum", 3, LocalDate.of(2025, 6, 1)).write(inbox, "renkum-juni.xlsx");
        Path blocked = Files.createDirectories(output.resolve("consolidatie-2025-06-01.xlsx"));
        Files.writeString(blocked.resolve("in-de-weg.txt"), "x");

        RunOutcome failed = launcher.launch("once", false);

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(log).containsPattern("Run " + failed.runId() + " FAILED in [0-9.]+ s in step report: \\w+Exception");
        assertThat(Files.readAllBytes(previous)).isEqualTo(previousReport);
        try (var files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }

        Files.delete(blocked.resolve("in-de-weg.txt"));
        Files.delete(blocked);
        RunOutcome restarted = launcher.launch("once", false);

        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.runId()).as("the failed run is completed, not a new one started").isEqualTo(failed.runId());
        assertThat(log).contains("Restarting run " + failed.runId());
        assertThat(output.resolve("consolidatie-2025-06-01.xlsx")).isRegularFile();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workbook_version", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file WHERE run_id = ?", Integer.class,
                failed.runId())).as("the restart read no file again").isEqualTo(2);
    }
}
