package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.BookingTotal;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.domain.Organisation;
import nl.besparingsmonitor.domain.Realisation;
import nl.besparingsmonitor.domain.Stand;

/**
 * Domain rule 7: planned versus realised and expected net effect per adopted measure and year, for
 * the organisation and for each municipality's part.
 *
 * <p>Realised amounts come from {@code Gerealiseerd} rows; where a measure, kind and year has no
 * such row, the summed ledger bookings are used. When both exist the rows win: the ingest already
 * checked them as the control total of those bookings. A year counts as realised when either kind
 * has a realised amount; a kind without one is taken as zero for that year.
 *
 * <p>A municipality's part is split the way the plan is ({@link PlannedFigures}): a row naming a
 * municipality belongs to it (when it can have it, {@link NamedMunicipalities}; else it is the
 * organisation's own, in no municipality's part), a municipality's own amounts to itself, and a
 * region's other amounts are split by the measure's key per kind and year. Without a usable key they stay with the region,
 * and the municipalities' parts of that measure are unknown.
 */
final class Monitoring {

    private final Warnings warnings;
    private final BigDecimal tolerance;
    private final DistributionKeys keys;
    private final NamedMunicipalities municipalities;

    Monitoring(Warnings warnings, BigDecimal tolerance, DistributionKeys keys, NamedMunicipalities municipalities) {
        this.warnings = warnings;
        this.tolerance = tolerance;
        this.keys = keys;
        this.municipalities = municipalities;
    }

    /** One organisation's monitoring: per measure and year, and per municipality's part. */
    record Result(List<MonitoringFigure> figures, List<MonitoringShare> shares) {
    }

    private record Key(String measureNumber, LineKind kind, int year) {
    }

    /** Realised or expected amounts per measure, kind and year, and which part of them names a municipality. */
    private static final class Placed {
        final Map<Key, Amount> total = new HashMap<>();
        final Map<Key, Map<String, Amount>> named = new HashMap<>();
        final Map<Key, Amount> unnamed = new HashMap<>();
        final Map<String, Set<Key>> keysOfMeasure = new HashMap<>();

        void add(Key key, String municipality, Amount amount) {
            total.merge(key, amount, Amount::plus);
            keysOfMeasure.computeIfAbsent(key.measureNumber(), n -> new HashSet<>()).add(key);
            if (municipality == null) {
                unnamed.merge(key, amount, Amount::plus);
            } else {
                named.computeIfAbsent(key, k -> new TreeMap<>()).merge(municipality, amount, Amount::plus);
            }
        }

        /** An amount of the organisation's own: in its total, in no municipality's part. */
        void keep(Key key, Amount amount) {
            total.merge(key, amount, Amount::plus);
        }

        boolean hasUnnamed(String measureNumber) {
            return keysOfMeasure.getOrDefault(measureNumber, Set.of()).stream().anyMatch(unnamed::containsKey);
        }
    }

