package nl.besparingsmonitor.calculation;

import java.time.LocalDate;
import java.util.List;

import nl.besparingsmonitor.domain.BookingTotal;
import nl.besparingsmonitor.domain.BudgetLine;
import nl.besparingsmonitor.domain.FinancialLine;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.domain.Organisation;
import nl.besparingsmonitor.domain.Realisation;
import nl.besparingsmonitor.domain.Target;

/**
 * Everything currently known of one organisation: the facts of its newest Voorstellen and newest
 * Realisatie workbook. Lists are empty where no such workbook was received.
 *
 * @param horizonYear last year column of the Voorstellen workbook (null when unknown): structural
 *                    measures without an end date run to the end of this year
 * @param realisationPeildatum reporting date of the Realisatie workbook, or null
 */
public record OrganisationFacts(
        Organisation organisation,
        List<Measure> measures,
        List<FinancialLine> lines,
        List<Target> targets,
        Integer horizonYear,
        LocalDate proposalsPeildatum,
        List<Realisation> realisations,
        List<BudgetLine> budgetLines,
        List<BookingTotal> bookingTotals,
        LocalDate realisationPeildatum) {

    public OrganisationFacts {
        measures = List.copyOf(measures);
        lines = List.copyOf(lines);
        targets = List.copyOf(targets);
        realisations = List.copyOf(realisations);
        budgetLines = List.copyOf(budgetLines);
        bookingTotals = List.copyOf(bookingTotals);
    }

    /**
     * Whether a Voorstellen workbook of this organisation is loaded. Without one its targets are not
     * known, which is not the same as having none.
     */
    public boolean proposalsLoaded() {
        return proposalsPeildatum != null || !measures.isEmpty() || !targets.isEmpty();
    }
}
