package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.BookingTotal;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.domain.Realisation;
import nl.besparingsmonitor.domain.Stand;

/**
 * Domain rule 7: planned versus realised and expected net effect per adopted measure and year.
 *
 * <p>Realised amounts come from {@code Gerealiseerd} rows; where a measure, kind and year has no
 * such row, the summed ledger bookings are used. When both exist the row wins: the ingest already
 * checked it as the control total of those bookings. A year counts as realised when either kind
 * has a realised amount; a kind without one is taken as zero for that year.
 */
final class Monitoring {

    private final Warnings warnings;
    private final BigDecimal tolerance;

    Monitoring(Warnings warnings, BigDecimal tolerance) {
        this.warnings = warnings;
        this.tolerance = tolerance;
    }

    private record Key(String measureNumber, LineKind kind, int year) {
    }

    List<MonitoringFigure> of(OrganisationFacts facts, List<MeasureYearFigure> planned) {
        String org = facts.organisation().code();
        Map<String, Measure> counted = new LinkedHashMap<>();
        facts.measures().stream().filter(m -> m.status() != null && m.status().counts())
                .forEach(m -> counted.putIfAbsent(m.number(), m));
        Set<String> known = new TreeSet<>();
        facts.measures().forEach(m -> known.add(m.number()));

        Map<String, Map<Integer, Amount>> plannedNet = new HashMap<>();
        for (MeasureYearFigure f : planned) {
            if (f.counts()) {
                plannedNet.computeIfAbsent(f.measureNumber(), n -> new TreeMap<>()).merge(f.year(), f.net(), Amount::plus);
            }
        }

        Map<Key, Amount> realisedRows = new HashMap<>();
        Map<Key, Amount> expectedRows = new HashMap<>();
        for (Realisation r : facts.realisations()) {
            if (!known.contains(r.measureNumber())) {
                warnings.add(org, r.measureNumber(), "Realisatie voor maatregel '" + r.measureNumber()
                        + "' die niet in de maatregelen staat; niet meegeteld.");
                continue;
            }
            if (r.amount().value().signum() < 0) {
                warnings.add(org, r.measureNumber(), "Tegenboeking: " + r.kind().label() + " " + r.year() + " ("
                        + r.stand().label().toLowerCase() + ") is " + Warnings.euros(r.amount().value().negate())
                        + " in tegengestelde richting; telt mee met het omgekeerde effect.");
            }
            Map<Key, Amount> rows = r.stand() == Stand.GEREALISEERD ? realisedRows : expectedRows;
            rows.merge(new Key(r.measureNumber(), r.kind(), r.year()), r.amount(), Amount::plus);
        }
        Map<Key, Amount> realised = new HashMap<>(realisedRows);
        for (BookingTotal b : facts.bookingTotals()) {
            if (!known.contains(b.measureNumber())) {
                warnings.add(org, b.measureNumber(), "Boekingen voor maatregel '" + b.measureNumber()
                        + "' die niet in de maatregelen staat; niet meegeteld.");
                continue;
            }
            Key key = new Key(b.measureNumber(), b.kind(), b.year());
            if (!realisedRows.containsKey(key)) {
                realised.merge(key, Amount.of(b.amount()), Amount::plus);
            }
        }

        Map<String, Map<Integer, SavingAndCost>> realisedNet = byMeasureAndYear(realised);
        Map<String, Map<Integer, SavingAndCost>> expectedNet = byMeasureAndYear(expectedRows);
        List<MonitoringFigure> figures = new ArrayList<>();
        for (Measure m : counted.values()) {
            Map<Integer, Amount> plan = plannedNet.getOrDefault(m.number(), Map.of());
            Map<Integer, SavingAndCost> real = realisedNet.getOrDefault(m.number(), Map.of());
            Map<Integer, SavingAndCost> expect = expectedNet.getOrDefault(m.number(), Map.of());
            Set<Integer> years = new TreeSet<>(plan.keySet());
            years.addAll(real.keySet());
            years.addAll(expect.keySet());
            for (int year : years) {
                Amount p = plan.getOrDefault(year, Amount.ZERO);
                Amount r = real.containsKey(year) ? real.get(year).net() : null;
                Amount e = expect.containsKey(year) ? expect.get(year).net() : null;
                figures.add(figure(org, m, year, p, r, e));
            }
        }
        return figures;
    }

    private MonitoringFigure figure(String org, Measure m, int year, Amount planned, Amount realised, Amount expected) {
        Amount comparison = realised != null ? realised : expected;
        Variance v = Variance.of(planned, comparison, tolerance);
        return new MonitoringFigure(org, m.number(), m.name(), m.domain(), year, planned, realised, expected,
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
