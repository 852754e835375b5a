package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.besparingsmonitor.domain.Amount;

/**
 * The one place where the calculation decides how numbers are rounded.
 *
 * <ul>
 *   <li>Money is kept at full precision. Only a division that does not terminate (pro-rating by
 *       months / 12) is cut off, at {@link #INTERNAL_SCALE} decimals: far below a cent, so it never
 *       shows in a report.</li>
 *   <li>Distribution over municipalities rounds to whole euros ({@link #EURO_SCALE}), because
 *       the parts must add up exactly to what the region books.</li>
 *   <li>Percentages (variance %, coverage %) are carried at {@link #PERCENT_SCALE} decimals.
 *       Monitoring statuses are decided on exact amounts, never on a rounded percentage.</li>
 *   <li>Everything rounds {@link RoundingMode#HALF_UP}, as Dutch finance reports do.</li>
 * </ul>
 * Report writers use {@link #wholeEuros(BigDecimal)} and {@link #displayPercent(BigDecimal)} so that
 * display rounding follows the same rule.
 */
public final class RoundingPolicy {

    public static final RoundingMode MODE = RoundingMode.HALF_UP;
    public static final int EURO_SCALE = 0;
    public static final int INTERNAL_SCALE = 10;
    public static final int PERCENT_SCALE = 4;
    public static final int DISPLAY_PERCENT_SCALE = 2;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RoundingPolicy() {
    }

    /** Rounds to whole euros, half up (2.5 becomes 3, -2.5 becomes -3). */
    public static BigDecimal wholeEuros(BigDecimal value) {
        return value.setScale(EURO_SCALE, MODE);
    }

    /** The known part rounded to whole euros; the unknown flag is kept. */
    public static Amount wholeEuros(Amount amount) {
        return new Amount(wholeEuros(amount.value()), amount.unknown());
    }

    /** A percentage as shown in reports: two decimals. */
    public static BigDecimal displayPercent(BigDecimal percent) {
        return percent == null ? null : percent.setScale(DISPLAY_PERCENT_SCALE, MODE);
    }

    /**
     * {@code numerator / denominator * 100} at {@link #PERCENT_SCALE} decimals, or null when the
     * denominator is zero (a share of nothing is undefined, not zero).
     */
    static BigDecimal percentage(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, PERCENT_SCALE, MODE);
    }

    /**
     * A money quotient that may not terminate, cut at {@link #INTERNAL_SCALE} decimals; trailing
     * zeros are dropped so that 105000 stays 105000 instead of 105000.0000000000.
     */
    static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal q = numerator.divide(denominator, INTERNAL_SCALE, MODE).stripTrailingZeros();
        return q.scale() < 0 ? q.setScale(0) : q;
    }
}
