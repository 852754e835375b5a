package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.Domain;

/**
 * How far the planned net savings of adopted measures cover the target of a domain and year
 * (domain rule 6).
 *
 * @param target the savings target (taakstelling); zero when the domain has measures but no target
 * @param planned planned net effect of adopted measures in this domain and year
 * @param gap target - planned: positive means the target is not met yet
 * @param coveragePct planned / target * 100, null when the target is zero
 */
public record TargetCoverage(
        String organisationCode,
        Domain domain,
        int year,
        Amount target,
        Amount planned,
        Amount gap,
        BigDecimal coveragePct) {
}
