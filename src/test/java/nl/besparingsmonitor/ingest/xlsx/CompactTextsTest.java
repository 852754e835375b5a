package nl.besparingsmonitor.ingest.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CompactTextsTest {

    @Test
    void everyTextComesBackAsItWentInAcrossBlocksAndCacheSlots() {
        Random random = new Random(3);
        List<String> texts = new ArrayList<>(List.of("", "Besparing", "Maatregel één: € 1.250,-", "日本語のテキスト",
                "emoji \uD83D\uDCB6 en meer", "x".repeat(32_767), "\u00A0spatie\u00A0",
                // Longer than a 256 KB block, as a raised cell limit allows: a block of its own.
                "é".repeat(150_000), "na het lange blok"));
        for (int i = 0; i < 30_000; i++) {
            texts.add("Factuur " + (2_025_000_000L + i) + " " + "é".repeat(random.nextInt(40)));
        }
        CompactTexts table = new CompactTexts();
        texts.forEach(table::add);

        assertThat(table.size()).isEqualTo(texts.size());
        // Twice, in a scattered order, so that indexes sharing a cache slot (i and i + 4096) evict each other.
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < texts.size(); k++) {
                int i = (int) ((k * 7919L) % texts.size());
                assertThat(table.get(i)).as("text %d", i).isEqualTo(texts.get(i));
            }
        }
        assertThat(table.get(-1)).isNull();
        assertThat(table.get(texts.size())).isNull();
    }

    @Test
    void aMillionInvoiceDescriptionsTakeTheirBytesAndAPositionEach() {
        CompactTexts table = new CompactTexts();
        long utf8 = 0;
        for (int i = 0; i < 1_000_000; i++) {
            String text = "Factuur " + (2_025_000_000L + i) + " Zorgaanbieder " + (1 + i % 40);
            table.add(text);
            utf8 += text.length();
        }
        // Texts + 1 length byte + 4 position bytes each, plus the unfilled end of the last block and of
        // the last position page: about 39 MB, where a million String objects of this length take ~80 MB.
        assertThat(table.bytesHeld()).isBetween(utf8 + 5_000_000L, utf8 + 5_400_000L);
        assertThat(table.get(999_999)).isEqualTo("Factuur 2025999999 Zorgaanbieder 40");
    }
}
