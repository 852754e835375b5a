package nl.besparingsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two runs started at once in one process on the embedded database (MVCC): one runs, the other
 * skips or waits for it, and says so. Runs are started the way mode once and service mode start
 * them, through the launcher and its run lock.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:concurrent-${random.uuid};hsqldb.tx=mvcc", "monitor.mode=test"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentRunsTests {

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("monitor.inbox", () -> root.resolve("inbox").toString());
        registry.add("monitor.output", () -> root.resolve("output").toString());
    }

    @BeforeAll
    static void inbox() throws Exception {
        RunFixtures.proposals(root.resolve("inbox"), 12, 40);
    }

    @AfterEach
    void cleanOutput() throws Exception {
        Path output = root.resolve("output");
        if (Files.exists(output)) {
            // reports, summaries and the gemeenten/ and terugkoppeling/ folders with their files
            try (var files = Files.walk(output)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!p.equals(output)) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    @Autowired
    ConsolidationLauncher launcher;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    JdbcTemplate jdbc;

    /** Starts a run on another thread and returns once it is busy in the ingest step. */
    private CompletableFuture<RunOutcome> firstRunBusy() throws Exception {
        CompletableFuture<RunOutcome> first = CompletableFuture.supplyAsync(() -> launcher.launch("first", false));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (jobRepository.findRunningJobExecutions(ConsolidationLauncher.JOB_NAME).isEmpty()) {
            assertThat(System.nanoTime()).as("first run started").isLessThan(deadline);
            assertThat(first).isNotDone();
            Thread.sleep(10);
        }
        return first;
    }

    @Test
    void aSecondRunThatMayNotWaitIsSkippedAndSaysSo(CapturedOutput log) throws Exception {
        CompletableFuture<RunOutcome> first = firstRunBusy();

        RunOutcome second = launcher.launch("second", false, Duration.ZERO);

        assertThat(second.skipped()).isTrue();
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(log).contains("Skipping second run: another run still holds the run lock");
        RunOutcome firstOutcome = first.get(60, TimeUnit.SECONDS);
        assertThat(firstOutcome.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workbook_version", Integer.class)).isEqualTo(12);
    }

    @Test
    void aSecondRunThatMayWaitStartsAfterTheFirstHasEnded(CapturedOutput log) throws Exception {
        CompletableFuture<RunOutcome> first = firstRunBusy();

        RunOutcome second = launcher.launch("second", false, Duration.ofSeconds(60));

        assertThat(first).isDone();
        assertThat(first.get().status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(log).contains("Run lock is held by");
        List<Map<String, Object>> runs = jdbc.queryForList(
                "SELECT START_TIME, END_TIME FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID");
        assertThat(runs).hasSize(2);
        assertThat((java.sql.Timestamp) runs.get(1).get("START_TIME"))
                .as("second run starts after the first ended").isAfterOrEqualTo((java.sql.Timestamp) runs.get(0).get("END_TIME"));
        // the second run recognises every file by its hash: nothing is loaded twice
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workbook_version", Integer.class)).isEqualTo(12);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM received_file WHERE run_id = ? AND outcome = 'SKIPPED'",
                Integer.class, second.runId())).isEqualTo(12);
    }
}
