package nl.besparingsmonitor.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.besparingsmonitor.validation.DutchDates.Edge;

/** Periods as planning columns name them: the first day as a start, the last as an end, never a Peildatum. */
class DutchDatesTest {

    @Test
    void aPeriodStartsOnItsFirstDayAndEndsOnItsLast() {
        assertThat(DutchDates.parse("Q2 2026", Edge.START)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(DutchDates.parse("Q2-2026", Edge.END)).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(DutchDates.parse("K4 2026", Edge.END)).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(DutchDates.parse("1e kwartaal 2021", Edge.START)).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(DutchDates.parse("feb. 2028", Edge.END)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(DutchDates.parse("Vanaf 2022", Edge.START)).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(DutchDates.parse("tot en met 2025", Edge.END)).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aYearTypedIntoADateCellIsThatYearNotAnExcelDayIn1905() {
        assertThat(DutchDates.fromNumber(new BigDecimal("2026"), Edge.START)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(DutchDates.fromNumber(new BigDecimal("2026.0"), Edge.END)).isEqualTo(LocalDate.of(2026, 12, 31));
        // a real Excel date, and a day number with a time of day, stay Excel days
        assertThat(DutchDates.fromNumber(new BigDecimal("46023"), Edge.START)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(DutchDates.fromNumber(new BigDecimal("2026.5"), Edge.START)).isEqualTo(LocalDate.of(1905, 7, 18));
        assertThat(DutchDates.fromNumber(new BigDecimal("-1"), Edge.START)).isNull();
    }

    @Test
    void aPeildatumTakesOnlyADay() {
        assertThat(DutchDates.fromNumber(new BigDecimal("2025"), Edge.DAY)).isNull();
        for (String period : new String[] {"2025", "Q3 2025", "september 2025", "medio 2025"}) {
            assertThat(DutchDates.parse(period, Edge.DAY)).as(period).isNull();
        }
        assertThat(DutchDates.parse("30 september 2025", Edge.DAY)).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(DutchDates.fromNumber(new BigDecimal("45930"), Edge.DAY)).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void primoAndUltimoNameADayBeginAndEindOnlyTheEdgeTheyStandFor() {
        assertThat(DutchDates.parse("ultimo 2025", Edge.DAY)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(DutchDates.parse("Ultimo Q3 2025", Edge.DAY)).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(DutchDates.parse("primo 2026", Edge.END)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(DutchDates.parse("begin 2026", Edge.START)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(DutchDates.parse("vanaf begin april 2026", Edge.START)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(DutchDates.parse("eind 2029", Edge.END)).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(DutchDates.parse("tot en met einde van 2029", Edge.END)).isEqualTo(LocalDate.of(2029, 12, 31));
        assertThat(DutchDates.parse("halverwege 2025", Edge.START)).isEqualTo(LocalDate.of(2025, 7, 1));
        // the other way round it is vague: which day is the start "at the end of 2026"?
        assertThat(DutchDates.parse("eind 2026", Edge.START)).isNull();
        assertThat(DutchDates.parse("begin 2027", Edge.END)).isNull();
        assertThat(DutchDates.parse("eind 2025", Edge.DAY)).isNull();
        assertThat(DutchDates.parse("eind", Edge.END)).isNull();
        assertThat(DutchDates.parse("ultimo volgend jaar", Edge.DAY)).isNull();
    }

    @Test
    void aVagueDateIsAnsweredWithADateToWrite() {
        assertThat(DutchDates.advice("eind 2025", Edge.DAY)).isEqualTo("Een peildatum is een dag; noem die, bijvoorbeeld 31-12-2025.");
        assertThat(DutchDates.advice("voorjaar van 2025", Edge.DAY))
                .isEqualTo("Een seizoen is geen datum; noem de dag, bijvoorbeeld 1-4-2025.");
        assertThat(DutchDates.advice("het najaar 2025", Edge.START))
                .isEqualTo("Een seizoen is geen datum; noem de maand of de dag, bijvoorbeeld oktober 2025 of 1-10-2025.");
        assertThat(DutchDates.advice("t/m begin 2030", Edge.END)).isEqualTo("'begin 2030' als einddatum is niet eenduidig;"
                + " noem de laatste dag waarover het bedrag telt, bijvoorbeeld 31-12-2029 of 1-1-2030.");
        assertThat(DutchDates.advice("01-04-26", Edge.START))
                .isEqualTo("Het jaar heeft twee cijfers; schrijf het voluit, bijvoorbeeld 1-4-2026.");
        for (String other : new String[] {"31-2-2025", "morgen", "eind", "Q5 2026"}) {
            assertThat(DutchDates.advice(other, Edge.START)).as(other).isNull();
        }
    }

    @Test
    void whatIsNoPeriodIsNoDate() {
        for (String text : new String[] {"Q5 2026", "0e kwartaal 2026", "tot 2026", "april", "202", "20260", "Q2 26"}) {
            assertThat(DutchDates.parse(text, Edge.START)).as(text).isNull();
        }
    }
}
