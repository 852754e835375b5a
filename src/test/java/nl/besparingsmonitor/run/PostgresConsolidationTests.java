package nl.besparingsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import nl.besparingsmonitor.BesparingsmonitorApplication;
import nl.besparingsmonitor.support.TestWorkbook;
import nl.besparingsmonitor.support.Workbooks;

/**
 * The whole job on a real PostgreSQL server: the same migrations, the same results as on the
 * embedded HSQLDB, and the run lock working there. Runs when {@code MONITOR_TEST_PG_URL} names a
 * server (e.g. {@code jdbc:postgresql://127.0.0.1:55432/postgres}, user {@code postgres} or
 * {@code MONITOR_TEST_PG_USER}); {@code .ci/run} starts one. Each run creates and drops its own
 * database, so it can be repeated. Without a server the test is skipped and says so; with
 * {@code MONITOR_TEST_PG_REQUIRED=true} (CI) an unreachable server fails it instead.
 */
class PostgresConsolidationTests {

    static final String URL = System.getenv("MONITOR_TEST_PG_URL");
    static final String USER = env("MONITOR_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("MONITOR_TEST_PG_PASSWORD", "");
    static final String DATABASE = "monitor_test_" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    static Path root;

    private static String skipReason;

    @BeforeAll
    static void createDatabase() throws SQLException {
        if (URL == null || URL.isBlank()) {
            skip("MONITOR_TEST_PG_URL is not set");
            return;
        }
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            if (Boolean.parseBoolean(System.getenv("MONITOR_TEST_PG_REQUIRED"))) {
                throw e;
            }
            skip("no PostgreSQL server at " + URL + " (" + e.getMessage() + ")");
        }
    }

    private static void skip(String why) {
        skipReason = "PostgreSQL job test SKIPPED: " + why + ". Start a server and set MONITOR_TEST_PG_URL to run it (see README.md, Operations, PostgreSQL).";
        System.out.println(skipReason);
    }

    /** In a test method rather than in @BeforeAll, so that the test counts as skipped in the test report. */
    @BeforeEach
    void skipWithoutServer() {
        Assumptions.assumeTrue(skipReason == null, skipReason);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (skipReason != null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        } catch (SQLException e) {
            // the server went away: nothing to clean up
        }
    }

