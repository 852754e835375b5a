package nl.besparingsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;

import nl.besparingsmonitor.support.TestWorkbook;
import nl.besparingsmonitor.support.Workbooks;

/**
 * The defects the fuzzer found in the real job: each of these files used to fail the whole run in
 * the store. Now the run completes, the file is rejected with its message, and the good file loads.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:fuzzreg-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=test", "monitor.inbox=target/unused", "monitor.output=target/unused"})
@Import(JobRunner.class)
class FuzzRegressionJobTest {

    @Autowired
    JobRunner runner;

    @TempDir
    Path root;

    /** The tests share one database: each good file gets its own Peildatum, so it is new content every time. */
    private static final java.util.concurrent.atomic.AtomicInteger DAY = new java.util.concurrent.atomic.AtomicInteger();

    private void runCompletesAndRejects(TestWorkbook hostile, String rule) throws Exception {
        JobRunner.Folders folders = JobRunner.Folders.under(root);
        hostile.write(folders.inbox(), "a-vijandig.xlsx");
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1).plusDays(DAY.incrementAndGet())).write(folders.inbox(), "b-goed.xlsx");

        assertThat(runner.run(folders).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        JsonNode summary = runner.summary(folders);
        assertThat(JobRunner.fileEntry(summary, "b-goed.xlsx").get("status").asString()).isEqualTo("accepted");
        JsonNode bad = JobRunner.fileEntry(summary, "a-vijandig.xlsx");
        assertThat(bad.get("status").asString()).isEqualTo("rejected");
        assertThat(bad.get("messages")).anySatisfy(m -> assertThat(m.get("rule").asString()).isEqualTo(rule));
    }

    @Test
    void organisationNameLongerThanItsColumn() throws Exception {
        runCompletesAndRejects(FuzzRegressionTest.organisationNameLongerThanStored(), "Te lange waarde");
    }

    @Test
    void measureNumberLongerThanItsColumn() throws Exception {
        runCompletesAndRejects(FuzzRegressionTest.measureNumberLongerThanStored(), "Te lange waarde");
    }

    @Test
    void amountBeyondTheStoresNumericRange() throws Exception {
        runCompletesAndRejects(FuzzRegressionTest.amountBeyondTheStoresRange(), "Bedrag te groot");
    }

    @Test
    void inhabitantsBeyondALong() throws Exception {
        runCompletesAndRejects(FuzzRegressionTest.inhabitantsBeyondALong(), "Ongeldig aantal inwoners");
    }
}
