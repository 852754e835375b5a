package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.KeyShare;

/**
 * Finds the key a measure names and turns it into weights for {@link Distribution}, warning once per
 * key about what a finance officer should fix.
 *
 * <p>A key is looked up by name (case and surrounding spaces ignored) among the keys of the
 * measure's own organisation first, then among all keys if exactly one carries that name. Explicit
 * shares win over inhabitants. Shares that do not add up to 100% (more than 0.01% off) are
 * warned about and used relative to their sum, so that the whole regional amount is still
 * distributed and nothing silently disappears.
 */
final class DistributionKeys {

    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.0001");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<DistributionKey> keys;
    private final Warnings warnings;

    DistributionKeys(List<DistributionKey> keys, Warnings warnings) {
        this.keys = keys;
        this.warnings = warnings;
    }

    /** The weights of the named key, or empty (with a warning) when it cannot be used. */
    Optional<List<Distribution.Weight>> weights(String organisationCode, String measureNumber, String keyName) {
        Optional<DistributionKey> key = find(organisationCode, keyName);
        if (key.isEmpty()) {
            warnings.add(organisationCode, measureNumber, "Verdeelsleutel '" + keyName
                    + "' niet gevonden; de bedragen blijven op het niveau van de organisatie.");
            return Optional.empty();
        }
        List<Distribution.Weight> weights = weightsOf(key.get());
        if (weights.isEmpty()) {
            warnings.add(organisationCode, measureNumber, "Verdeelsleutel '" + keyName
                    + "' heeft geen aandelen of inwoners; de bedragen blijven op het niveau van de organisatie.");
            return Optional.empty();
        }
        return Optional.of(weights);
    }

    private Optional<DistributionKey> find(String organisationCode, String keyName) {
        String wanted = normalise(keyName);
        List<DistributionKey> byName = keys.stream().filter(k -> normalise(k.name()).equals(wanted)).toList();
        Optional<DistributionKey> own = byName.stream()
                .filter(k -> organisationCode.equalsIgnoreCase(k.organisationCode()))
                .findFirst();
        if (own.isPresent()) {
            return own;
        }
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }

    private List<Distribution.Weight> weightsOf(DistributionKey key) {
        boolean explicit = key.shares().stream().anyMatch(s -> s.share() != null);
        List<Distribution.Weight> weights = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (KeyShare s : key.shares()) {
            BigDecimal w = DistributionKey.weight(s, explicit);
            if (w == null || w.signum() < 0 || s.municipalityCode() == null || !seen.add(s.municipalityCode())) {
                warnOnce(key, "Verdeelsleutel '" + key.name() + "': regel voor "
                        + (s.municipalityCode() == null ? "onbekende gemeente" : s.municipalityCode())
                        + " is leeg, negatief of dubbel en telt niet mee.");
                continue;
            }
            weights.add(new Distribution.Weight(s.municipalityCode(), w));
        }
        BigDecimal sum = weights.stream().map(Distribution.Weight::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            return List.of();
        }
        if (explicit && sum.subtract(BigDecimal.ONE).abs().compareTo(SHARE_TOLERANCE) > 0) {
            warnOnce(key, "Aandelen van verdeelsleutel '" + key.name() + "' tellen op tot "
                    + Warnings.percent(sum.multiply(HUNDRED)) + " in plaats van 100%; verdeeld naar verhouding van de aandelen.");
        }
        return weights;
    }

    /** {@link Warnings} drops repeats, so a key used by many measures is warned about once. */
    private void warnOnce(DistributionKey key, String message) {
        warnings.add(key.organisationCode(), null, message);
    }

    private static String normalise(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
