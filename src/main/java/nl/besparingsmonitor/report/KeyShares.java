package nl.besparingsmonitor.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.KeyShare;
import nl.besparingsmonitor.validation.DutchAmounts;

/**
 * The key and share by which a regional measure's amounts reached one member municipality, for the
 * report to show next to the amounts.
 *
 * <p>It resolves keys the way the calculation's {@code DistributionKeys} does (by name, ignoring case
 * and spaces: the measure's own organisation's key first, else the only key with that name), and
 * takes each member's part from {@link DistributionKey#percentages()}. The report only explains the
 * split, it never recomputes an amount: the amounts shown are the calculation's.
 */
final class KeyShares {

    /**
     * @param keyName the key's name as its workbook spells it
     * @param percent the member's part of the regional amount, 30.5 meaning 30.5%
     * @param basis how the part follows from the key, in Dutch: {@code aandeel 30,5%} or
     *              {@code 12.345 van 67.890 inwoners}
     */
    record Share(String keyName, BigDecimal percent, String basis) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** As in the calculation: shares this close to 100% count as 100%. */
    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.0001");

    private final List<DistributionKey> keys;
    /** Per organisation and key name: the share of every member; keys are used by many measures. */
    // Extracts are written by several threads at once; they share one KeyShares.
    private final Map<String, Map<String, Share>> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    KeyShares(List<DistributionKey> keys) {
        this.keys = keys;
    }

    /** The share of {@code municipality} in the key a measure of {@code organisation} names, or null. */
    Share of(String organisation, String keyName, String municipality) {
        if (keyName == null || municipality == null) {
            return null;
        }
        return resolved.computeIfAbsent(organisation + "\u0000" + normalise(keyName), k -> shares(organisation, keyName))
                .get(municipality);
    }

    private Map<String, Share> shares(String organisation, String keyName) {
        DistributionKey key = find(organisation, keyName);
        return key == null ? Map.of() : sharesOf(key);
    }

    private DistributionKey find(String organisation, String keyName) {
        String wanted = normalise(keyName);
        List<DistributionKey> byName = keys.stream().filter(k -> normalise(k.name()).equals(wanted)).toList();
        for (DistributionKey k : byName) {
            if (organisation != null && organisation.equalsIgnoreCase(k.organisationCode())) {
                return k;
            }
        }
        return byName.size() == 1 ? byName.get(0) : null;
    }

    private static Map<String, Share> sharesOf(DistributionKey key) {
        boolean explicit = key.shares().stream().anyMatch(s -> s.share() != null);
        List<KeyShare> used = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (KeyShare s : key.shares()) {
            BigDecimal w = weight(s, explicit);
            if (w == null || w.signum() < 0 || s.municipalityCode() == null || !seen.add(s.municipalityCode())) {
                continue;
            }
            used.add(s);
            sum = sum.add(w);
        }
        Map<String, Share> shares = new LinkedHashMap<>();
        if (sum.signum() == 0) {
            return shares;
        }
        Map<String, BigDecimal> percentages = key.percentages();
        for (KeyShare s : used) {
            BigDecimal w = weight(s, explicit);
            BigDecimal percent = percentages.get(s.municipalityCode());
            String basis = explicit ? explicitBasis(w, sum) : DutchAmounts.format(w) + " van " + DutchAmounts.format(sum) + " inwoners";
            shares.put(s.municipalityCode(), new Share(key.name(), percent, basis));
        }
        return shares;
    }

    private static BigDecimal weight(KeyShare s, boolean explicit) {
        return DistributionKey.weight(s, explicit);
    }

    /** The share as the key states it; when the key's shares do not add up to 100%, that total too. */
    private static String explicitBasis(BigDecimal share, BigDecimal sum) {
        String basis = "aandeel " + percentText(share);
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(SHARE_TOLERANCE) > 0) {
            basis += " van in totaal " + percentText(sum);
        }
        return basis;
    }

    private static String percentText(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }

    private static String normalise(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
