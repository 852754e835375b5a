package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The savings calculation of one consolidation run: pure Java, no I/O, no framework, the same input
 * always gives the same result.
 *
 * <p>Per organisation it pro-rates and distributes the planned amounts of all measures (domain
 * rules 1-5), compares adopted measures with their targets (rule 6) and with realisations and
 * forecasts (rule 7), also per municipality's part, computes budget saldi and the expected total
 * saving (rule 8), and adds everything up into {@link Total}s. Only adopted measures count;
 * rejected and withdrawn ones are listed with their figures. Unknown (P.M.) amounts never become
 * zero: every total that includes one is marked incomplete. Rounding is described in
 * {@link RoundingPolicy}.
 *
 * <p>Instances hold no state; one can be shared between threads.
 */
public final class SavingsCalculator {

    /** Monitoring tolerance when the input gives none: 5%. */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.05");

    /**
     * Calculates everything the report and the run summary show.
     *
     * @param input the facts of all organisations; {@code tolerance} may be null (then 5%)
     * @return figures, totals and warnings in a stable order
     */
    public CalculationResult calculate(CalculationInput input) {
        BigDecimal tolerance = input.tolerance() == null ? DEFAULT_TOLERANCE : input.tolerance();
        Warnings warnings = new Warnings();
        DistributionKeys keys = new DistributionKeys(input.keys(), warnings);
        NamedMunicipalities municipalities = new NamedMunicipalities(input.keys(), input.memberships(),
                input.municipalityNames(), warnings);
        PlannedFigures plannedFigures = new PlannedFigures(keys, municipalities, warnings, input.defaultHorizonYear());
        Monitoring monitoring = new Monitoring(warnings, tolerance, keys, municipalities);
        BudgetSaldi budgetSaldi = new BudgetSaldi(warnings);

        List<String> organisationOrder = new ArrayList<>();
        List<MeasureYearFigure> figures = new ArrayList<>();
        List<MonitoringFigure> monitoringFigures = new ArrayList<>();
        List<MonitoringShare> monitoringShares = new ArrayList<>();
        List<TargetCoverage> coverages = new ArrayList<>();
        List<BudgetSaldo> saldi = new ArrayList<>();
        List<ExpectedTotalSaving> expectedTotals = new ArrayList<>();
        for (OrganisationFacts facts : input.organisations()) {
            organisationOrder.add(facts.organisation().code());
            List<MeasureYearFigure> own = plannedFigures.of(facts);
            List<BudgetSaldo> ownSaldi = budgetSaldi.of(facts);
            figures.addAll(own);
            Monitoring.Result monitored = monitoring.of(facts, own);
            monitoringFigures.addAll(monitored.figures());
            monitoringShares.addAll(monitored.shares());
            coverages.addAll(TargetCoverages.of(facts, own));
            saldi.addAll(ownSaldi);
            expectedTotals.addAll(BudgetSaldi.expectedTotals(facts, ownSaldi));
        }
        List<Total> totals = new Totals(tolerance)
                .of(organisationOrder, figures, monitoringFigures, monitoringShares, coverages, saldi, expectedTotals);
        return new CalculationResult(figures, monitoringFigures, monitoringShares, coverages, saldi, expectedTotals, totals,
                warnings.list());
    }
}
