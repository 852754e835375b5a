package nl.besparingsmonitor.report;

import java.math.BigDecimal;

import nl.besparingsmonitor.calculation.MonitoringStatus;
import nl.besparingsmonitor.calculation.Total;
import nl.besparingsmonitor.domain.Amount;

/**
 * One row of the summary: an organisation's or municipality's figures for one year, or the sum of
 * several such rows. Null means "no figure" (shown blank), never zero.
 */
record SummaryLine(int year, Amount target, Amount planned, Amount realised, Amount expected, Amount gap,
                   BigDecimal coveragePct, MonitoringStatus status, boolean incomplete) {

    static SummaryLine of(Total t) {
        return new SummaryLine(t.year(), t.target(), t.plannedNet(), t.realisedNet(), t.expectedNet(), t.gap(),
                t.coveragePct(), t.status(), t.incomplete());
    }

    /**
     * A municipality's row: its own measures and its parts of regional ones, planned, realised and expected
     * alike; without anything to monitor its status is unknown.
     */
    static SummaryLine ofMunicipality(Total t) {
        MonitoringStatus status = t.status() == null ? MonitoringStatus.ONBEKEND : t.status();
        return new SummaryLine(t.year(), t.target(), t.plannedNet(), t.realisedNet(), t.expectedNet(), t.gap(),
                t.coveragePct(), status, t.incomplete());
    }

    /**
     * The sum of two rows of the same year, used as the cached value of a total formula. The gap is the
     * sum of the rows' gaps: a row without a target (a region's own plan) adds planned savings but
     * covers nobody's target.
     */
    SummaryLine plus(SummaryLine o) {
        return new SummaryLine(year, add(target, o.target), add(planned, o.planned), add(realised, o.realised),
                add(expected, o.expected), add(gap, o.gap), null, null, incomplete || o.incomplete);
    }

    static SummaryLine empty(int year) {
        return new SummaryLine(year, null, Amount.ZERO, null, null, null, null, null, false);
    }

    private static Amount add(Amount a, Amount b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a.plus(b);
    }
}
