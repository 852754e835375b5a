package nl.besparingsmonitor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MeasureNumbersTest {

    @Test
    void numbersAsACouncilPaperListsThem() {
        // Regio Gooi en Vechtstreek numbers its measures 1 to 16; Noordoostpolder A.2, B.1 ... and project lines
        List<String> numbers = new ArrayList<>(List.of("16", "2", "10", "1", "12+13", "9", "B.10", "B.2", "A-PROJ",
                "A.2", "b.3", "C1-USD", "C10", "C2-PROJ", "007", "7", "99999999999999999999", "100000000000000000000"));
        numbers.sort(MeasureNumbers.ORDER);
        assertThat(numbers).containsExactly("1", "2", "007", "7", "9", "10", "12+13", "16", "99999999999999999999",
                "100000000000000000000", "A-PROJ", "A.2", "B.2", "b.3", "B.10", "C1-USD", "C2-PROJ", "C10");
    }

    @Test
    void aTotalOrderWhateverTheInputOrder() {
        List<String> numbers = new ArrayList<>(List.of("1", "01", "a", "A", "1a", "1A", "1.1", "1.01", "", "x10y", "x9y"));
        List<String> first = new ArrayList<>(numbers);
        first.sort(MeasureNumbers.ORDER);
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            Collections.shuffle(numbers, random);
            numbers.sort(MeasureNumbers.ORDER);
            assertThat(numbers).isEqualTo(first);
        }
        for (String a : first) {
            for (String b : first) {
                assertThat(Integer.signum(MeasureNumbers.ORDER.compare(a, b)))
                        .isEqualTo(-Integer.signum(MeasureNumbers.ORDER.compare(b, a)));
                assertThat(MeasureNumbers.ORDER.compare(a, b) == 0).isEqualTo(a.equals(b));
            }
        }
    }
}
