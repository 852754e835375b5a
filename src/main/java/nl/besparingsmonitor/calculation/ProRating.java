package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.besparingsmonitor.domain.Amount;

/**
 * Domain rule 4: an annual amount spread over calendar years by active months / 12.
 *
 * <p>The rule counts in whole months: the month of the start date and the month of the end date are
 * both active. So "vanaf 1 april" gives April..December (9 months), "medio" (1 July start) gives
 * 6 months, an end of 30 June gives January..June. A start on the 20th still counts its month in
 * full; councils do not plan by the day.
 *
 * <p>Each year's part is the difference of two cumulative amounts
 * ({@code annual * monthsSoFar / 12}); this keeps the parts adding up exactly to
 * {@code annual * activeMonths / 12} even when twelfths do not terminate.
 */
final class ProRating {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private ProRating() {
    }

    /**
     * The annual amount spread over the years from {@code start} to {@code end} (both inclusive,
     * {@code start <= end}). The unknown flag of the annual amount carries over to every year.
     */
    static SortedMap<Integer, Amount> spread(Amount annual, LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start);
        }
        SortedMap<Integer, Amount> years = new TreeMap<>();
        int firstMonth = monthIndex(start);
        int lastMonth = monthIndex(end);
        int monthsSoFar = 0;
        BigDecimal spreadSoFar = BigDecimal.ZERO;
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            int from = Math.max(firstMonth, year * 12);
            int to = Math.min(lastMonth, year * 12 + 11);
            monthsSoFar += to - from + 1;
            BigDecimal cumulative = partFor(annual.value(), monthsSoFar);
            years.put(year, new Amount(cumulative.subtract(spreadSoFar), annual.unknown()));
            spreadSoFar = cumulative;
        }
        return years;
    }

    /** Active months from start to end, both months inclusive. */
    static int activeMonths(LocalDate start, LocalDate end) {
        return monthIndex(end) - monthIndex(start) + 1;
    }

    /** {@code annual * months / 12}, the amount that belongs to {@code months} active months. */
    static BigDecimal partFor(BigDecimal annual, int months) {
        return RoundingPolicy.divide(annual.multiply(BigDecimal.valueOf(months)), TWELVE);
    }

    private static int monthIndex(LocalDate date) {
        return date.getYear() * 12 + date.getMonthValue() - 1;
    }
}
