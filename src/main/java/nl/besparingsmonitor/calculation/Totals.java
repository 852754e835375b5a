package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.Municipality;

/**
 * Adds the detail rows up into {@link Total}s at every {@link TotalLevel}.
 *
 * <p>Each detail row adds itself to every total it belongs to; derived fields (gap, coverage,
 * variance, status) are computed from the sums afterwards, never summed themselves.
 */
final class Totals {

    private final BigDecimal tolerance;
    private final Map<Key, Sums> sums = new HashMap<>();

    Totals(BigDecimal tolerance) {
        this.tolerance = tolerance;
    }

    private record Key(TotalLevel level, String org, String municipality, Domain domain, String measure, Integer year) {
    }

    /** Running sums of one total; null means nothing contributed. */
    private static final class Sums {
        /**
         * A measure, a target or a monitored measure contributed, or budget figures of an organisation
         * whose proposals are loaded: only then is there a plan, if need be of zero. A row that only
         * budget figures make of an organisation without proposals has none.
         */
        boolean planned;
        Amount saving = Amount.ZERO;
        Amount cost = Amount.ZERO;
        Amount net = Amount.ZERO;
        /** Planned net of the organisations that set a target: what a total over organisations covers them with. */
        Amount netOfTargeted = Amount.ZERO;
        Amount target;
        Amount realised;
        Amount expected;
        Amount achieved;
        boolean monitored;
        boolean comparable = true;
        Amount saldo;
        Amount expectedTotal;
    }

