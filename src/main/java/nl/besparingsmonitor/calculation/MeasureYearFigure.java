package nl.besparingsmonitor.calculation;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.MeasureStatus;

/**
 * The planned figures of one measure in one calendar year, after pro-rating annual amounts and
 * distributing regional amounts. Produced for every measure, whatever its status; only adopted
 * measures ({@link MeasureStatus#counts()}) count in totals.
 *
 * @param municipalityCode the municipality the amounts belong to: the organisation itself for a
 *                         municipality, a member for a distributed regional amount, or null when a
 *                         regional amount stays at organisation level
 * @param saving planned saving (magnitude; distributed amounts are whole euros)
 * @param cost planned cost (magnitude)
 * @param net saving minus cost: positive is favourable (voordeel)
 */
public record MeasureYearFigure(
        String organisationCode,
        String measureNumber,
        String measureName,
        Domain domain,
        MeasureStatus status,
        String municipalityCode,
        int year,
        Amount saving,
        Amount cost,
        Amount net) {

    /** True when this figure counts in totals, target coverage and monitoring. */
    public boolean counts() {
        return status != null && status.counts();
    }
}
