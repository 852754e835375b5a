package nl.besparingsmonitor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import nl.besparingsmonitor.support.Workbooks;

/**
 * The real consolidatie job over an inbox of mutated workbooks next to one good workbook: the run
 * completes, the good workbook is loaded, and every mutated file is accepted, skipped as a copy, or
 * rejected with at least one message and a feedback workbook.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:fuzzjob-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=test", "monitor.inbox=target/unused", "monitor.output=target/unused",
        "monitor.limits.max-time-per-file=10s"})
@org.springframework.context.annotation.Import(JobRunner.class)
class JobFuzzTest {

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path root;

    @Test
    void aRunOverMutatedFilesCompletesAndStillLoadsTheGoodOne() throws Exception {
        JobRunner.Folders folders = JobRunner.Folders.under(root);
        long base = WorkbookFuzzTest.baseSeed() + 1_000_000;
        int cases = Integer.getInteger("fuzz.jobCases", 60);
        System.out.println("[fuzz-job] base seed " + base + ", " + cases + " files (replay a file with -Dfuzz.case=<seed>"
                + " in WorkbookFuzzTest)");
        Fuzzer fuzzer = new Fuzzer(Files.createDirectories(root.resolve("work")));
        Map<String, Long> seeds = new HashMap<>();
        for (int i = 0; i < cases; i++) {
            long seed = base + i;
            Fuzzer.Case c = fuzzer.generate(seed);
            String name = String.format("fuzz-%03d-%s.xlsx", i, c.mutation());
            Files.write(folders.inbox().resolve(name), c.bytes());
            seeds.put(name, seed);
        }
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(folders.inbox(), "zz-goed.xlsx");

        JobExecution execution = runner.run(folders);

        assertThat(execution.getStatus()).as("run status, failures %s", execution.getAllFailureExceptions())
                .isEqualTo(BatchStatus.COMPLETED);
        JsonNode summary = runner.summary(folders);
        JsonNode good = JobRunner.fileEntry(summary, "zz-goed.xlsx");
        assertThat(good.get("status").asString()).isEqualTo("accepted");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE code = 'GM0406'", Integer.class)).isOne();
        for (Map.Entry<String, Long> e : seeds.entrySet()) {
            JsonNode entry = JobRunner.fileEntry(summary, e.getKey());
            String status = entry.get("status").asString();
            String label = e.getKey() + " (seed " + e.getValue() + ")";
            assertThat(status).as(label).isIn("accepted", "rejected", "skipped");
            if ("rejected".equals(status)) {
                assertThat(entry.get("messages").size()).as(label).isPositive();
                assertThat(entry.get("messages").get(0).get("message").asString()).as(label).isNotBlank();
                assertThat(Path.of(entry.get("feedback").asString())).as(label).exists();
                for (JsonNode m : entry.get("messages")) {
                    assertThat(m.get("rule").asString()).as(label).isNotEqualTo("Onverwachte fout");
                }
            }
        }
        List<String> inInbox = Files.list(folders.inbox()).map(p -> p.getFileName().toString()).toList();
        assertThat(inInbox).hasSize(cases + 1);
    }
}