    List<Total> of(List<String> organisationOrder, List<MeasureYearFigure> figures, List<MonitoringFigure> monitoring,
                   List<MonitoringShare> shares, List<TargetCoverage> coverages, List<BudgetSaldo> saldi,
                   List<ExpectedTotalSaving> expectedTotals) {
        Map<String, Integer> measureOrder = new HashMap<>();
        Set<String> targeted = new HashSet<>();
        coverages.forEach(c -> targeted.add(c.organisationCode()));
        for (MeasureYearFigure f : figures) {
            if (f.counts()) {
                measureOrder.putIfAbsent(f.organisationCode() + "\u0000" + f.measureNumber(), measureOrder.size());
                boolean hasTarget = targeted.contains(f.organisationCode());
                keys(f.organisationCode(), f.municipalityCode(), f.domain(), f.measureNumber(), f.year(), true)
                        .forEach(s -> {
                            s.planned = true;
                            s.saving = s.saving.plus(f.saving());
                            s.cost = s.cost.plus(f.cost());
                            s.net = s.net.plus(f.net());
                            if (hasTarget) {
                                s.netOfTargeted = s.netOfTargeted.plus(f.net());
                            }
                        });
            }
        }
        for (MonitoringFigure m : monitoring) {
            measureOrder.putIfAbsent(m.organisationCode() + "\u0000" + m.measureNumber(), measureOrder.size());
            keys(m.organisationCode(), null, m.domain(), m.measureNumber(), m.year(), false).forEach(s -> monitor(s, m));
        }
        // A municipality's year over all organisations: its own measures and its parts of regional ones, as planned.
        for (MonitoringShare share : shares) {
            MonitoringFigure m = share.figure();
            monitor(sums.computeIfAbsent(new Key(TotalLevel.MUNICIPALITY_YEAR, null, share.municipalityCode(), null, null,
                    m.year()), k -> new Sums()), m);
        }
        for (TargetCoverage t : coverages) {
            String municipality = Municipality.isMunicipalityCode(t.organisationCode()) ? t.organisationCode() : null;
            keys(t.organisationCode(), municipality, t.domain(), null, t.year(), true)
                    .forEach(s -> {
                        s.planned = true;
                        s.target = plus(s.target, t.target());
                    });
        }
        for (BudgetSaldo b : saldi) {
            Amount saldo = b.saldo() == null ? Amount.UNKNOWN : b.saldo();
            keys(b.organisationCode(), null, b.domain(), null, b.year(), false)
                    .forEach(s -> s.saldo = plus(s.saldo, saldo));
        }
        for (ExpectedTotalSaving e : expectedTotals) {
            keys(e.organisationCode(), null, null, null, e.year(), false).forEach(s -> {
                // a known target means the proposals are loaded: a year they plan nothing in is a plan of zero
                s.planned |= e.target() != null;
                s.expectedTotal = plus(s.expectedTotal, e.expectedTotal());
            });
        }

        // A map, not organisationOrder.indexOf: tens of thousands of totals are sorted.
        Map<String, Integer> organisationIndex = new java.util.HashMap<>();
        for (int i = 0; i < organisationOrder.size(); i++) {
            organisationIndex.putIfAbsent(organisationOrder.get(i), i);
        }
        Comparator<Key> order = Comparator.comparing(Key::level)
                .thenComparing(Key::org, Comparator.nullsFirst(
                        Comparator.comparingInt((String o) -> organisationIndex.getOrDefault(o, -1))))
                .thenComparing(Key::municipality, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Key::domain, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(k -> k.measure() == null ? -1 : measureOrder.getOrDefault(k.org() + "\u0000" + k.measure(), -1))
                .thenComparing(Key::year, Comparator.nullsFirst(Comparator.naturalOrder()));
        List<Total> totals = new ArrayList<>();
        sums.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                .forEach(e -> totals.add(total(e.getKey(), e.getValue())));
        return totals;
    }

    /**
     * The sums a detail row adds to. A measure row also names its domain; budget figures are not broken
     * down by municipality, targets only for a municipality's own, monitoring through its shares.
     */
    private Stream<Sums> keys(String org, String municipality, Domain domain, String measure, int year, boolean perMunicipality) {
        List<Key> keys = new ArrayList<>();
        if (measure != null) {
            keys.add(new Key(TotalLevel.ORGANISATION_MEASURE_YEAR, org, null, domain, measure, year));
        }
        if (domain != null) {
            keys.add(new Key(TotalLevel.ORGANISATION_DOMAIN_YEAR, org, null, domain, null, year));
        }
        keys.add(new Key(TotalLevel.ORGANISATION_YEAR, org, null, null, null, year));
        keys.add(new Key(TotalLevel.ORGANISATION, org, null, null, null, null));
        if (perMunicipality && municipality != null) {
            keys.add(new Key(TotalLevel.MUNICIPALITY_YEAR, null, municipality, null, null, year));
        }
        keys.add(new Key(TotalLevel.YEAR, null, null, null, null, year));
        keys.add(new Key(TotalLevel.GRAND_TOTAL, null, null, null, null, null));
        return keys.stream().map(k -> sums.computeIfAbsent(k, x -> new Sums()));
    }

    private Total total(Key k, Sums s) {
        // Over several organisations, a target is set against the organisation's own measures only: a region's
        // plan without a target of its own must not cover, say, a municipality's shortfall (rule 6 per organisation).
        // A municipality's own total does count its shares of regional measures, as its extract shows them.
        Amount covering = k.level() == TotalLevel.YEAR || k.level() == TotalLevel.GRAND_TOTAL ? s.netOfTargeted : s.net;
        Amount gap = s.target == null ? null : s.target.minus(covering);
        BigDecimal coverage = s.target == null ? null : RoundingPolicy.percentage(covering.value(), s.target.value());
        Variance v = s.monitored ? Variance.of(s.net, s.comparable ? s.achieved : null, tolerance) : null;
        boolean incomplete = Stream.of(s.saving, s.cost, s.net, s.target, s.realised, s.expected, s.saldo, s.expectedTotal)
                .anyMatch(a -> a != null && a.unknown());
        return new Total(k.level(), k.org(), k.municipality(), k.domain(), k.measure(), k.year(),
                planned(s, s.saving), planned(s, s.cost), planned(s, s.net), s.target, s.realised, s.expected,
                field(v, Variance::variance), field(v, Variance::percent), field(v, Variance::status),
                gap, coverage, s.saldo, s.expectedTotal, incomplete);
    }

    private static Amount planned(Sums s, Amount amount) {
        return s.planned ? amount : null;
    }

    private static void monitor(Sums s, MonitoringFigure m) {
        Amount achieved = m.compared();
        s.planned = true;
        s.monitored = true;
        s.realised = plus(s.realised, m.realised());
        s.expected = plus(s.expected, m.expected());
        s.achieved = plus(s.achieved, achieved);
        s.comparable &= achieved != null;
    }

    private static <T> T field(Variance v, Function<Variance, T> getter) {
        return v == null ? null : getter.apply(v);
    }

    private static Amount plus(Amount sum, Amount amount) {
        if (amount == null) {
            return sum;
        }
        return sum == null ? amount : sum.plus(amount);
    }
}
