package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.Domain;

/**
 * An aggregated row. {@link #level()} says which dimensions it is broken down by; a null dimension
 * means "total over that dimension". Only adopted measures count.
 *
 * <p>Money is {@link Amount}, so a total that includes a P.M. amount is marked incomplete while its
 * known part is still shown. A null field means "does not apply at this level or no data", never zero:
 * e.g. {@code target} is null for a measure, {@code realisedNet} is null when nothing was realised.
 *
 * @param plannedSaving planned savings; null where the row rests only on budget figures of
 *                      organisations whose proposals are not loaded (not known, rather than zero)
 * @param plannedCost planned costs; null where {@code plannedSaving} is
 * @param plannedNet planned net effect = savings - costs; null where {@code plannedSaving} is
 * @param target sum of targets; for a municipality its own target as an organisation
 * @param realisedNet sum of realised net effects of the measures that have a realisation
 * @param expectedNet sum of expected net effects of the measures that have a forecast
 * @param variance sum over measures of (realised, else expected) - planned; null when a measure in
 *                 the total has neither, or an amount is unknown; monitoring is not broken down by
 *                 municipality, so null at {@link TotalLevel#MUNICIPALITY_YEAR}
 * @param variancePct variance / |plannedNet| as a percentage
 * @param status status of the total by the same tolerance as a single measure
 * @param gap target - plannedNet; in a total over organisations ({@link TotalLevel#YEAR},
 *            {@link TotalLevel#GRAND_TOTAL}) the planned net of only the organisations that set a target,
 *            so it is the sum of their gaps
 * @param coveragePct plannedNet / target * 100, with the same planned net as the gap
 * @param budgetSaldo sum of budget saldi (rule 8)
 * @param expectedTotalSaving sum of saldi plus target (rule 8)
 * @param incomplete true when any amount in this row includes an unknown (P.M.) part
 */
public record Total(
        TotalLevel level,
        String organisationCode,
        String municipalityCode,
        Domain domain,
        String measureNumber,
        Integer year,
        Amount plannedSaving,
        Amount plannedCost,
        Amount plannedNet,
        Amount target,
        Amount realisedNet,
        Amount expectedNet,
        BigDecimal variance,
        BigDecimal variancePct,
        MonitoringStatus status,
        Amount gap,
        BigDecimal coveragePct,
        Amount budgetSaldo,
        Amount expectedTotalSaving,
        boolean incomplete) {
}
