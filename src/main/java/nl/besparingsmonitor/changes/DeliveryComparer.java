package nl.besparingsmonitor.changes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.besparingsmonitor.calculation.CalculationInput;
import nl.besparingsmonitor.calculation.CalculationResult;
import nl.besparingsmonitor.calculation.MeasureYearFigure;
import nl.besparingsmonitor.calculation.OrganisationFacts;
import nl.besparingsmonitor.calculation.SavingsCalculator;
import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.BookingTotal;
import nl.besparingsmonitor.domain.BudgetLine;
import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.domain.Realisation;
import nl.besparingsmonitor.domain.Target;

/**
 * Lists what changed between two deliveries of the same organisation and kind: new and removed
 * measures, status changes, and per measure, kind and year the old and new amount (after
 * pro-rating, for the organisation as a whole); the same for targets, budget lines, realisations
 * and bookings, and each municipality's share in a distribution key. Plain Java: it compares facts,
 * it does not read them.
 */
public final class DeliveryComparer {

    private final SavingsCalculator calculator = new SavingsCalculator();
    private final int defaultHorizonYear;

    public DeliveryComparer(int defaultHorizonYear) {
        this.defaultHorizonYear = defaultHorizonYear;
    }

    /**
     * @param measureNames the names of the organisation's current measures by number: realisations
     *                     and bookings carry only a number, and a controller looks for the name
     */
    public DeliveryComparison compare(DeliveryVersion previous, DeliveryVersion current,
                                      Map<String, String> measureNames) {
        String org = current.organisation().code();
        List<Change> changes = new ArrayList<>();
        compareMeasures(org, previous, current, changes);
        compareAmounts(org, planned(previous), planned(current), changes);
        compareAmounts(org, targets(previous.targets()), targets(current.targets()), changes);
        compareAmounts(org, realisations(previous.realisations(), measureNames),
                realisations(current.realisations(), measureNames), changes);
        compareAmounts(org, budget(previous.budgetLines()), budget(current.budgetLines()), changes);
        compareAmounts(org, bookings(previous.bookingTotals(), measureNames),
                bookings(current.bookingTotals(), measureNames), changes);
        compareShares(org, shares(previous.keys()), shares(current.keys()), changes);
        changes.sort(Comparator.comparing(Change::size).reversed()
                .thenComparing(c -> c.change().ordinal())
                .thenComparing(Change::subject, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Change::kind)
                .thenComparing(Change::year, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new DeliveryComparison(org, current.organisation().name(), current.kind(), previous.peildatum(),
                current.peildatum(), previous.fileName(), current.fileName(), changes);
    }

    /** An amount's identity across versions: what it is, of which subject, in which year. */
    private record Key(String kind, String subject, String subjectName, Integer year) {
    }

    private static void compareMeasures(String org, DeliveryVersion previous, DeliveryVersion current, List<Change> out) {
        Map<String, Measure> before = byNumber(previous.measures());
        Map<String, Measure> after = byNumber(current.measures());
        for (Measure m : after.values()) {
            Measure old = before.get(m.number());
            if (old == null) {
                out.add(new Change(org, "Maatregel", m.number(), m.name(), null, ChangeType.ADDED, null, null, null,
                        m.status().label(), false));
            } else if (old.status() != m.status()) {
                out.add(new Change(org, "Maatregel", m.number(), m.name(), null, ChangeType.STATUS, null, null,
                        old.status().label(), m.status().label(), false));
            }
        }
        for (Measure m : before.values()) {
            if (!after.containsKey(m.number())) {
                out.add(new Change(org, "Maatregel", m.number(), m.name(), null, ChangeType.REMOVED, null, null,
                        m.status().label(), null, false));
            }
        }
    }

    private static void compareAmounts(String org, Map<Key, Amount> before, Map<Key, Amount> after, List<Change> out) {
        TreeSet<Key> keys = new TreeSet<>(Comparator.comparing(Key::subject, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Key::kind).thenComparing(Key::year, Comparator.nullsFirst(Comparator.naturalOrder())));
        keys.addAll(before.keySet());
        keys.addAll(after.keySet());
        for (Key key : keys) {
            Amount o = before.get(key);
            Amount n = after.get(key);
            boolean incomplete = (o != null && o.unknown()) || (n != null && n.unknown());
            ChangeType type;
            if (o == null) {
                type = ChangeType.ADDED;
            } else if (n == null) {
                type = ChangeType.REMOVED;
            } else if (o.value().compareTo(n.value()) != 0 || o.unknown() != n.unknown()) {
                type = ChangeType.AMOUNT;
            } else {
                continue;
            }
            out.add(new Change(org, key.kind(), key.subject(), key.subjectName(), key.year(), type,
                    o == null ? null : o.value(), n == null ? null : n.value(), null, null, incomplete));
        }
    }

    /**
     * A municipality's share in each key, old and new. A share moves money between members, so it is
     * compared as the percentage the calculation splits by: with inhabitants, one municipality's new
     * count changes every member's share.
     */
    private static void compareShares(String org, Map<Key, BigDecimal> before, Map<Key, BigDecimal> after,
                                      List<Change> out) {
        TreeSet<Key> keys = new TreeSet<>(Comparator.comparing(Key::kind).thenComparing(Key::subject));
        keys.addAll(before.keySet());
        keys.addAll(after.keySet());
        for (Key key : keys) {
            BigDecimal o = before.get(key);
            BigDecimal n = after.get(key);
            ChangeType type = o == null ? ChangeType.ADDED : n == null ? ChangeType.REMOVED
                    : o.compareTo(n) != 0 ? ChangeType.AMOUNT : null;
            if (type != null) {
                out.add(new Change(org, key.kind(), key.subject(), key.subjectName(), null, type, o, n, null, null,
                        false, true));
            }
        }
    }

    private static Map<Key, BigDecimal> shares(List<DistributionKey> keys) {
        Map<Key, BigDecimal> shares = new LinkedHashMap<>();
        for (DistributionKey key : keys) {
            Map<String, String> names = new LinkedHashMap<>();
            key.shares().forEach(s -> names.putIfAbsent(s.municipalityCode(), s.municipalityName()));
            key.percentages().forEach((code, percent) -> shares.put(
                    new Key("Verdeelsleutel '" + key.name() + "'", code, names.get(code), null), percent.stripTrailingZeros()));
        }
        return shares;
    }

    /** Planned savings and costs per measure and year, pro-rated like the calculation does, over all municipalities. */
    private Map<Key, Amount> planned(DeliveryVersion version) {
        Map<Key, Amount> amounts = new LinkedHashMap<>();
        if (version.measures().isEmpty()) {
            return amounts;
        }
        OrganisationFacts facts = new OrganisationFacts(version.organisation(), version.measures(), version.lines(),
                version.targets(), version.horizonYear(), version.peildatum(), List.of(), List.of(), List.of(), null);
        CalculationResult result = calculator.calculate(new CalculationInput(List.of(facts), List.of(), List.of(),
                Map.of(), defaultHorizonYear, SavingsCalculator.DEFAULT_TOLERANCE));
        for (MeasureYearFigure f : result.measureYearFigures()) {
            add(amounts, new Key("Besparing", f.measureNumber(), f.measureName(), f.year()), f.saving());
            add(amounts, new Key("Kosten", f.measureNumber(), f.measureName(), f.year()), f.cost());
        }
        amounts.values().removeIf(Amount::isZero);
        return amounts;
    }

    private static Map<Key, Amount> targets(List<Target> targets) {
        Map<Key, Amount> amounts = new LinkedHashMap<>();
        targets.forEach(t -> add(amounts, new Key("Taakstelling", t.domain().label(), null, t.year()), t.amount()));
        return amounts;
    }

    private static Map<Key, Amount> realisations(List<Realisation> rows, Map<String, String> measureNames) {
        Map<Key, Amount> amounts = new LinkedHashMap<>();
        rows.forEach(r -> add(amounts, new Key(r.stand().label() + " " + r.kind().label().toLowerCase(),
                r.measureNumber(), measureNames.get(r.measureNumber()), r.year()), r.amount()));
        return amounts;
    }

    private static Map<Key, Amount> budget(List<BudgetLine> rows) {
        Map<Key, Amount> amounts = new LinkedHashMap<>();
        rows.forEach(b -> add(amounts, new Key(b.figure().label(), b.post(), b.domain().label(), b.year()), b.amount()));
        return amounts;
    }

    private static Map<Key, Amount> bookings(List<BookingTotal> rows, Map<String, String> measureNames) {
        Map<Key, Amount> amounts = new LinkedHashMap<>();
        rows.forEach(b -> add(amounts, new Key("Boekingen " + b.kind().label().toLowerCase(), b.measureNumber(),
                measureNames.get(b.measureNumber()), b.year()), Amount.of(b.amount())));
        return amounts;
    }

    private static void add(Map<Key, Amount> amounts, Key key, Amount amount) {
        if (amount != null) {
            amounts.merge(key, amount, Amount::plus);
        }
    }

    private static Map<String, Measure> byNumber(List<Measure> measures) {
        Map<String, Measure> map = new LinkedHashMap<>();
        measures.forEach(m -> map.put(m.number(), m));
        return map;
    }
}
