package nl.besparingsmonitor.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import nl.besparingsmonitor.domain.Organisation;
import nl.besparingsmonitor.domain.SignConvention;
import nl.besparingsmonitor.domain.WorkbookKind;
import nl.besparingsmonitor.ingest.InboxFile;
import nl.besparingsmonitor.ingest.KeyFacts;
import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.ingest.WorkbookInfo;
import nl.besparingsmonitor.validation.Severity;
import nl.besparingsmonitor.validation.ValidationIssue;

/**
 * A file is recognised by its content among the receipts that were accepted or rejected, however
 * many later runs skipped it as unchanged; on the embedded database's file format with the
 * application's migrations.
 */
class ProcessedFileLookupTest {

    private static final Instant NOW = Instant.parse("2026-11-23T20:00:00Z");
    private static final String ACCEPTED_HASH = "a".repeat(64);
    private static final String REJECTED_HASH = "b".repeat(64);
    private static final String SKIPPED_ONLY_HASH = "c".repeat(64);

    @TempDir
    Path dir;

    private HikariDataSource dataSource;
    private FactStore store;

    @BeforeEach
    void migrate() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:hsqldb:file:" + dir.resolve("monitor")
                + ";hsqldb.tx=mvcc;hsqldb.default_table_type=cached;shutdown=true");
        dataSource.setUsername("SA");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/hsqldb").load().migrate();
        store = new FactStore(dataSource);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void findsTheFirstAcceptedOrRejectedReceiptPastEverySkippedOne() {
        store.storeSkipped(1, List.of(file("eerder overgeslagen.xlsx", ACCEPTED_HASH)), NOW);
        long accepted = store.storeAccepted(1, file("GM0406 Huizen - Verdeelsleutels.xlsx", ACCEPTED_HASH), keysWorkbook(), NOW).receiptId();
        long rejected = store.storeRejected(1, file("notities.xlsx", REJECTED_HASH), rejectedWorkbook(), "notities.feedback.xlsx", NOW);
        for (long run = 2; run <= 200; run++) {
            store.storeSkipped(run, List.of(file("GM0406 Huizen - Verdeelsleutels.xlsx", ACCEPTED_HASH),
                    file("notities.xlsx", REJECTED_HASH), file("kopie.xlsx", SKIPPED_ONLY_HASH)), NOW);
        }

        assertThat(store.findProcessed(ACCEPTED_HASH)).contains(
                new FactStore.PreviousReceipt(accepted, FileOutcome.ACCEPTED, "GM0406 Huizen - Verdeelsleutels.xlsx"));
        assertThat(store.findProcessed(REJECTED_HASH)).contains(
                new FactStore.PreviousReceipt(rejected, FileOutcome.REJECTED, "notities.xlsx"));
        assertThat(store.findProcessed(SKIPPED_ONLY_HASH)).isEmpty();
        assertThat(store.findProcessed("d".repeat(64))).isEmpty();
    }

    @Test
    void theLookupGoesByHashAndOutcomeSoSkippedReceiptsAreNeverRead() {
        String plan = String.join("\n", new JdbcTemplate(dataSource).queryForList(
                "EXPLAIN PLAN FOR " + FactStore.FIND_PROCESSED, String.class));

        // both parts of the union start at (sha256, outcome) in the index; an outcome tested row by row
        // after a lookup by hash alone would show as an "other condition"
        assertThat(plan.split("index=RECEIVED_FILE_CONTENT", -1)).hasSize(3);
        assertThat(plan).doesNotContain("other condition").doesNotContain("RECEIVED_FILE_HASH");
        assertThat(plan.split("EQUAL arg_left=\\[\\s+COLUMN: PUBLIC.RECEIVED_FILE.OUTCOME", -1)).hasSize(3);
    }

    private static InboxFile file(String name, String sha256) {
        return new InboxFile(Path.of("inbox", name), name, 1_000, NOW, sha256);
    }

    private static ParsedWorkbook keysWorkbook() {
        WorkbookInfo info = new WorkbookInfo(WorkbookKind.VERDEELSLEUTELS, new Organisation("GM0406", "Huizen"),
                LocalDate.of(2025, 6, 30), BigDecimal.ONE, SignConvention.ALL_POSITIVE);
        return new ParsedWorkbook(info, new KeyFacts(List.of(), List.of()), List.of(), 0, 0, true);
    }

    private static ParsedWorkbook rejectedWorkbook() {
        ValidationIssue issue = new ValidationIssue(Severity.ERROR, null, null, "Geen Excel-werkmap", null, null,
                "Het bestand is geen Excel-werkmap.");
        return new ParsedWorkbook(null, null, List.of(issue), 1, 0, true);
    }
}