    Result of(OrganisationFacts facts, List<MeasureYearFigure> planned) {
        Organisation org = facts.organisation();
        Map<String, Measure> counted = new LinkedHashMap<>();
        facts.measures().stream().filter(m -> m.status() != null && m.status().counts())
                .forEach(m -> counted.putIfAbsent(m.number(), m));
        Map<String, Measure> known = new HashMap<>();
        facts.measures().forEach(m -> known.putIfAbsent(m.number(), m));

        Map<String, Map<Integer, Amount>> plannedNet = new HashMap<>();
        Map<String, Map<String, Map<Integer, Amount>>> plannedShares = new HashMap<>();
        for (MeasureYearFigure f : planned) {
            if (f.counts()) {
                plannedNet.computeIfAbsent(f.measureNumber(), n -> new TreeMap<>()).merge(f.year(), f.net(), Amount::plus);
                if (f.municipalityCode() != null) {
                    plannedShares.computeIfAbsent(f.measureNumber(), n -> new TreeMap<>())
                            .computeIfAbsent(f.municipalityCode(), c -> new TreeMap<>())
                            .merge(f.year(), f.net(), Amount::plus);
                }
            }
        }

        Placed realised = new Placed();
        Placed expected = new Placed();
        for (Realisation r : facts.realisations()) {
            if (!counts(org, known, r.measureNumber(), "Realisatie")) {
                continue;
            }
            if (r.amount().value().signum() < 0) {
                warnings.add(org.code(), r.measureNumber(), "Tegenboeking: " + r.kind().label() + " " + r.year() + " ("
                        + r.stand().label().toLowerCase() + ") is " + Warnings.euros(r.amount().value().negate())
                        + " in tegengestelde richting; telt mee met het omgekeerde effect.");
            }
            Placed placed = r.stand() == Stand.GEREALISEERD ? realised : expected;
            Key key = new Key(r.measureNumber(), r.kind(), r.year());
            if (r.municipalityCode() == null) {
                placed.add(key, null, r.amount());
            } else {
                municipalities.placeOf(org, r.measureNumber(), r.municipalityCode(), "Realisatie")
                        .ifPresentOrElse(m -> placed.add(key, m, r.amount()), () -> placed.keep(key, r.amount()));
            }
        }
        Set<Key> withRows = Set.copyOf(realised.total.keySet());
        for (BookingTotal b : facts.bookingTotals()) {
            if (!counts(org, known, b.measureNumber(), "Boekingen")) {
                continue;
            }
            Key key = new Key(b.measureNumber(), b.kind(), b.year());
            if (!withRows.contains(key)) {
                realised.add(key, null, Amount.of(b.amount()));
            }
        }

        Map<String, Map<Integer, SavingAndCost>> realisedNet = byMeasureAndYear(realised.total);
        Map<String, Map<Integer, SavingAndCost>> expectedNet = byMeasureAndYear(expected.total);
        Integer firstOpenYear = facts.realisationPeildatum() == null ? null : facts.realisationPeildatum().getYear();
        List<MonitoringFigure> figures = new ArrayList<>();
        List<MonitoringShare> shares = new ArrayList<>();
        for (Measure m : counted.values()) {
            Map<Integer, Amount> plan = plannedNet.getOrDefault(m.number(), Map.of());
            Map<Integer, SavingAndCost> real = realisedNet.getOrDefault(m.number(), Map.of());
            Map<Integer, SavingAndCost> expect = expectedNet.getOrDefault(m.number(), Map.of());
            for (int year : years(plan, real, expect)) {
                figures.add(figure(org.code(), m, year, plan.getOrDefault(year, Amount.ZERO), net(real, year),
                        net(expect, year), firstOpenYear));
            }
            shares.addAll(shares(org, m, plannedShares.getOrDefault(m.number(), Map.of()), realised, expected,
                    firstOpenYear));
        }
        return new Result(figures, shares);
    }

    /**
     * Whether realised amounts of this measure count, warning once per measure when they do not: the
     * sender booked on a measure the monitor does not know, or one that was never adopted (the
     * contract's "realisation for a rejected measure"), and a controller has to hear of either.
     */
    private boolean counts(Organisation org, Map<String, Measure> known, String number, String what) {
        Measure measure = known.get(number);
        if (measure == null) {
            warnings.add(org.code(), number, what + " voor maatregel '" + number
                    + "' die niet in de maatregelen staat; niet meegeteld.");
            return false;
        }
        if (measure.status() == null || !measure.status().counts()) {
            String status = measure.status() == null ? "zonder status" : "met status " + measure.status().label();
            warnings.add(org.code(), number, what + " voor maatregel '" + number + "' " + status
                    + "; niet meegeteld, alleen aangenomen maatregelen tellen mee.");
            return false;
        }
        return true;
    }

    private List<MonitoringShare> shares(Organisation org, Measure m, Map<String, Map<Integer, Amount>> plannedParts,
                                         Placed realised, Placed expected, Integer firstOpenYear) {
        // the key is looked up only for amounts it has to split, so that a key never needed is never warned about
        boolean keyed = !org.isMunicipality() && m.keyName() != null && !m.keyName().isBlank()
                && (realised.hasUnnamed(m.number()) || expected.hasUnnamed(m.number()));
        Optional<List<Distribution.Weight>> weights = keyed ? keys.weights(org.code(), m.number(), m.keyName())
                : Optional.empty();
        Map<String, Map<Integer, SavingAndCost>> realParts = parts(org, m, realised, weights);
        Map<String, Map<Integer, SavingAndCost>> expectParts = parts(org, m, expected, weights);
        Set<String> municipalities = new TreeSet<>(plannedParts.keySet());
        municipalities.addAll(realParts.keySet());
        municipalities.addAll(expectParts.keySet());
        List<MonitoringShare> shares = new ArrayList<>();
        for (String municipality : municipalities) {
            Map<Integer, Amount> plan = plannedParts.getOrDefault(municipality, Map.of());
            Map<Integer, SavingAndCost> real = realParts.getOrDefault(municipality, Map.of());
            Map<Integer, SavingAndCost> expect = expectParts.getOrDefault(municipality, Map.of());
            for (int year : years(plan, real, expect)) {
                shares.add(new MonitoringShare(municipality, figure(org.code(), m, year,
                        plan.getOrDefault(year, Amount.ZERO), net(real, year), net(expect, year), firstOpenYear)));
            }
        }
        return shares;
    }

