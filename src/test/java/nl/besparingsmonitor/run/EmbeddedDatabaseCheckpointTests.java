package nl.besparingsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On the embedded database in files, as the application runs by default: after every run a
 * checkpoint, at which HSQLDB compacts the data file when too much of it is space that runs freed.
 */
@SpringBootTest(properties = "monitor.mode=test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseCheckpointTests {

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        // a database of its own for each test (the context is made anew for each)
        registry.add("spring.datasource.url", () -> "jdbc:hsqldb:file:" + root.resolve("db-${random.uuid}").resolve("monitor")
                + ";hsqldb.tx=mvcc;hsqldb.write_delay=false;hsqldb.default_table_type=cached");
        registry.add("monitor.inbox", () -> root.resolve("inbox").toString());
        registry.add("monitor.output", () -> root.resolve("output").toString());
    }

    @BeforeAll
    static void inbox() throws Exception {
        RunFixtures.proposals(root.resolve("inbox"), 6, 30);
    }

    @Autowired
    ConsolidationLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRunEndsWithACheckpoint(CapturedOutput log) throws Exception {
        RunOutcome run = launcher.launch("test", false);

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        // every commit of the run went to the redo log (6 workbooks, about 100 KB); the checkpoint wrote them
        // into the data file, so all it holds is what came after: the release of the run lock
        assertThat(redoLogBytes()).isLessThan(1_000);
        assertThat(log).doesNotContain("Database file compacted");
    }

    @Test
    void theFileIsCompactedWhenMoreThanAQuarterOfItIsLostSpace(CapturedOutput log) throws Exception {
        // space freed before this run: rows that grew and were written elsewhere in the file
        jdbc.execute("CREATE CACHED TABLE scratch (t VARCHAR(2000))");
        jdbc.batchUpdate("INSERT INTO scratch VALUES (?)", Collections.nCopies(2_000, new Object[] {"x".repeat(500)}));
        jdbc.execute("CHECKPOINT");
        jdbc.update("UPDATE scratch SET t = t || t");
        long[] before = fileSpace();
        assertThat(before[1]).as("lost bytes").isGreaterThan(before[0] / 4);

        RunOutcome run = launcher.launch("test", false);

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(log).contains("Database file compacted after the run: ");
        long[] after = fileSpace();
        assertThat(after[1]).as("lost bytes").isLessThan(after[0] / 100);
        assertThat(after[0]).isLessThan(before[0]);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM workbook_version", Integer.class)).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scratch WHERE LENGTH(t) = 1000", Integer.class)).isEqualTo(2_000);
    }

    private long redoLogBytes() throws Exception {
        String dataFile = jdbc.queryForObject("SELECT CACHE_FILE FROM INFORMATION_SCHEMA.SYSTEM_CACHEINFO", String.class);
        Path redoLog = Path.of(dataFile.replaceFirst("\\.data$", ".log"));
        assertThat(redoLog.getParent()).startsWith(root);
        return Files.exists(redoLog) ? Files.size(redoLog) : 0;
    }

    /** The data file's end and its lost bytes. */
    private long[] fileSpace() {
        return jdbc.queryForObject("SELECT FILE_FREE_POS, FILE_LOST_BYTES FROM INFORMATION_SCHEMA.SYSTEM_CACHEINFO",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
    }
}
