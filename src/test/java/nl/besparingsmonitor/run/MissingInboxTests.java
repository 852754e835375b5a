package nl.besparingsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

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

/**
 * An inbox that is not there (a mistyped path, a share that is not mounted) is a setting to fix, not
 * a run to restart: nothing is started or recorded, the log says which folder, and once the folder
 * exists the next ordinary run works.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:missing-inbox-${random.uuid};hsqldb.tx=mvcc", "monitor.mode=test"})
@ExtendWith(OutputCaptureExtension.class)
class MissingInboxTests {

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
    void aMissingInboxStartsNoRunAndSaysWhichFolder(CapturedOutput log) throws Exception {
        RunOutcome outcome = launcher.launch("once", false);

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.runId()).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isZero();
        assertThat(log.getOut()).contains("Consolidation could not run: the inbox " + root.resolve("inbox")
                + " does not exist or is not a folder (monitor.inbox); no run was started")
                .doesNotContain("restart with --monitor.restart=true", "UncheckedIOException");

        Files.createDirectories(root.resolve("inbox"));
        RunOutcome afterFix = launcher.launch("once", false);

        assertThat(afterFix.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(afterFix.exitCode()).isZero();
    }
}
