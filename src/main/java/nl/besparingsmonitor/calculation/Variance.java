package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;

import nl.besparingsmonitor.domain.Amount;

/**
 * Variance of an achieved (realised or expected) net effect against the plan, and its status.
 *
 * <p>The status compares exact amounts, {@code |variance| <= tolerance * |planned|}, rather than a
 * rounded percentage, so 5.00004% is "achter" at 5% tolerance. With nothing planned any variance is
 * beyond tolerance: saving something unplanned is "voor".
 *
 * @param variance null when there is nothing to compare or an unknown amount is involved
 * @param percent null when planned is zero or the variance is null
 */
record Variance(BigDecimal variance, BigDecimal percent, MonitoringStatus status) {

    static final Variance UNKNOWN = new Variance(null, null, MonitoringStatus.ONBEKEND);

    /** @param achieved realised, else expected; null when neither is known */
    static Variance of(Amount planned, Amount achieved, BigDecimal tolerance) {
        if (achieved == null || planned.unknown() || achieved.unknown()) {
            return UNKNOWN;
        }
        BigDecimal variance = achieved.value().subtract(planned.value());
        BigDecimal base = planned.value().abs();
        BigDecimal percent = RoundingPolicy.percentage(variance, base);
        return new Variance(variance, percent, MonitoringStatus.of(variance, base, tolerance));
    }
}
