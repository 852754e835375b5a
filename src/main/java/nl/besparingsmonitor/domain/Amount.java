package nl.besparingsmonitor.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in euros that may be (partly) unknown. A {@code P.M.} or {@code ntb} in a workbook is
 * not zero: it makes every total it is part of incomplete, while the known part is still shown.
 *
 * <p>Equality compares the value numerically ({@code compareTo}), so 1.0 equals 1.00.
 */
public record Amount(BigDecimal value, boolean unknown) {

    public static final Amount ZERO = new Amount(BigDecimal.ZERO, false);
    public static final Amount UNKNOWN = new Amount(BigDecimal.ZERO, true);

    public Amount {
        Objects.requireNonNull(value, "value");
    }

    public static Amount of(BigDecimal value) {
        return new Amount(value, false);
    }

    public static Amount of(long euros) {
        return new Amount(BigDecimal.valueOf(euros), false);
    }

    public static Amount of(String euros) {
        return new Amount(new BigDecimal(euros), false);
    }

    public Amount plus(Amount other) {
        return new Amount(value.add(other.value), unknown || other.unknown);
    }

    public Amount minus(Amount other) {
        return new Amount(value.subtract(other.value), unknown || other.unknown);
    }

    public Amount negate() {
        return new Amount(value.negate(), unknown);
    }

    public Amount times(BigDecimal factor) {
        return new Amount(value.multiply(factor), unknown);
    }

    /** True when the known part is zero and nothing is unknown. */
    public boolean isZero() {
        return !unknown && value.signum() == 0;
    }

    public boolean isComplete() {
        return !unknown;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && a.unknown == unknown && a.value.compareTo(value) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value.stripTrailingZeros(), unknown);
    }

    @Override
    public String toString() {
        return unknown ? value.toPlainString() + " (onvolledig)" : value.toPlainString();
    }
}
