package nl.besparingsmonitor.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.besparingsmonitor.run.RunFixtures;
import nl.besparingsmonitor.support.TestWorkbook;
import nl.besparingsmonitor.support.Workbooks;

/**
 * Service mode as finance teams use it: files are dropped into the inbox, a run starts a quiet
 * period (1 s here) after the last drop, processed files leave the inbox, and the runs endpoint
 * tells how it went. A web server on a random port on 127.0.0.1, a real HSQLDB and real folders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:service-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=service", "monitor.watch.quiet-period=1s", "monitor.watch.poll-interval=100ms"})
@DirtiesContext // stop watching and serving once the class is done
class ServiceModeTests {

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("monitor.inbox", () -> root.resolve("inbox").toString());
        registry.add("monitor.output", () -> root.resolve("output").toString());
        registry.add("monitor.archive", () -> root.resolve("archive").toString());
        registry.add("monitor.rejected", () -> root.resolve("rejected").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Path inbox() throws IOException {
        return Files.createDirectories(root.resolve("inbox"));
    }

    /** Drops a file the way a copy to a share ends: complete, under its final name. */
    void drop(TestWorkbook workbook, String name) throws IOException {
        Path staged = workbook.write(Files.createDirectories(root.resolve("staging")), name);
        Files.move(staged, inbox().resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void droppedFilesAreProcessedAfterTheQuietPeriodAndMovedToArchiveAndRejected() throws Exception {
        drop(Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)), "GM0406 Huizen - Voorstellen.xlsx");
        drop(RunFixtures.proposals("GM0274", "Gemeente Renkum", 2, LocalDate.of(2025, 3, 1)), "GM0274 Renkum - Voorstellen.xlsx");
        Files.writeString(inbox().resolve("notities.xlsx"), "geen werkmap");
        long dropped = System.nanoTime();

        await(Duration.ofSeconds(30), () -> !Files.exists(root.resolve("inbox/GM0406 Huizen - Voorstellen.xlsx"))
                && !Files.exists(root.resolve("inbox/notities.xlsx")));

        assertThat(Duration.ofNanos(System.nanoTime() - dropped)).as("not before the quiet period").isGreaterThan(Duration.ofSeconds(1));
        assertThat(archived()).contains("GM0406 Huizen - Voorstellen.xlsx", "GM0274 Renkum - Voorstellen.xlsx");
        assertThat(root.resolve("rejected/notities.xlsx")).isRegularFile();
        assertThat(root.resolve("rejected/notities.xlsx.feedback.xlsx")).isRegularFile();
        assertThat(root.resolve("output/consolidatie-2025-03-01.xlsx")).isRegularFile();

        JsonNode run = runs().get(0);
        assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("trigger").asString()).isEqualTo("inbox change");
        assertThat(run.get("accepted").asInt()).isEqualTo(2);
        assertThat(run.get("rejected").asInt()).isEqualTo(1);
        assertThat(run.get("report").asString()).endsWith("consolidatie-2025-03-01.xlsx");
        JsonNode health = get("/actuator/health");
        assertThat(health.get("status").asString()).isEqualTo("UP");
    }

    @Test
    void aFileStillBeingWrittenIsNotTouchedUntilItIsComplete() throws Exception {
        String name = "GM0331 IJsselstein - Voorstellen.xlsx";
        byte[] content = Files.readAllBytes(RunFixtures.proposals("GM0331", "Gemeente IJsselstein", 30, LocalDate.of(2025, 4, 1))
                .write(Files.createDirectories(root.resolve("staging")), name));
        Files.writeString(inbox().resolve("~$" + name), "Office lock file");
        Files.writeString(inbox().resolve(".GM0344 Utrecht - Voorstellen.xlsx.part"), "a download in progress");

        // a slow copy: a fifth of the file every 400 ms, so the inbox is never quiet for 1 s
        Path target = inbox().resolve(name);
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int part = 0; part < 5; part++) {
                int from = content.length * part / 5;
                int to = content.length * (part + 1) / 5;
                out.write(content, from, to - from);
                out.flush();
                Thread.sleep(400);
                assertThat(received(name)).as("not read while being written").isZero();
            }
        }

        await(Duration.ofSeconds(30), () -> !Files.exists(target));

        assertThat(jdbc.queryForList("SELECT outcome FROM received_file WHERE file_name = ?", String.class, name))
                .containsExactly("ACCEPTED");
        assertThat(archived()).contains(name);
        assertThat(inbox().resolve("~$" + name)).as("lock files are left alone").exists();
        assertThat(inbox().resolve(".GM0344 Utrecht - Voorstellen.xlsx.part")).exists();
    }

    private int received(String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM received_file WHERE file_name = ?", Integer.class, name);
    }

    private List<String> archived() throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("archive"))) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    private JsonNode runs() throws Exception {
        return get("/actuator/runs");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
