package nl.besparingsmonitor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's runner end to end at a tiny scale: every figure is produced; no number is asserted. */
class BenchmarkRunnerTest {

    @TempDir
    Path out;

    @Test
    void producesEveryFigureAtTinyScale() throws Exception {
        BenchmarkConfig config = BenchmarkConfig.tiny(out, out.resolve("no.jar"));
        // C1 only: these children live for seconds, and this test checks the runner, not the numbers
        BenchmarkRunner.Settings settings = new BenchmarkRunner.Settings(config, "256m", "512m", List.of(2), false,
                List.of("-XX:TieredStopAtLevel=1"));

        Path json = new BenchmarkRunner(settings).run();

        Map<String, Object> results = Json.read(json);
        for (String key : BenchmarkRunner.KEYS) {
            Map<String, Object> figure = BenchmarkRunner.cast(results.get(key));
            assertThat(figure).as(key).containsKey("seconds");
            assertThat(((Number) figure.get("seconds")).doubleValue()).as(key + " seconds").isPositive();
            assertThat(figure).as(key).doesNotContainKey("error");
        }
        Map<String, Object> full = BenchmarkRunner.cast(results.get("full"));
        assertThat(full).containsEntry("exit_code", 0).containsEntry("files", 14).containsEntry("rows", 600);
        assertThat(BenchmarkRunner.cast(full.get("statuses"))).containsOnlyKeys("accepted");
        assertThat(full).containsEntry("booking_rows_read", 600).containsKey("booking_read_us_per_row");
        if (Files.isDirectory(Path.of("/proc/self/task"))) {
            assertThat(((Number) BenchmarkRunner.cast(full.get("cpu_by_thread_group")).get("app")).doubleValue()).isPositive();
            assertThat(BenchmarkRunner.cast(BenchmarkRunner.cast(results.get("ingest")).get("ingest_cpu_by_thread_group")))
                    .containsKeys("app", "jit", "gc", "cores_busy");
        }
        assertThat(BenchmarkRunner.cast(results.get("nochange"))).containsEntry("files_read", 0);
        assertThat(BenchmarkRunner.cast(results.get("onechange"))).containsEntry("files_read", 1);
        // a year of unchanged runs later: one skipped receipt per run for each of the 13 files onechange skipped
        assertThat(BenchmarkRunner.cast(results.get("nochange_after_a_year"))).containsEntry("exit_code", 0)
                .containsEntry("files_read", 0).containsEntry("files_unchanged", 14)
                .containsEntry("history_receipts", ReceiptHistory.RUNS_IN_A_YEAR * 13)
                .containsEntry("recalculated", false).containsEntry("report_rewritten", false);
        assertThat(BenchmarkRunner.cast(results.get("floor")).get("cells"))
                .isEqualTo(BenchmarkRunner.cast(results.get("usermodel")).get("cells"));
        assertThat(BenchmarkRunner.cast(results.get("ingest"))).containsEntry("rows", 600).containsEntry("files", 14)
                .containsEntry("threads", 1);
        assertThat(BenchmarkRunner.cast(results.get("ingest_probe"))).containsEntry("rows", 600).containsEntry("accepted", 14);
        Map<String, Object> threads = BenchmarkRunner.cast(results.get("threads"));
        assertThat(BenchmarkRunner.cast(threads.get("warm_parse_2_threads"))).containsEntry("accepted", 14);
        // every file is counted once, whichever thread took it
        assertThat(BenchmarkRunner.cast(threads.get("floor_2_threads")).get("cells"))
                .isEqualTo(BenchmarkRunner.cast(results.get("floor")).get("cells"));
        Map<String, Object> warmJob = BenchmarkRunner.cast(threads.get("warm_job"));
        assertThat(warmJob).containsKeys("ingest_seconds_1_thread", "ingest_seconds_2_threads");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> runs = (List<Map<String, Object>>) warmJob.get("runs");
        assertThat(runs).hasSize(BenchmarkRunner.WARM_JOB_RUNS).allSatisfy(run -> assertThat(run)
                .containsEntry("status", "COMPLETED").containsEntry("files_written", 14));
        Map<String, Object> growth = BenchmarkRunner.cast(results.get("growth"));
        assertThat(BenchmarkRunner.cast(growth.get("2x"))).containsEntry("rows", 1_200).containsKey("us_per_booking_row");
        Map<String, Object> heapNeeded = BenchmarkRunner.cast(growth.get("heap_needed"));
        assertThat(heapNeeded).containsOnlyKeys("1x", "2x");
        assertThat(BenchmarkRunner.cast(heapNeeded.get("1x"))).containsEntry("exit_code", 0).containsEntry("rows", 600)
                .containsKey("xmx_mb");
        assertThat(BenchmarkRunner.cast(heapNeeded.get("2x"))).containsEntry("exit_code", 0).containsEntry("rows", 1_200)
                .containsKey("xmx_mb");
        Map<String, Object> atScale = BenchmarkRunner.cast(threads.get("at_largest_growth"));
        assertThat(atScale).containsEntry("booking_factor", 2).containsKey("speedup");
        assertThat(BenchmarkRunner.cast(atScale.get("1"))).containsEntry("rows", 1_200).containsEntry("threads", 1);
        assertThat(BenchmarkRunner.cast(atScale.get("2"))).containsEntry("rows", 1_200).containsEntry("threads", 2);
        Map<String, Object> ingest = BenchmarkRunner.cast(results.get("ingest"));
        assertThat(ingest).containsKeys("heap_of", "run_peak_heap_mb");
        assertThat(((Number) ingest.get("peak_heap_mb")).doubleValue())
                .isPositive().isLessThanOrEqualTo(((Number) ingest.get("run_peak_heap_mb")).doubleValue());
        assertThat(BenchmarkRunner.cast(results.get("targets"))).isNotEmpty();
        assertThat(Files.readString(json.resolveSibling("results.md"))).contains("| floor |", "| growth 2x |",
                "| (diagnostic) smallest heap 1x |", "Threads in a warmed-up JVM", "| (diagnostic) threads 1 at 2x |",
                "| (diagnostic) nochange after a year |");

        // the heap of one step comes from the collections logged while it ran: every line carries the wall clock
        Path gcLog = out.resolve("job").resolve("full-gc.log");
        ChildJvm.GcStats wholeRun = ChildJvm.parseGcLog(gcLog);
        assertThat(wholeRun.collections()).isPositive();
        assertThat(ChildJvm.parseGcLog(gcLog, 0, Long.MAX_VALUE - 1)).isEqualTo(wholeRun);
        assertThat(ChildJvm.parseGcLog(gcLog, 0, 1)).isEqualTo(ChildJvm.GcStats.NONE);
    }

