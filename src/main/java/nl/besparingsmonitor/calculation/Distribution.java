package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.besparingsmonitor.domain.Amount;

/**
 * Domain rule 5: split an amount over municipalities by weight, in whole euros, so that the parts
 * add up exactly to the total rounded to whole euros (largest-remainder method).
 *
 * <p>Every part first gets the whole euros of its exact share; the euros left over go one each to
 * the largest remainders. A tie goes to the larger weight, then to the lower municipality code, so
 * the outcome never depends on input order. A negative total is split as its absolute value and
 * negated, so a reversal is split the same way as the original amount.
 */
final class Distribution {

    /** One municipality's weight: a share (fraction) or a number of inhabitants; only ratios matter. */
    record Weight(String municipalityCode, BigDecimal weight) {
    }

    private Distribution() {
    }

    /**
     * The parts per municipality code, in the order of {@code weights}.
     *
     * @param weights non-negative, with a positive sum, and distinct municipality codes
     */
    static Map<String, BigDecimal> split(BigDecimal total, List<Weight> weights) {
        BigDecimal weightSum = weights.stream().map(Weight::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weightSum.signum() <= 0 || weights.stream().anyMatch(w -> w.weight().signum() < 0)) {
            throw new IllegalArgumentException("weights must be non-negative with a positive sum: " + weights);
        }
        BigDecimal rounded = RoundingPolicy.wholeEuros(total);
        BigDecimal euros = rounded.abs();

        List<Part> parts = new ArrayList<>();
        BigDecimal handedOut = BigDecimal.ZERO;
        for (Weight w : weights) {
            // Exact integer division: floor of euros * weight / weightSum and its remainder numerator,
            // so remainders compare exactly even for thirds.
            BigDecimal numerator = euros.multiply(w.weight());
            BigDecimal floor = numerator.divideToIntegralValue(weightSum).setScale(0);
            BigDecimal remainder = numerator.subtract(floor.multiply(weightSum));
            parts.add(new Part(w, floor, remainder));
            handedOut = handedOut.add(floor);
        }
        int leftOver = euros.subtract(handedOut).intValueExact();
        parts.stream()
                .sorted(Comparator.comparing(Part::remainder).reversed()
                        .thenComparing(p -> p.weight().weight(), Comparator.reverseOrder())
                        .thenComparing(p -> p.weight().municipalityCode()))
                .limit(leftOver)
                .forEach(Part::addOne);

        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (Part p : parts) {
            BigDecimal value = rounded.signum() < 0 ? p.euros.negate() : p.euros;
            result.merge(p.weight().municipalityCode(), value, BigDecimal::add);
        }
        return result;
    }

    /** {@link #split(BigDecimal, List)} for an amount: an unknown total makes every municipality's part unknown. */
    static Map<String, Amount> split(Amount total, List<Weight> weights) {
        Map<String, Amount> parts = new LinkedHashMap<>();
        split(total.value(), weights).forEach((code, value) -> parts.put(code, new Amount(value, total.unknown())));
        return parts;
    }

    private static final class Part {
        private final Weight weight;
        private final BigDecimal remainder;
        private BigDecimal euros;

        Part(Weight weight, BigDecimal euros, BigDecimal remainder) {
            this.weight = weight;
            this.euros = euros;
            this.remainder = remainder;
        }

        Weight weight() {
            return weight;
        }

        BigDecimal remainder() {
            return remainder;
        }

        void addOne() {
            euros = euros.add(BigDecimal.ONE);
        }
    }
}
