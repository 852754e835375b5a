package nl.besparingsmonitor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.besparingsmonitor.support.Packages;

/**
 * Memory proven by a real run, not a timed assertion: the application, started as a child JVM
 * with {@code -Xmx128m}, accepts a Realisatie workbook of 300,000 booking rows, each with its own
 * description (so its shared strings table grows with the rows, as in a real ledger extract), and
 * stores exactly the sums that were generated; beside it, a workbook whose shared strings table holds
 * three million short texts (about 170 MB as Java strings) is refused by its memory limit.
 */
class LargeRealisatieLowHeapTest {

    private static final int ROWS = 300_000;

    @TempDir
    Path root;

    private static final int HOSTILE_TEXTS = 3_000_000;

    @Test
    void a300000RowLedgerIsAcceptedIn128MbWithTheExactGeneratedSums() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        BookingLedger ledger = BenchmarkGenerator.writeRealisatie(inbox.resolve("GM0999 Grootstad - Realisatie.xlsx"),
                "Gemeente Grootstad", "GM0999", BenchmarkGenerator.REALISATION_PEILDATUM,
                BenchmarkGenerator.plan(new Random(42), 50), ROWS, 42L, true);
        assertThat(ledger.rows()).isEqualTo(ROWS);
        Path small = root.resolve("small.xlsx");
        BenchmarkGenerator.writeRealisatie(small, "Gemeente Kleinstad", "GM0998", BenchmarkGenerator.REALISATION_PEILDATUM,
                BenchmarkGenerator.plan(new Random(7), 5), 100, 7L, true);
        withExtraSharedTexts(small, inbox.resolve("GM0998 Kleinstad - Realisatie.xlsx"), HOSTILE_TEXTS);
        Path db = root.resolve("db");
        Path output = root.resolve("output");

        ChildJvm.Result run = ChildJvm.run("app", root,
                List.of("-Xmx128m", "-XX:+HeapDumpOnOutOfMemoryError", "-XX:HeapDumpPath=" + root),
                List.of("-cp", ChildJvm.testClasspath(), BenchmarkRunner.JOB_MAIN,
                        "--monitor.inbox=" + inbox, "--monitor.output=" + output,
                        "--monitor.rejected=" + root.resolve("rejected"),
                        "--spring.datasource.url=jdbc:hsqldb:file:" + db.resolve("monitor")
                                + ";hsqldb.tx=mvcc;hsqldb.write_delay=false;hsqldb.default_table_type=cached;shutdown=true"),
                Duration.ofSeconds(180));
        String diagnosis = "exit " + run.exitCode() + (run.timedOut() ? " (timed out)" : "") + ", heap " + run.gc()
                + ", log:\n" + ChildJvm.tail(run.output(), 40);
        System.out.printf("[300k rows, -Xmx128m] %.1f s, peak heap after GC %.1f MB, max used %.1f MB, %d GCs (%s)%n",
                run.seconds(), run.gc().peakAfterGcMb(), run.gc().peakUsedMb(), run.gc().collections(), run.gc().collector());

        assertThat(run.exitCode()).as(diagnosis).isZero();
        assertThat(Files.readString(run.output())).as(diagnosis).doesNotContain("OutOfMemoryError");
        Map<String, Object> summary = Json.read(output.resolve("run-summary.json"));
        Map<String, Map<String, Object>> files = new TreeMap<>();
        for (Object f : (List<?>) summary.get("files")) {
            Map<String, Object> file = BenchmarkRunner.cast(f);
            files.put(String.valueOf(file.get("file")), file);
        }
        assertThat(files).hasSize(2);
        assertThat(files.get("GM0999 Grootstad - Realisatie.xlsx")).as(String.valueOf(files))
                .containsEntry("status", "accepted").containsEntry("booking_rows", ROWS);
        assertThat(files.get("GM0998 Kleinstad - Realisatie.xlsx")).as(String.valueOf(files))
                .containsEntry("status", "rejected");
        assertThat(String.valueOf(files.get("GM0998 Kleinstad - Realisatie.xlsx").get("messages")))
                .contains("Limiet gedeelde teksten", "geheugen (gemeten:");

        assertThat(storedSums(db)).isEqualTo(expectedSums(ledger));
    }

    /** A copy of {@code source} whose shared strings table has {@code extra} short texts more, which no cell uses. */
    private static void withExtraSharedTexts(Path source, Path target, int extra) throws IOException {
        Map<String, byte[]> parts = Packages.parts(source);
        String table = Packages.text(parts, "xl/sharedStrings.xml");
        Packages.writeStreamed(target, parts, "xl/sharedStrings.xml", out -> {
            out.write(table, 0, table.lastIndexOf("</sst>"));
            for (int i = 0; i < extra; i++) {
                out.write("<si><t>" + Integer.toString(i, 36) + "</t></si>");
            }
            out.write("</sst>");
        });
    }

    /** booking_total of the (now closed) database: measure/kind/year/count -> amount. */
    private static Map<String, BigDecimal> storedSums(Path db) throws Exception {
        Map<String, BigDecimal> sums = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:hsqldb:file:" + db.resolve("monitor") + ";shutdown=true", "SA", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT measure_number, kind, fact_year, amount, bookings FROM booking_total")) {
            while (rs.next()) {
                sums.put(rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3) + "/" + rs.getLong(5),
                        rs.getBigDecimal(4).stripTrailingZeros());
            }
        }
        return sums;
    }

    private static Map<String, BigDecimal> expectedSums(BookingLedger ledger) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        ledger.sums().forEach((k, v) -> sums.put(k.measure() + "/" + k.kind() + "/" + k.year() + "/" + v.bookings(),
                v.amount().stripTrailingZeros()));
        return sums;
    }
}
