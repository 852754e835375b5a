package nl.besparingsmonitor.domain;

import java.time.LocalDate;

/**
 * One normalised amount of a measure: a magnitude of its kind (a negative magnitude is a reversal).
 * Either a year amount ({@code year} set) or an annual amount ({@code year} null) that the
 * calculation spreads over calendar years by its own or else the measure's dates.
 *
 * @param municipalityCode the member municipality the amount belongs to, or null for the whole organisation
 */
public record FinancialLine(
        String measureNumber,
        LineKind kind,
        String post,
        BudgetHolder budgetHolder,
        String municipalityCode,
        Integer year,
        Amount amount,
        LocalDate startDate,
        LocalDate endDate) {

    public boolean isAnnualAmount() {
        return year == null;
    }
}
