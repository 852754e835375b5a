package nl.besparingsmonitor.report;

import java.math.BigDecimal;

import nl.besparingsmonitor.calculation.MonitoringStatus;
import nl.besparingsmonitor.calculation.Total;
import nl.besparingsmonitor.domain.Amount;

/**
 * One row of the summary: an organisation's or municipality's figures for one year, or the sum of
 * several such rows. Null means "no figure" (shown blank), never zero.
 *
 * @param status null when nothing was monitored
 * @param variance (realised or else expected) - planned, null when it is not known for every monitored
 *                 measure (then the status is 'onbekend')
 */
record SummaryLine(int year, Amount target, Amount planned, Amount realised, Amount expected, Amount gap,
                   BigDecimal coveragePct, MonitoringStatus status, BigDecimal variance, boolean incomplete) {

    static SummaryLine of(Total t) {
        return new SummaryLine(t.year(), t.target(), t.plannedNet(), t.realisedNet(), t.expectedNet(), t.gap(),
                t.coveragePct(), t.status(), t.variance(), t.incomplete());
    }

    /**
     * A municipality's row: its own measures and its parts of regional ones, planned, realised and expected
     * alike; without anything to monitor its status is unknown.
     */
    static SummaryLine ofMunicipality(Total t) {
        MonitoringStatus status = t.status() == null ? MonitoringStatus.ONBEKEND : t.status();
        return new SummaryLine(t.year(), t.target(), t.plannedNet(), t.realisedNet(), t.expectedNet(), t.gap(),
                t.coveragePct(), status, t.variance(), t.incomplete());
    }

    /**
     * The sum of two rows of the same year, used as the cached value of a total formula. The gap is the
     * sum of the rows' gaps: a row without a target (a region's own plan) adds planned savings but
     * covers nobody's target. The status compares the summed variance with the summed plan, as rule 7
     * does for one organisation: 'onbekend' as soon as one monitored row's variance is unknown.
     */
    SummaryLine plus(SummaryLine o, BigDecimal tolerance) {
        Amount plannedSum = add(planned, o.planned);
        boolean monitored = status != null || o.status != null;
        BigDecimal varianceSum = unknownVariance() || o.unknownVariance() ? null
                : variance == null ? o.variance : o.variance == null ? variance : variance.add(o.variance);
        MonitoringStatus sumStatus = !monitored ? null
                : varianceSum == null || plannedSum.unknown() ? MonitoringStatus.ONBEKEND
                : MonitoringStatus.of(varianceSum, plannedSum.value(), tolerance);
        return new SummaryLine(year, add(target, o.target), plannedSum, add(realised, o.realised),
                add(expected, o.expected), add(gap, o.gap), null, sumStatus, varianceSum, incomplete || o.incomplete);
    }

    private boolean unknownVariance() {
        return status != null && variance == null;
    }

    private static Amount add(Amount a, Amount b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.plus(b);
    }
}
