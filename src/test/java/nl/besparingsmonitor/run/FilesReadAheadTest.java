package nl.besparingsmonitor.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many files the ingest step reads ahead, for the heap it has. */
class FilesReadAheadTest {

    private static final long MB = 1024 * 1024;

    @Test
    void aDefaultHeapReadsUpTo128FilesPerThreadAhead() {
        assertThat(ConsolidationJobConfiguration.filesReadAhead(2, 512 * MB)).isEqualTo(256);
        assertThat(ConsolidationJobConfiguration.filesReadAhead(4, 4096 * MB)).isEqualTo(512);
    }

    @Test
    void aSmallHeapReadsAheadNoMoreThanAQuarterOfItCanHoldAtWorst() {
        // 128 MB / 4 = 32 MB, at 300 KB per rejected workbook with 1,000 messages: 109 files
        assertThat(ConsolidationJobConfiguration.filesReadAhead(2, 128 * MB)).isEqualTo(109);
    }

    @Test
    void everyWorkerAlwaysHasAFile() {
        assertThat(ConsolidationJobConfiguration.filesReadAhead(2, MB)).isEqualTo(2);
        assertThat(ConsolidationJobConfiguration.filesReadAhead(0, MB)).isEqualTo(1);
    }
}
