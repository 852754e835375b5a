package nl.besparingsmonitor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Units as council tables state them above their figures. */
class StatedUnitTest {

    @Test
    void thousandsAndMillionsAsCouncilTablesWriteThem() {
        for (String thousands : new String[] {"Bedragen x € 1.000", "(x €1.000)", "bedragen × 1000 euro", "€ x 1.000",
                "Financiële effecten in duizenden euro's", "Bedragen in k€", "X EUR 1.000"}) {
            assertThat(StatedUnit.stated(thousands)).as(thousands).isEqualByComparingTo("1000");
        }
        for (String millions : new String[] {"x 1.000.000", "bedragen x € 1 mln", "x 1 miljoen euro", "in miljoenen"}) {
            assertThat(StatedUnit.stated(millions)).as(millions).isEqualByComparingTo("1000000");
        }
        for (String euros : new String[] {"Bedragen in euro's", "Begroting 2024 (bedragen in €)", "Lasten (€)", "in hele euro"}) {
            assertThat(StatedUnit.stated(euros)).as(euros).isEqualByComparingTo("1");
        }
        // a text that says both means thousands
        assertThat(StatedUnit.stated("bedragen in euro x 1.000")).isEqualByComparingTo("1000");
    }

    @Test
    void textThatStatesNoUnitIsNone() {
        for (String other : new String[] {"Eurocommissaris", "Nummer", "in Europa", "2024", "Reserve 1.000", "Box 1000", "max. 1.000",
                "Totaal 1.000"}) {
            assertThat(StatedUnit.stated(other)).as(other).isNull();
        }
    }
}
