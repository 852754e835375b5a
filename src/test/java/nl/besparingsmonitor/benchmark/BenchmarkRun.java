package nl.besparingsmonitor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The benchmark as Maven's {@code -Pbenchmark verify} runs it (a Surefire execution in the verify
 * phase, after the jar is packaged). Not a unit test: its name is outside Surefire's default
 * includes, and it does nothing unless the profile sets {@code benchmark.run=true}.
 */
class BenchmarkRun {

    @Test
    void benchmark() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("benchmark.run"), "run with mvn -Pbenchmark verify");
        BenchmarkRunner.Settings settings = BenchmarkRunner.Settings.fromSystemProperties();
        Path json = new BenchmarkRunner(settings).run();
        assertThat(json).exists();
        System.out.println();
        System.out.println(Files.readString(json.resolveSibling("results.md")));
    }
}
