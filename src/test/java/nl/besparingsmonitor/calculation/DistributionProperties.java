package nl.besparingsmonitor.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rule 5: whatever the key and the amount, the parts add up exactly to the rounded total. */
class DistributionProperties {

    @Property
    void explicitSharesAddUpToTheRoundedTotal(@ForAll("amounts") BigDecimal total, @ForAll("shares") List<BigDecimal> shares) {
        assertExactSplit(total, weights(shares));
    }

    @Property
    void inhabitantsAddUpToTheRoundedTotal(@ForAll("amounts") BigDecimal total, @ForAll("inhabitants") List<BigDecimal> inhabitants) {
        assertExactSplit(total, weights(inhabitants));
    }

    @Property
    void everyPartIsWithinOneEuroOfItsExactShare(@ForAll("amounts") BigDecimal total, @ForAll("inhabitants") List<BigDecimal> inhabitants) {
        List<Distribution.Weight> weights = weights(inhabitants);
        BigDecimal rounded = RoundingPolicy.wholeEuros(total);
        BigDecimal sum = inhabitants.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> parts = Distribution.split(total, weights);
        for (Distribution.Weight w : weights) {
            BigDecimal exact = rounded.multiply(w.weight()).divide(sum, 20, java.math.RoundingMode.HALF_UP);
            assertThat(parts.get(w.municipalityCode()).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
        }
    }

    @Property
    void aNegativeTotalIsTheMirrorOfThePositiveOne(@ForAll("amounts") BigDecimal total, @ForAll("shares") List<BigDecimal> shares) {
        Assume.that(RoundingPolicy.wholeEuros(total).abs().compareTo(RoundingPolicy.wholeEuros(total.abs())) == 0);
        List<Distribution.Weight> weights = weights(shares);
        Map<String, BigDecimal> positive = Distribution.split(total.abs(), weights);
        Map<String, BigDecimal> negative = Distribution.split(total.abs().negate(), weights);
        positive.forEach((code, part) -> assertThat(negative.get(code)).isEqualByComparingTo(part.negate()));
    }

    private static void assertExactSplit(BigDecimal total, List<Distribution.Weight> weights) {
        Map<String, BigDecimal> parts = Distribution.split(total, weights);
        assertThat(parts).hasSize(weights.size());
        BigDecimal sum = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(RoundingPolicy.wholeEuros(total));
        assertThat(parts.values()).allSatisfy(p -> {
            assertThat(p.stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
            assertThat(p.signum() * RoundingPolicy.wholeEuros(total).signum()).isGreaterThanOrEqualTo(0);
        });
    }

    private static List<Distribution.Weight> weights(List<BigDecimal> values) {
        List<Distribution.Weight> weights = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            weights.add(new Distribution.Weight(String.format("GM%04d", 1000 - i * 7), values.get(i)));
        }
        return weights;
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(2),
                Arbitraries.bigDecimals().between(new BigDecimal("-5000000"), new BigDecimal("5000000")).ofScale(2),
                Arbitraries.bigDecimals().between(new BigDecimal("-1E18"), new BigDecimal("1E18")).ofScale(4),
                Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.5"), new BigDecimal("-0.5"), new BigDecimal("2.5")));
    }

    @Provide
    Arbitrary<List<BigDecimal>> shares() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4)
                .list().ofMinSize(1).ofMaxSize(12)
                .filter(l -> l.stream().anyMatch(s -> s.signum() > 0));
    }

    @Provide
    Arbitrary<List<BigDecimal>> inhabitants() {
        return Arbitraries.longs().between(0, 1_000_000).map(BigDecimal::valueOf)
                .list().ofMinSize(1).ofMaxSize(12)
                .filter(l -> l.stream().anyMatch(s -> s.signum() > 0));
    }
}
