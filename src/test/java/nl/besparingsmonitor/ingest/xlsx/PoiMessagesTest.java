package nl.besparingsmonitor.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POI's zip-bomb messages become ours with the part, the measured sizes and the limit. */
class PoiMessagesTest {

    /**
     * Regression: POI formats the ratio with %f in the JVM's locale. "0.010000," was read with its
     * trailing comma and threw NumberFormatException, turning a zip bomb into an "unexpected failure".
     */
    @ParameterizedTest
    @ValueSource(strings = {"0.010000", "0,010000"})
    void ratioMessageInAnyLocaleNamesPartSizesAndLimit(String ratio) {
        IOException poi = new IOException("Zip bomb detected! The file would exceed the max. ratio of compressed file size "
                + "to the size of the expanded data.\nUncompressed size: 104857600, Raw/compressed size: 102400, ratio: "
                + ratio.replace("010000", "000977") + "\nLimits: MIN_INFLATE_RATIO: " + ratio + ", Entry: xl/worksheets/sheet1.xml");

        WorkbookReadException ours = PoiMessages.readException(new RuntimeException(poi));

        assertThat(ours).isNotNull();
        assertThat(ours.rule()).isEqualTo("Limiet uitpakverhouding");
        assertThat(ours.getMessage()).contains("xl/worksheets/sheet1.xml").contains("100,0 MB").contains("102.400 bytes")
                .contains("1:100");
    }

    @Test
    void entrySizeMessageNamesTheLimit() {
        IOException poi = new IOException("Zip bomb detected! The file would exceed the max size of the expanded data in "
                + "the zip-file.\nUncompressed size: 2000000, Raw/compressed size: 1000000\nLimits: MAX_ENTRY_SIZE: 1048576, "
                + "Entry: xl/sharedStrings.xml");

        WorkbookReadException ours = PoiMessages.readException(poi);

        assertThat(ours.rule()).isEqualTo("Limiet grootte onderdeel");
        assertThat(ours.getMessage()).contains("xl/sharedStrings.xml").contains("1,0 MB (1.048.576 bytes)");
    }
}
