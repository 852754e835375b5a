package nl.besparingsmonitor.security;

import static nl.besparingsmonitor.support.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import tools.jackson.databind.JsonNode;

import nl.besparingsmonitor.support.TestWorkbook;
import nl.besparingsmonitor.support.Workbooks;

/** What arrives through the file system: odd names, links out of the inbox, unreadable and replaced files. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:inboxfs-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=test", "monitor.inbox=target/unused", "monitor.output=target/unused"})
@Import(JobRunner.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class InboxFileSystemTest {

    private static final LocalDate MAART = LocalDate.of(2025, 3, 1);

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path root;

    private static TestWorkbook broken(String code) {
        return TestWorkbook.withInfo("Voorstellen", "Gemeente X", code, MAART)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Sport", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 10));
    }

    private static String status(JsonNode summary, String name) {
        return JobRunner.fileEntry(summary, name).get("status").asString();
    }

    @Test
    void namesWithSpacesAccentsAndEmojiAreReadAndTheirFeedbackGetsASafeName() throws Exception {
        JobRunner.Folders folders = JobRunner.Folders.under(root);
        String good = "Gemeente Súdwest-Fryslân \uD83D\uDCCA voorstellen.xlsx";
        String bad = "Renkum \uD83D\uDE00 fout (kopie).xlsx";
        // 120 accented letters: 245 bytes, a legal name whose feedback name used to exceed 255 bytes and fail the run.
        String longName = "é".repeat(120) + ".xlsx";
        Workbooks.huizenProposals(MAART).write(folders.inbox(), good);
        broken("GM0274").write(folders.inbox(), bad);
        broken("GM0275").write(folders.inbox(), longName);

        assertThat(runner.run(folders).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        JsonNode summary = runner.summary(folders);
        assertThat(status(summary, good)).isEqualTo("accepted");
        assertThat(status(summary, bad)).isEqualTo("rejected");
        assertThat(status(summary, longName)).isEqualTo("rejected");
        for (String name : new String[] {bad, longName}) {
            Path feedback = Path.of(JobRunner.fileEntry(summary, name).get("feedback").asString());
            assertThat(feedback).exists().hasParent(folders.rejected());
            String feedbackName = feedback.getFileName().toString();
            assertThat(feedbackName).doesNotContain("\uD83D").endsWith(".feedback.xlsx");
            assertThat(feedbackName.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
        }
    }

    @Test
    void aSymbolicLinkOutOfTheInboxIsRecordedButNeverFollowed() throws Exception {
        JobRunner.Folders folders = JobRunner.Folders.under(root);
        Path outside = Files.createDirectories(root.resolve("elders"));
        Path secret = TestWorkbook.withInfo("Voorstellen", "Gemeente Geheim", "GM0999", MAART)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 10))
                .write(outside, "geheim.xlsx");
        Files.createSymbolicLink(folders.inbox().resolve("koppeling.xlsx"), secret);
        Files.createSymbolicLink(folders.inbox().resolve("passwd.xlsx"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(folders.inbox().resolve("map.xlsx"), outside);
        Workbooks.huizenProposals(MAART).write(folders.inbox(), "goed.xlsx");

        assertThat(runner.run(folders).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        JsonNode summary = runner.summary(folders);
        assertThat(status(summary, "goed.xlsx")).isEqualTo("accepted");
        for (String link : new String[] {"koppeling.xlsx", "passwd.xlsx", "map.xlsx"}) {
            JsonNode entry = JobRunner.fileEntry(summary, link);
            assertThat(entry.get("status").asString()).isEqualTo("rejected");
            assertThat(entry.get("messages").get(0).get("rule").asString()).isEqualTo("Symbolische koppeling genegeerd");
            assertThat(entry.get("size_bytes") == null || entry.get("size_bytes").asLong() == 0).isTrue();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation WHERE code = 'GM0999'", Integer.class)).isZero();
        assertThat(Files.readAllBytes(secret)).isNotEmpty();
    }

    @Test
    void anUnreadableFileIsRejectedWithAMessageAndTheOthersAreLoaded() throws Exception {
        JobRunner.Folders folders = JobRunner.Folders.under(root);
        Path locked = Workbooks.huizenProposals(MAART).write(folders.inbox(), "a-geen-rechten.xlsx");
        TestWorkbook.withInfo("Voorstellen", "Gemeente Renkum", "GM0274", MAART)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 10))
                .write(folders.inbox(), "b-goed.xlsx");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "Skipped: this process (root?) can read a file with mode 000, "
                    + "so an unreadable file cannot be made here; InboxFileTest covers the refusal itself.");

            assertThat(runner.run(folders).getStatus()).isEqualTo(BatchStatus.COMPLETED);

            JsonNode summary = runner.summary(folders);
            assertThat(status(summary, "b-goed.xlsx")).isEqualTo("accepted");
            JsonNode entry = JobRunner.fileEntry(summary, "a-geen-rechten.xlsx");
            assertThat(entry.get("status").asString()).isEqualTo("rejected");
            assertThat(entry.get("messages").get(0).get("rule").asString()).isEqualTo("Bestand niet leesbaar");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void theSameNameDroppedAgainWithOtherContentIsReadAgainAndABrokenVersionChangesNothing() throws Exception {
        JobRunner.Folders folders = JobRunner.Folders.under(root);
        Workbooks.huizenProposals(MAART).write(folders.inbox(), "huizen.xlsx");
        assertThat(runner.run(folders).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measure", Integer.class)).isEqualTo(3);

        // The sender drops a broken file under the same name: rejected with feedback, the loaded facts stay.
        Files.writeString(folders.inbox().resolve("huizen.xlsx"), "kapot");
        assertThat(runner.run(folders).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        JsonNode second = runner.summary(folders);
        assertThat(status(second, "huizen.xlsx")).isEqualTo("rejected");
        assertThat(Path.of(JobRunner.fileEntry(second, "huizen.xlsx").get("feedback").asString())).exists();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM measure", Integer.class)).isEqualTo(3);

        // Then a corrected, newer version under the same name: read and loaded, replacing the old facts.
        TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", LocalDate.of(2025, 6, 1))
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Nieuw", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 777))
                .write(folders.inbox(), "huizen.xlsx");
        assertThat(runner.run(folders).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(status(runner.summary(folders), "huizen.xlsx")).isEqualTo("accepted");
        assertThat(jdbc.queryForList("SELECT peildatum FROM workbook_version WHERE superseded = FALSE", java.sql.Date.class))
                .extracting(java.sql.Date::toLocalDate).containsExactly(LocalDate.of(2025, 6, 1));
    }
}