    @Test
    void heapSettingsAreReadInMegabytes() {
        assertThat(BenchmarkRunner.megabytes("512m")).isEqualTo(512);
        assertThat(BenchmarkRunner.megabytes("1G")).isEqualTo(1024);
    }

    @Test
    void peakHeapAfterGcCountsOnlyPausesThatCollect(@TempDir Path dir) throws Exception {
        // G1's remark and cleanup pauses free nothing: their 'after' is the heap with its garbage (a 387 MB
        // 'peak' of a run whose collections never left more than 195 MB)
        Path gcLog = Files.write(dir.resolve("gc.log"), List.of(
                "[2026-12-04T17:26:39.435+0000][0.412s] GC(0) Using G1",
                "[2026-12-04T17:26:40.435+0000][1.412s] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 300M->195M(512M) 4.875ms",
                "[2026-12-04T17:26:41.435+0000][2.412s] GC(2) Pause Remark 387M->387M(512M) 23.846ms",
                "[2026-12-04T17:26:41.500+0000][2.477s] GC(2) Pause Cleanup 331M->331M(512M) 0.187ms",
                "[2026-12-04T17:26:42.435+0000][3.412s] GC(3) Pause Full (System.gc()) 350M->120M(512M) 30.1ms"));
        ChildJvm.GcStats stats = ChildJvm.parseGcLog(gcLog);
        assertThat(stats.peakAfterGcMb()).isEqualTo(195.0);
        assertThat(stats.peakUsedMb()).isEqualTo(387.0);
        assertThat(stats.collections()).isEqualTo(2);
    }
}
