package nl.besparingsmonitor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.besparingsmonitor.domain.BookingTotal;
import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.ingest.RealisationFacts;
import nl.besparingsmonitor.ingest.WorkbookParser;
import nl.besparingsmonitor.ingest.xlsx.ReadLimits;

/** The benchmark's input is valid under the contract, and the kept booking sums are exactly what ingest reads. */
class BenchmarkGeneratorTest {

    @TempDir
    Path root;

    @Test
    void everyGeneratedWorkbookIsAcceptedWithoutWarningsAndBookingSumsAreExact() throws Exception {
        BenchmarkConfig config = BenchmarkConfig.tiny(root, null);
        BenchmarkGenerator.GeneratedInput input = new BenchmarkGenerator(config).generate(root.resolve("inbox"));

        // 2 regions x (keys + proposals) + 5 municipalities x (proposals + realisation)
        assertThat(input.files()).hasSize(2 * 2 + 5 * 2);
        assertThat(input.bookingRows()).isEqualTo(4 * 50 + 400);
        WorkbookParser parser = new WorkbookParser(ReadLimits.defaults());
        for (BenchmarkGenerator.GeneratedFile file : input.files()) {
            ParsedWorkbook parsed = parser.parse(file.path());
            assertThat(parsed.issues()).as(file.path().getFileName().toString()).isEmpty();
            assertThat(parsed.accepted()).isTrue();
            assertThat(parsed.info().organisation().code()).isEqualTo(file.organisationCode());
            if (file.ledger() != null) {
                RealisationFacts facts = (RealisationFacts) parsed.facts();
                assertThat(facts.bookingRows()).isEqualTo(file.bookingRows());
                assertThat(stored(facts)).isEqualTo(expected(file.ledger()));
            }
        }
    }

    @Test
    void sameSeedGivesTheSameBookingsAndAnotherVariantOtherBookings() throws Exception {
        BenchmarkConfig config = BenchmarkConfig.tiny(root, null);
        BenchmarkGenerator generator = new BenchmarkGenerator(config);
        BenchmarkGenerator.Municipality m = generator.municipalities().get(1);
        BookingLedger a = generator.realisatie(root.resolve("a"), m, BenchmarkGenerator.REALISATION_PEILDATUM, 0).ledger();
        BookingLedger b = generator.realisatie(root.resolve("b"), m, BenchmarkGenerator.REALISATION_PEILDATUM, 0).ledger();
        BookingLedger c = generator.realisatie(root.resolve("c"), m, BenchmarkGenerator.REALISATION_PEILDATUM, 1).ledger();
        assertThat(a.sums()).isEqualTo(b.sums());
        assertThat(a.total()).isEqualByComparingTo(b.total());
        assertThat(c.total()).isNotEqualByComparingTo(a.total());
    }

    @Test
    void scaleMultipliesBookingRowsAndTheLargeFileStaysWithinASheet() {
        BenchmarkConfig one = BenchmarkConfig.ofScale(1, root, null);
        assertThat(one.municipalities()).isEqualTo(342);
        assertThat(one.bookingsPerFile()).isEqualTo(5_000);
        assertThat(one.largeBookings()).isEqualTo(1_000_000);
        assertThat(one.timesBookings(4).bookingsPerFile()).isEqualTo(20_000);
        assertThat(one.timesBookings(4).largeBookings()).isEqualTo(BenchmarkConfig.MAX_DATA_ROWS);
        assertThat(BenchmarkConfig.ofScale(0.1, root, null).bookingsPerFile()).isEqualTo(500);
    }

    @Test
    void amountsPrintAsExactlyTwoDecimals() {
        for (long cents = 1_000; cents < 200_000; cents += 7) {
            long c = BenchmarkGenerator.exactCents(cents);
            assertThat(new BigDecimal(Double.toString(c / 100.0))).isEqualByComparingTo(BigDecimal.valueOf(c, 2));
        }
    }

    static Map<String, BigDecimal> stored(RealisationFacts facts) {
        Map<String, BigDecimal> m = new TreeMap<>();
        for (BookingTotal t : facts.bookingTotals()) {
            m.put(t.measureNumber() + "/" + t.kind().name() + "/" + t.year() + "/" + t.bookings(), t.amount().stripTrailingZeros());
        }
        return m;
    }

    static Map<String, BigDecimal> expected(BookingLedger ledger) {
        Map<String, BigDecimal> m = new TreeMap<>();
        ledger.sums().forEach((k, s) -> m.put(k.measure() + "/" + k.kind() + "/" + k.year() + "/" + s.bookings(),
                s.amount().stripTrailingZeros()));
        return m;
    }
}
