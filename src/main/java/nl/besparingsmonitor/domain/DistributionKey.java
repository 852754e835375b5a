package nl.besparingsmonitor.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A named key (verdeelsleutel) that splits regional amounts over member municipalities. */
public record DistributionKey(String organisationCode, String name, List<KeyShare> shares) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public DistributionKey {
        shares = List.copyOf(shares);
    }

    /**
     * Each member's part of what this key splits, in percent (30.5 is 30.5%), by municipality code, as
     * the calculation splits: explicit shares win over inhabitants; an empty, negative or repeated row
     * does not count; shares count relative to their sum. Empty when nothing can be split.
     */
    public Map<String, BigDecimal> percentages() {
        boolean explicit = shares.stream().anyMatch(s -> s.share() != null);
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (KeyShare s : shares) {
            BigDecimal w = weight(s, explicit);
            if (w != null && w.signum() >= 0 && s.municipalityCode() != null && seen.add(s.municipalityCode())) {
                weights.put(s.municipalityCode(), w);
            }
        }
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> percentages = new LinkedHashMap<>();
        if (sum.signum() != 0) {
            weights.forEach((code, w) -> percentages.put(code, w.multiply(HUNDRED).divide(sum, MathContext.DECIMAL64)));
        }
        return percentages;
    }

    /** A row's weight: its share when the key has explicit shares, else its inhabitants; null when it has none. */
    public static BigDecimal weight(KeyShare s, boolean explicit) {
        if (explicit) {
            return s.share();
        }
        return s.inhabitants() == null ? null : BigDecimal.valueOf(s.inhabitants());
    }
}
