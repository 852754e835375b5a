package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.RegionMembership;

/**
 * All facts of one consolidation run.
 *
 * @param municipalityNames CBS code to name, from keys, memberships and municipal workbooks
 * @param defaultHorizonYear horizon for structural measures when a workbook gives none
 * @param tolerance monitoring tolerance as a fraction (0.05 for 5%)
 */
public record CalculationInput(
        List<OrganisationFacts> organisations,
        List<DistributionKey> keys,
        List<RegionMembership> memberships,
        Map<String, String> municipalityNames,
        int defaultHorizonYear,
        BigDecimal tolerance) {

    public CalculationInput {
        organisations = List.copyOf(organisations);
        keys = List.copyOf(keys);
        memberships = List.copyOf(memberships);
        municipalityNames = Map.copyOf(municipalityNames);
    }
}
