package nl.besparingsmonitor.calculation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.Municipality;
import nl.besparingsmonitor.domain.Organisation;
import nl.besparingsmonitor.domain.RegionMembership;

/**
 * Whether the municipality a financial line or a realisation names ({@code Gemeente}) can have its
 * amount. A region's members are the municipalities of its own keys and of its {@code Regio} sheet;
 * a municipality has only itself.
 *
 * <p>An amount for a name that is no CBS code and matched no known municipality, or for a
 * municipality outside the organisation, stays with the organisation and is warned about: it is
 * nobody's part, and handing it to the named municipality would put figures in that municipality's
 * extract that its council never saw. A region whose membership is unknown (no keys, no Regio
 * sheet) gives every named municipality its amount.
 */
final class NamedMunicipalities {

    private final Map<String, Set<String>> membersByRegion = new HashMap<>();
    private final Map<String, String> names;
    private final Warnings warnings;

    NamedMunicipalities(List<DistributionKey> keys, List<RegionMembership> memberships, Map<String, String> names,
                        Warnings warnings) {
        keys.forEach(k -> k.shares().forEach(s -> member(k.organisationCode(), s.municipalityCode())));
        memberships.forEach(m -> member(m.regionCode(), m.municipalityCode()));
        this.names = names;
        this.warnings = warnings;
    }

    private void member(String region, String municipality) {
        if (region != null && municipality != null) {
            membersByRegion.computeIfAbsent(region.toUpperCase(Locale.ROOT), r -> new HashSet<>()).add(municipality);
        }
    }

    /**
     * The municipality that gets an amount naming {@code named}, or empty when it stays with the
     * organisation. For a municipality that is itself.
     *
     * @param what how the message names the amount: "Financiële regel", "Realisatie"
     */
    Optional<String> placeOf(Organisation org, String measureNumber, String named, String what) {
        String own = org.isMunicipality() ? org.code() : null;
        if (!Municipality.isMunicipalityCode(named)) {
            warnings.add(org.code(), measureNumber, what + " voor gemeente '" + named + "': geen CBS-code en niet gevonden"
                    + " in de verdeelsleutels of bij de organisaties; " + stays(org));
            return Optional.ofNullable(own);
        }
        if (org.isMunicipality()) {
            if (!named.equals(own)) {
                warnings.add(org.code(), measureNumber, what + " voor " + display(named) + " in de aanlevering van "
                        + org.name() + ", een andere gemeente; " + stays(org));
            }
            return Optional.of(own);
        }
        Set<String> members = membersByRegion.get(org.code().toUpperCase(Locale.ROOT));
        if (members != null && !members.contains(named)) {
            warnings.add(org.code(), measureNumber, what + " voor " + display(named) + ", die volgens de verdeelsleutels"
                    + " en de regio-indeling geen lid is van " + org.name() + "; " + stays(org));
            return Optional.empty();
        }
        return Optional.of(named);
    }

    private String display(String code) {
        return "gemeente " + new Municipality(code, names.get(code)).displayName();
    }

    private static String stays(Organisation org) {
        return org.isMunicipality() ? "telt mee bij " + org.name() + " zelf."
                : "het bedrag blijft bij de organisatie en is van geen gemeente een deel.";
    }
}