    /** Each municipality's part of a measure's realised or expected amounts, per year. */
    private Map<String, Map<Integer, SavingAndCost>> parts(Organisation org, Measure m, Placed placed,
                                                         Optional<List<Distribution.Weight>> weights) {
        Map<String, Map<Integer, SavingAndCost>> parts = new HashMap<>();
        boolean leftWithRegion = false;
        for (Key key : placed.keysOfMeasure.getOrDefault(m.number(), Set.of())) {
            placed.named.getOrDefault(key, Map.of()).forEach((municipality, amount) -> add(parts, municipality, key, amount));
            Amount rest = placed.unnamed.get(key);
            if (rest == null) {
                continue;
            }
            if (org.isMunicipality()) {
                add(parts, org.code(), key, rest);
            } else if (weights.isPresent()) {
                Distribution.split(rest, weights.get()).forEach((municipality, part) -> add(parts, municipality, key, part));
            } else {
                leftWithRegion = true;
            }
        }
        if (leftWithRegion) {
            warnings.add(org.code(), m.number(), "Realisatie of prognose zonder gemeente en zonder bruikbare "
                    + "verdeelsleutel; blijft bij de organisatie, het deel per gemeente is onbekend.");
        }
        return parts;
    }

    private static void add(Map<String, Map<Integer, SavingAndCost>> parts, String municipality, Key key, Amount amount) {
        parts.computeIfAbsent(municipality, c -> new TreeMap<>())
                .computeIfAbsent(key.year(), y -> new SavingAndCost())
                .add(key.kind(), amount);
    }

    private static Set<Integer> years(Map<Integer, ?> plan, Map<Integer, ?> real, Map<Integer, ?> expect) {
        Set<Integer> years = new TreeSet<>(plan.keySet());
        years.addAll(real.keySet());
        years.addAll(expect.keySet());
        return years;
    }

    private static Amount net(Map<Integer, SavingAndCost> amounts, int year) {
        SavingAndCost f = amounts.get(year);
        return f == null ? null : f.net();
    }

    /**
     * Rule 7: the variance is realised - planned, or expected - planned while the year is open. A year
     * before the year of the Realisatie's Peildatum is closed, so an expectation alone leaves it
     * 'onbekend' rather than judged on a forecast of a year that has ended. In an open year the
     * realisation is what was realised to date: set against the whole year's plan it called a measure
     * 'achter' that expects to make its plan, so there the expectation is compared, the realisation
     * only when no expectation is given.
     */
    private MonitoringFigure figure(String org, Measure m, int year, Amount planned, Amount realised, Amount expected,
                                    Integer firstOpenYear) {
        boolean open = firstOpenYear == null || year >= firstOpenYear;
        Amount comparison = open ? (expected != null ? expected : realised) : realised;
        Variance v = Variance.of(planned, comparison, tolerance);
        return new MonitoringFigure(org, m.number(), m.name(), m.domain(), year, planned, realised, expected, comparison,
                v.variance(), v.percent(), v.status());
    }

    private static Map<String, Map<Integer, SavingAndCost>> byMeasureAndYear(Map<Key, Amount> amounts) {
        Map<String, Map<Integer, SavingAndCost>> measures = new HashMap<>();
        amounts.forEach((key, amount) -> measures
                .computeIfAbsent(key.measureNumber(), n -> new TreeMap<>())
                .computeIfAbsent(key.year(), y -> new SavingAndCost())
                .add(key.kind(), amount));
        return measures;
    }
}
