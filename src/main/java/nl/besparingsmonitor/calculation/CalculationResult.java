package nl.besparingsmonitor.calculation;

import java.util.List;

/**
 * Everything one calculation run produces, in a stable order (organisation as given in the input,
 * then measure as given, then municipality and year), ready for the report writer and the JSON run
 * summary.
 *
 * @param measureYearFigures planned figures of all measures, also rejected and withdrawn ones
 * @param monitoring planned vs realised vs expected per adopted measure and year
 * @param monitoringShares the same per municipality's part of a measure (its own, or its share of a regional one)
 * @param targetCoverages per organisation, domain and year, for organisations that have targets
 * @param budgetSaldi per budget line and year
 * @param expectedTotalSavings per organisation and year that has budget lines
 * @param totals aggregated rows, see {@link TotalLevel}
 * @param warnings in Dutch, for the report
 */
public record CalculationResult(
        List<MeasureYearFigure> measureYearFigures,
        List<MonitoringFigure> monitoring,
        List<MonitoringShare> monitoringShares,
        List<TargetCoverage> targetCoverages,
        List<BudgetSaldo> budgetSaldi,
        List<ExpectedTotalSaving> expectedTotalSavings,
        List<Total> totals,
        List<CalculationWarning> warnings) {

    public CalculationResult {
        measureYearFigures = List.copyOf(measureYearFigures);
        monitoring = List.copyOf(monitoring);
        monitoringShares = List.copyOf(monitoringShares);
        targetCoverages = List.copyOf(targetCoverages);
        budgetSaldi = List.copyOf(budgetSaldi);
        expectedTotalSavings = List.copyOf(expectedTotalSavings);
        totals = List.copyOf(totals);
        warnings = List.copyOf(warnings);
    }
}
