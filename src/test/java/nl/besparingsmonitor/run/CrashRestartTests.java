package nl.besparingsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import nl.besparingsmonitor.BesparingsmonitorApplication;

/**
 * {@code kill -9} in the middle of a run, then a restart: the database and the report are exactly
 * as after one clean run on a fresh database. The program runs as a child process, as in
 * production. It is started from the test class path ({@code java -cp ...
 * BesparingsmonitorApplication}) rather than from the packaged jar, so that the test runs in
 * {@code mvn test} before {@code package} and always tests the code just compiled; the jar only
 * adds Spring Boot's launcher around the same classes.
 */
class CrashRestartTests {

    static final int FILES = 30;

    @TempDir
    Path root;

    @Test
    void aRunKilledHalfwayIsCompletedByTheRestartAsIfNothingHappened() throws Exception {
        Path inbox = root.resolve("inbox");
        RunFixtures.proposals(inbox, FILES, 40);

        // the reference: one uninterrupted run on a fresh database, in this JVM (one JVM less to start)
        CompletableFuture<Integer> clean = CompletableFuture.supplyAsync(() -> cleanRun(inbox));
        Child killed = start("crashed", inbox);
        killed.awaitLine(Pattern.compile("\\[([5-9]|[1-2][0-9])/" + FILES + "]"), 60);
        killed.process.destroyForcibly(); // SIGKILL: no shutdown hooks, no HSQLDB shutdown
        killed.process.waitFor(20, TimeUnit.SECONDS);
        assertThat(killed.output()).as("killed before the run completed").doesNotContain("COMPLETED in");

        long killedAt = System.nanoTime();
        Child restarted = start("crashed", inbox, "--monitor.restart=true");
        assertThat(restarted.waitForExit(120)).as("exit code of the restart").isZero();
        // what happened, for whoever reads the test output
        System.out.printf("Killed after: %s%nRestart took %d ms after the kill:%n%s%n",
                killed.lines.stream().filter(l -> l.contains("/" + FILES + "]")).reduce((a, b) -> b).orElse("?"),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt),
                restarted.lines.stream().filter(l -> l.matches(".*(STARTED|Restarting|Continuing|COMPLETED|lock|Lock|HikariPool).*"))
                        .reduce((a, b) -> a + System.lineSeparator() + b).orElse(""));
        assertThat(clean.get(120, TimeUnit.SECONDS)).as("exit code of the clean run").isZero();

        assertThat(restarted.output()).contains("was left STARTED in step ingest by a process that stopped")
                .contains("Restarting run 1").containsPattern("Run 1 COMPLETED in [0-9.]+ s: 30 files \\(30 accepted");
        assertThat(restarted.output()).as("mode once runs without a web server").doesNotContain("Tomcat");

        Map<String, Object> afterCrash = databaseFacts(root.resolve("crashed/data"));
        Map<String, Object> afterClean = databaseFacts(root.resolve("clean/data"));
        assertThat(afterCrash).isEqualTo(afterClean);
        assertThat(afterCrash.get("files loaded more than once")).isEqualTo(0L);
        assertThat(afterCrash.get("versions with fewer than 40 measures")).isEqualTo(0L);
        assertThat(afterCrash.get("workbook_version")).isEqualTo((long) FILES);

