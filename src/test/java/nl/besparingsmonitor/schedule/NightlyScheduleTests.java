package nl.besparingsmonitor.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The scheduled ("nightly") run fires on its cron expression without any file being dropped. The
 * cron here fires every two seconds and the quiet period is an hour, so only the schedule can start
 * a run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:nightly-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=service", "monitor.watch.quiet-period=1h", "monitor.watch.poll-interval=100ms",
        "monitor.schedule.cron=*/2 * * * * *"})
@DirtiesContext
class NightlyScheduleTests {

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws Exception {
        Files.createDirectories(root.resolve("inbox"));
        registry.add("monitor.inbox", () -> root.resolve("inbox").toString());
        registry.add("monitor.output", () -> root.resolve("output").toString());
        registry.add("monitor.archive", () -> root.resolve("archive").toString());
        registry.add("monitor.rejected", () -> root.resolve("rejected").toString());
    }

    @LocalServerPort
    int port;

    @Test
    void theScheduledRunStartsOnItsCronWithoutAnyDrop() throws Exception {
        JsonNode scheduled = null;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (scheduled == null && System.nanoTime() < deadline) {
            for (JsonNode run : runs()) {
                if ("nightly schedule".equals(run.get("trigger").asString())
                        && "COMPLETED".equals(run.get("status").asString())) {
                    scheduled = run;
                }
            }
            Thread.sleep(100);
        }

        assertThat(scheduled).as("a completed run started by the schedule within 30 s").isNotNull();
        for (JsonNode run : runs()) {
            assertThat(run.get("trigger").asString()).as("no run started by the inbox watch").isNotEqualTo("inbox change");
        }
        try (var files = Files.list(root.resolve("output"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("consolidatie-.*\\.xlsx"));
        }
    }

    private JsonNode runs() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/runs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
