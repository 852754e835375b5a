package nl.besparingsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtractWritersTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aHeapOf256MbOrMoreWritesAsManyExtractsAtOnceAsConfigured() {
        assertThat(ReportTasklet.extractWriters(2, 512 * MB)).isEqualTo(2);
        assertThat(ReportTasklet.extractWriters(4, 256 * MB)).isEqualTo(4);
    }

    @Test
    void aSmallerHeapWritesOneExtractAtATime() {
        // at -Xmx192m two writers ran out of heap in the report step, one did not (ReportTasklet.extractWriters)
        assertThat(ReportTasklet.extractWriters(2, 192 * MB)).isEqualTo(1);
        assertThat(ReportTasklet.extractWriters(2, 255 * MB)).isEqualTo(1);
    }

    @Test
    void thereIsAlwaysAWriter() {
        assertThat(ReportTasklet.extractWriters(0, 512 * MB)).isEqualTo(1);
    }
}
