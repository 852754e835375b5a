package nl.besparingsmonitor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * Amounts written back to senders read the way they write them, and read back to the same amount;
 * amounts as council papers write them are read.
 */
class DutchAmountsTest {

    @Test
    void writesAmountsWithDutchGroupingAndDecimalComma() {
        assertThat(DutchAmounts.format(new BigDecimal("1632659.50"))).isEqualTo("1.632.659,5");
        assertThat(DutchAmounts.format(new BigDecimal("170000"))).isEqualTo("170.000");
        assertThat(DutchAmounts.format(new BigDecimal("-23400.00"))).isEqualTo("-23.400");
        assertThat(DutchAmounts.format(new BigDecimal("0.005"))).isEqualTo("0,005");
        assertThat(DutchAmounts.format(new BigDecimal("99.5"))).isEqualTo("99,5");
        assertThat(DutchAmounts.format(new BigDecimal("1E+3"))).isEqualTo("1.000");
        // beyond what a double holds exactly
        assertThat(DutchAmounts.format(new BigDecimal("12345678901234.01"))).isEqualTo("12.345.678.901.234,01");
    }

    @Test
    void whatItWritesItReadsBackAsTheSameAmount() {
        for (String amount : new String[] {"1632659.5", "170000", "-23400", "0.01", "12345678901234.01"}) {
            BigDecimal value = new BigDecimal(amount);
            assertThat(DutchAmounts.parse(DutchAmounts.format(value)))
                    .isInstanceOfSatisfying(ParsedAmount.Value.class, parsed -> assertThat(parsed.value()).isEqualByComparingTo(value));
        }
    }

    @Test
    void readsWholeEurosWrittenWithCommaDashAsCouncilPapersDo() {
        // seed 000 writes "€91.000,-" and "€2.000,-"; the dash means "no cents", never a minus
        assertThat(value("€91.000,-")).isEqualByComparingTo("91000");
        assertThat(value("€ 2.000,--")).isEqualByComparingTo("2000");
        assertThat(value("91.000,– €")).isEqualByComparingTo("91000");
        assertThat(value("-/- 120.000,-")).isEqualByComparingTo("-120000");
        assertThat(value("(65.000,-)")).isEqualByComparingTo("-65000");
        assertThat(value("89,-")).isEqualByComparingTo("89");
    }

    @Test
    void aCommaDashDoesNotMakeAnUnreadableAmountReadable() {
        for (String text : new String[] {",-", "€ ,-", "1.5,-", "91.000,5-", "91.000,-,-", "91.000-"}) {
            assertThat(DutchAmounts.parse(text)).as(text).isInstanceOf(ParsedAmount.Invalid.class);
        }
    }

    private static BigDecimal value(String text) {
        ParsedAmount parsed = DutchAmounts.parse(text);
        assertThat(parsed).as(text).isInstanceOf(ParsedAmount.Value.class);
        return ((ParsedAmount.Value) parsed).value();
    }
}
