package nl.besparingsmonitor.calculation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.Target;

/**
 * Domain rule 6: planned net savings of adopted measures versus the target, per domain and year.
 *
 * <p>Only organisations that set targets get coverage rows; for them every domain and year with a
 * target or with adopted measures gets a row, so a domain with measures but no target shows up with
 * target zero (and no coverage percentage) instead of disappearing.
 */
final class TargetCoverages {

    private TargetCoverages() {
    }

    private record Key(Domain domain, int year) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::domain).thenComparingInt(Key::year);

    static List<TargetCoverage> of(OrganisationFacts facts, List<MeasureYearFigure> planned) {
        if (facts.targets().isEmpty()) {
            return List.of();
        }
        Map<Key, Amount> targets = new TreeMap<>(ORDER);
        Map<Key, Amount> plans = new TreeMap<>(ORDER);
        for (Target t : facts.targets()) {
            targets.merge(new Key(t.domain(), t.year()), t.amount(), Amount::plus);
        }
        for (MeasureYearFigure f : planned) {
            if (f.counts() && f.domain() != null) {
                plans.merge(new Key(f.domain(), f.year()), f.net(), Amount::plus);
            }
        }
        Map<Key, Boolean> keys = new TreeMap<>(ORDER);
        targets.keySet().forEach(k -> keys.put(k, true));
        plans.keySet().forEach(k -> keys.put(k, true));

        List<TargetCoverage> rows = new ArrayList<>();
        for (Key k : keys.keySet()) {
            rows.add(coverage(facts.organisation().code(), k.domain(), k.year(),
                    targets.getOrDefault(k, Amount.ZERO), plans.getOrDefault(k, Amount.ZERO)));
        }
        return rows;
    }

    static TargetCoverage coverage(String org, Domain domain, int year, Amount target, Amount planned) {
        return new TargetCoverage(org, domain, year, target, planned, target.minus(planned),
                RoundingPolicy.percentage(planned.value(), target.value()));
    }
}