    @Test
    void theJobGivesTheSameResultsOnPostgresqlAsOnTheEmbeddedDatabase() throws Exception {
        Path inbox = root.resolve("inbox");
        Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(inbox, "GM0406 Huizen - Voorstellen.xlsx");
        RunFixtures.proposals(inbox, 6, 25);
        TestWorkbook.withInfo("Voorstellen", "Gemeente Renkum", "GM0274", LocalDate.of(2025, 1, 1))
                .sheet("Maatregelen", TestWorkbook.row("Nummer", "Naam", "Domein", "Status"))
                .write(inbox, "GM0274 Renkum - onvolledig.xlsx");
        String pgUrl = URL.replaceFirst("/[^/?]*(\\?|$)", "/" + DATABASE + "$1");

        Map<String, Object> onPostgres;
        try (ConfigurableApplicationContext pg = start(pgUrl, "pg")) {
            onPostgres = runTwiceAndDescribe(pg, "pg");
            theRunLockKeepsASecondRunOut(pg);
        }
        // a second start on the same database: migrations and Spring Batch's schema are already there
        try (ConfigurableApplicationContext again = start(pgUrl, "pg")) {
            assertThat(again.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM flyway_schema_history WHERE success", Integer.class)).isGreaterThanOrEqualTo(4);
        }
        Map<String, Object> onHsqldb;
        try (ConfigurableApplicationContext hsql = start("jdbc:hsqldb:mem:pgcompare-" + UUID.randomUUID() + ";hsqldb.tx=mvcc", "hsql")) {
            onHsqldb = runTwiceAndDescribe(hsql, "hsql");
        }

        assertThat(onPostgres).isEqualTo(onHsqldb);
    }

    private ConfigurableApplicationContext start(String url, String name) {
        // as command-line arguments, which win over application.properties (builder properties would not)
        return new SpringApplicationBuilder(BesparingsmonitorApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + (url.startsWith("jdbc:postgresql") ? USER : "SA"),
                        "--spring.datasource.password=" + (url.startsWith("jdbc:postgresql") ? PASSWORD : ""),
                        "--monitor.mode=test",
                        "--monitor.inbox=" + root.resolve("inbox"),
                        "--monitor.output=" + root.resolve(name + "/output"),
                        "--monitor.rejected=" + root.resolve(name + "/rejected"));
    }

    /** A first run, and a second one that recognises every file; then what the database holds. */
    private static Map<String, Object> runTwiceAndDescribe(ConfigurableApplicationContext context, String name) throws Exception {
        ConsolidationLauncher launcher = context.getBean(ConsolidationLauncher.class);
        assertThat(launcher.launch("first", false).status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(launcher.launch("second", false).status()).isEqualTo(BatchStatus.COMPLETED);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Map<String, Object> facts = new LinkedHashMap<>();
        for (String table : List.of("organisation", "workbook_version", "measure", "financial_line", "target",
                "received_file", "validation_message", "calculation_total")) {
            facts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        facts.put("outcomes", jdbc.queryForList(
                // run ids are Spring Batch's instance ids: from 0 on HSQLDB, from 1 on PostgreSQL (sequences)
                "SELECT run_id - (SELECT MIN(run_id) FROM received_file) AS nth_run, outcome, COUNT(*) AS n "
                        + "FROM received_file GROUP BY run_id, outcome ORDER BY run_id, outcome")
                .stream().map(r -> lower(r).values().toString()).toList());
        facts.put("run summary", summary(root.resolve(name + "/output")));
        facts.put("totals", jdbc.queryForList("SELECT total_level, organisation_code, municipality_code, domain, "
                        + "measure_number, fact_year, planned_net, target, status FROM calculation_total "
                        + "ORDER BY run_id, total_level, organisation_code, municipality_code, domain, measure_number, fact_year")
                .stream().map(r -> lower(r).values().toString()).toList());
        return facts;
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> m = new LinkedHashMap<>();
        row.forEach((k, v) -> m.put(k.toLowerCase(), v instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString()
                : v == null ? null : v.toString()));
        return m;
    }

    private static void theRunLockKeepsASecondRunOut(ConfigurableApplicationContext context) throws Exception {
        ConsolidationLauncher launcher = context.getBean(ConsolidationLauncher.class);
        JobRepository repository = context.getBean(JobRepository.class);
        Files.writeString(root.resolve("inbox/notitie.xlsx"), "geen werkmap"); // something new to do
        CompletableFuture<RunOutcome> first = CompletableFuture.supplyAsync(() -> launcher.launch("first", false));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (repository.findRunningJobExecutions(ConsolidationLauncher.JOB_NAME).isEmpty() && !first.isDone()) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(5);
        }
        RunOutcome second = launcher.launch("second", false, Duration.ZERO);
        assertThat(first.get(60, TimeUnit.SECONDS).status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.skipped()).as("second run while the first holds the lock on PostgreSQL").isTrue();
        Files.delete(root.resolve("inbox/notitie.xlsx"));
    }

    /** The run summary without what differs by nature: run time, run id (0-based on HSQLDB, 1-based on PostgreSQL), folders. */
    private static JsonNode summary(Path output) throws Exception {
        ObjectNode summary = (ObjectNode) JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
        summary.remove("run_time");
        summary.remove("run_id");
        for (JsonNode file : summary.get("files")) {
            if (file.get("feedback").isString()) {
                ((ObjectNode) file).put("feedback", Path.of(file.get("feedback").asString()).getFileName().toString());
            }
        }
        return summary;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