        assertThat(summary(root.resolve("crashed/output"))).isEqualTo(summary(root.resolve("clean/output")));
        assertThat(report(root.resolve("crashed/output"))).isEqualTo(report(root.resolve("clean/output")));
    }

    // --- child processes

    private int cleanRun(Path inbox) {
        Path home = root.resolve("clean");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BesparingsmonitorApplication.class)
                .web(WebApplicationType.NONE).run(arguments(home, inbox).toArray(String[]::new))) {
            return SpringApplication.exit(context);
        }
    }

    private static List<String> arguments(Path home, Path inbox) {
        return List.of("--monitor.inbox=" + inbox, "--monitor.output=" + home.resolve("output"),
                "--monitor.rejected=" + home.resolve("rejected"),
                "--spring.datasource.url=jdbc:hsqldb:file:" + home.resolve("data/monitor")
                        + ";hsqldb.tx=mvcc;hsqldb.write_delay=false;hsqldb.default_table_type=cached;shutdown=true");
    }

    private Child start(String name, Path inbox, String... extra) throws IOException {
        Path home = Files.createDirectories(root.resolve(name));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "nl.besparingsmonitor.BesparingsmonitorApplication"));
        command.addAll(arguments(home, inbox));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
        return new Child(process);
    }

    static final class Child {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();
        private final Thread pump;

        Child(Process process) {
            this.process = process;
            this.pump = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // process killed
                }
            });
            pump.start();
        }

        void awaitLine(Pattern pattern, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (lines.stream().noneMatch(l -> pattern.matcher(l).find())) {
                assertThat(process.isAlive()).as("still running; output so far:%n%s", output()).isTrue();
                assertThat(System.nanoTime()).as("waited for %s", pattern).isLessThan(deadline);
                Thread.sleep(5);
            }
        }

        int waitForExit(int seconds) throws InterruptedException {
            assertThat(process.waitFor(seconds, TimeUnit.SECONDS)).as("exited; output:%n%s", output()).isTrue();
            pump.join(5000);
            return process.exitValue();
        }

        String output() {
            return String.join(System.lineSeparator(), lines);
        }
    }

    // --- what the two runs left behind

    private static Map<String, Object> databaseFacts(Path data) throws Exception {
        Map<String, Object> facts = new LinkedHashMap<>();
        String url = "jdbc:hsqldb:file:" + data.resolve("monitor") + ";ifexists=true;shutdown=true";
        try (Connection c = DriverManager.getConnection(url, "SA", ""); Statement s = c.createStatement()) {
            for (String table : List.of("organisation", "workbook_version", "received_file", "measure", "financial_line",
                    "validation_message", "calculation_total")) {
                facts.put(table, count(s, "SELECT COUNT(*) FROM " + table));
            }
            facts.put("received per outcome", rows(s, "SELECT outcome, COUNT(*) FROM received_file GROUP BY outcome ORDER BY outcome"));
            facts.put("files loaded more than once", count(s,
                    "SELECT COUNT(*) FROM (SELECT sha256 FROM workbook_version GROUP BY sha256 HAVING COUNT(*) > 1) d"));
            facts.put("versions with fewer than 40 measures", count(s,
                    "SELECT COUNT(*) FROM workbook_version v WHERE (SELECT COUNT(*) FROM measure m WHERE m.version_id = v.id) < 40"));
            facts.put("totals", rows(s, "SELECT total_level, organisation_code, fact_year, planned_net FROM calculation_total "
                    + "ORDER BY total_level, organisation_code, municipality_code, domain, measure_number, fact_year"));
            facts.put("completed runs", rows(s, "SELECT i.JOB_INSTANCE_ID, e.STATUS FROM BATCH_JOB_INSTANCE i "
                    + "JOIN BATCH_JOB_EXECUTION e ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID WHERE e.STATUS = 'COMPLETED'"));
        }
        return facts;
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> rows(Statement s, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** The run summary without run_time, the one thing that differs between two runs of the same files. */
    private static JsonNode summary(Path output) throws IOException {
        ObjectNode summary = (ObjectNode) JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
        summary.remove("run_time");
        return summary;
    }

    /** Every cell of every sheet of the report, as text; date-times (a run time, if shown) left out. */
    private static List<String> report(Path output) throws IOException {
        File report;
        try (var files = Files.list(output)) {
            report = files.filter(p -> p.getFileName().toString().matches("consolidatie-.*\\.xlsx")).findFirst()
                    .orElseThrow().toFile();
        }
        Pattern dateTime = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}|\\d{1,2}-\\d{1,2}-\\d{4} \\d{1,2}:\\d{2}");
        List<String> cells = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(report)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = format.formatCellValue(cell);
                        Matcher m = dateTime.matcher(text);
                        cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + (m.find() ? "<time>" : text));
                    }
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        cells.add(0, report.getName());
        return cells;
    }
}
