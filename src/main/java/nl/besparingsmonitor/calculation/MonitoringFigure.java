package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.Domain;

/**
 * Planned versus realised and expected net effect of one adopted measure in one year (domain rule 7).
 *
 * @param planned planned net effect (zero when the plan has nothing for this year)
 * @param realised realised net effect, or null when nothing was realised (reported or booked) yet
 * @param expected expected net effect, or null when no forecast was given
 * @param compared what the plan is compared with: realised, else expected while the year is open
 *                 (not before the Realisatie's Peildatum year); null when neither
 * @param variance compared - planned; null when there is nothing to compare or an unknown amount is
 *                 involved
 * @param variancePct variance / |planned| as a percentage (51.15 means 51.15%); null when planned
 *                    is zero or the variance is null
 */
public record MonitoringFigure(
        String organisationCode,
        String measureNumber,
        String measureName,
        Domain domain,
        int year,
        Amount planned,
        Amount realised,
        Amount expected,
        Amount compared,
        BigDecimal variance,
        BigDecimal variancePct,
        MonitoringStatus status) {
}
