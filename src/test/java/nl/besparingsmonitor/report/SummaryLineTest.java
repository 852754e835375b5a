package nl.besparingsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import nl.besparingsmonitor.calculation.MonitoringStatus;
import nl.besparingsmonitor.domain.Amount;

/** A total row's status: its rows' summed variance against their summed plan, as rule 7 does for one organisation. */
class SummaryLineTest {

    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

    private static SummaryLine row(long planned, MonitoringStatus status, Long variance) {
        return new SummaryLine(2024, null, Amount.of(planned), null, null, null, null, status,
                variance == null ? null : BigDecimal.valueOf(variance), false);
    }

    @Test
    void aRowBehindCanBeMadeUpByARowAheadWithinTheTolerance() {
        // -3.000 of 100.000 (op koers) and -4.000 of 50.000 (achter): together -7.000 of 150.000, 4,7%
        SummaryLine sum = row(100_000, MonitoringStatus.OP_KOERS, -3_000L)
                .plus(row(50_000, MonitoringStatus.ACHTER, -4_000L), FIVE_PERCENT);
        assertThat(sum.variance()).isEqualByComparingTo("-7000");
        assertThat(sum.status()).isEqualTo(MonitoringStatus.OP_KOERS);

        SummaryLine behind = sum.plus(row(50_000, MonitoringStatus.ACHTER, -4_000L), FIVE_PERCENT);
        assertThat(behind.status()).as("-11.000 of 200.000, 5,5%").isEqualTo(MonitoringStatus.ACHTER);
    }

    @Test
    void oneUnknownRowMakesTheTotalUnknownAndARowWithoutMonitoringCountsOnlyItsPlan() {
        SummaryLine known = row(100_000, MonitoringStatus.VOOR, 20_000L);
        assertThat(known.plus(row(10_000, MonitoringStatus.ONBEKEND, null), FIVE_PERCENT).status())
                .isEqualTo(MonitoringStatus.ONBEKEND);

        SummaryLine withUnmonitored = known.plus(row(400_000, null, null), FIVE_PERCENT);
        assertThat(withUnmonitored.variance()).isEqualByComparingTo("20000");
        assertThat(withUnmonitored.status()).as("20.000 of 500.000, 4%").isEqualTo(MonitoringStatus.OP_KOERS);

        assertThat(row(5_000, null, null).plus(row(6_000, null, null), FIVE_PERCENT).status()).isNull();
    }
}
