package nl.besparingsmonitor.ingest;

import java.time.Duration;
import java.util.List;

import nl.besparingsmonitor.domain.BookingTotal;
import nl.besparingsmonitor.domain.BudgetLine;
import nl.besparingsmonitor.domain.Realisation;

/**
 * Normalised content of a {@code Realisatie} workbook; bookings arrive summed per measure, kind and year.
 *
 * @param bookingReadTime how long reading the Boekingen sheet took: the ledger extract is what grows
 *                        from year to year, so the run reports its cost per row
 */
public record RealisationFacts(List<Realisation> realisations, List<BudgetLine> budgetLines,
                               List<BookingTotal> bookingTotals, long bookingRows, Duration bookingReadTime)
        implements WorkbookFacts {

    public RealisationFacts {
        realisations = List.copyOf(realisations);
        budgetLines = List.copyOf(budgetLines);
        bookingTotals = List.copyOf(bookingTotals);
    }
}
