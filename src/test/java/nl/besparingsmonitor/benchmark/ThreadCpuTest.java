package nl.besparingsmonitor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void hotSpotThreadNamesAreGroupedAsTheKernelShowsThem() {
        assertThat(ThreadCpu.group("C2 CompilerThre")).isEqualTo("jit");
        assertThat(ThreadCpu.group("C1 CompilerThre")).isEqualTo("jit");
        assertThat(ThreadCpu.group("GC Thread#1")).isEqualTo("gc");
        assertThat(ThreadCpu.group("G1 Conc#0")).isEqualTo("gc");
        assertThat(ThreadCpu.group("VM Thread")).isEqualTo("gc");
        assertThat(ThreadCpu.group("ingest-1")).isEqualTo("app");
        assertThat(ThreadCpu.group("java")).isEqualTo("app");
    }

    @Test
    void aStepWindowTakesTheSamplesAroundIt() {
        List<ThreadCpu.Sample> samples = List.of(
                new ThreadCpu.Sample(1_000, 1.0, 2.0, 0.1),
                new ThreadCpu.Sample(2_000, 1.5, 2.5, 0.1),
                new ThreadCpu.Sample(3_000, 2.5, 3.0, 0.3),
                new ThreadCpu.Sample(4_000, 3.0, 3.0, 0.3));

        // the step ran from 2.1 s to 2.9 s: measured from the sample at 2 s to the one at 3 s
        assertThat(ThreadCpu.between(samples, 2_100, 2_900))
                .containsEntry("app", 1.0).containsEntry("jit", 0.5).containsEntry("gc", 0.2).containsEntry("cores_busy", 1.7);
        assertThat(ThreadCpu.total(samples, 4.0))
                .containsEntry("app", 3.0).containsEntry("jit", 3.0).containsEntry("gc", 0.3).containsEntry("cores_busy", 1.6);
        assertThat(ThreadCpu.between(List.of(), 0, 1)).isEmpty();
    }
}
