package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.domain.FinancialLine;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.domain.MeasureType;
import nl.besparingsmonitor.domain.Organisation;
import nl.besparingsmonitor.domain.PlanningYears;

/**
 * Turns an organisation's financial lines into {@link MeasureYearFigure}s: annual amounts are
 * pro-rated (rule 4), regional amounts distributed over member municipalities (rule 5).
 *
 * <p>Where amounts go:
 * <ul>
 *   <li>a line with a municipality code goes to that municipality only, when it can have it
 *       ({@link NamedMunicipalities}; otherwise it stays at organisation level, warned);</li>
 *   <li>a municipality's own amounts go to itself;</li>
 *   <li>a region's other amounts are split by the measure's key, summed per year and kind first so
 *       that rounding happens once; without a usable key they stay at organisation level
 *       (municipality null).</li>
 * </ul>
 *
 * <p>Dates of an annual amount (Jaarbedrag), when missing:
 * <ul>
 *   <li>no end date: a structural measure runs to 31 December of the horizon year, an incidental
 *       one to the end of its start year;</li>
 *   <li>no start date: 1 January of the first planning year, being the first year column the
 *       organisation used, else the year of its Voorstellen peildatum, else the horizon year
 *       (with a warning, since the council paper should have said).</li>
 * </ul>
 */
final class PlannedFigures {

    private static final Comparator<Slot> SLOT_ORDER = Comparator
            .comparing(Slot::municipalityCode, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Slot::year);

    private final DistributionKeys keys;
    private final NamedMunicipalities municipalities;
    private final Warnings warnings;
    private final int defaultHorizonYear;

    PlannedFigures(DistributionKeys keys, NamedMunicipalities municipalities, Warnings warnings, int defaultHorizonYear) {
        this.keys = keys;
        this.municipalities = municipalities;
        this.warnings = warnings;
        this.defaultHorizonYear = defaultHorizonYear;
    }

    /** Where an amount lands: a municipality (null = organisation level) and a year. */
    private record Slot(String municipalityCode, int year) {
    }


    List<MeasureYearFigure> of(OrganisationFacts facts) {
        Organisation org = facts.organisation();
        Map<String, Measure> measures = new LinkedHashMap<>();
        facts.measures().forEach(m -> measures.putIfAbsent(m.number(), m));

        Map<String, Map<Slot, SavingAndCost>> placed = new LinkedHashMap<>();
        Map<String, Map<Slot, SavingAndCost>> toDistribute = new LinkedHashMap<>();
        measures.keySet().forEach(n -> {
            placed.put(n, new TreeMap<>(SLOT_ORDER));
            toDistribute.put(n, new TreeMap<>(SLOT_ORDER));
        });

        for (FinancialLine line : facts.lines()) {
            Measure measure = measures.get(line.measureNumber());
            if (measure == null) {
                warnings.add(org.code(), line.measureNumber(), "Financiële regel voor maatregel '"
                        + line.measureNumber() + "' die niet in de maatregelen staat; niet meegeteld.");
                continue;
            }
            warnIfReversal(org, line);
            // a named municipality that cannot have the amount leaves it at organisation level, not split by the key
            boolean named = line.municipalityCode() != null;
            String municipality = named
                    ? municipalities.placeOf(org, measure.number(), line.municipalityCode(), "Financiële regel").orElse(null)
                    : org.isMunicipality() ? org.code() : null;
            Map<Slot, SavingAndCost> target = named || municipality != null ? placed.get(measure.number())
                    : toDistribute.get(measure.number());
            yearAmounts(facts, measure, line).forEach((year, amount) ->
                    target.computeIfAbsent(new Slot(municipality, year), s -> new SavingAndCost()).add(line.kind(), amount));
        }

        List<MeasureYearFigure> figures = new ArrayList<>();
        for (Measure measure : measures.values()) {
            Map<Slot, SavingAndCost> slots = placed.get(measure.number());
            distribute(org, measure, toDistribute.get(measure.number()), slots);
            slots.forEach((slot, f) -> figures.add(new MeasureYearFigure(org.code(), measure.number(), measure.name(),
                    measure.domain(), measure.status(), slot.municipalityCode(), slot.year(),
                    f.saving, f.cost, f.saving.minus(f.cost))));
        }
        return figures;
    }

    /** Splits the organisation-level amounts of a measure over its key, or leaves them at organisation level. */
    private void distribute(Organisation org, Measure measure, Map<Slot, SavingAndCost> regional, Map<Slot, SavingAndCost> placed) {
        if (regional.isEmpty()) {
            return;
        }
        Optional<List<Distribution.Weight>> weights = Optional.empty();
        if (measure.keyName() == null || measure.keyName().isBlank()) {
            if (measure.status() != null && measure.status().counts()) {
                warnings.add(org.code(), measure.number(), "Maatregel heeft regionale bedragen maar geen verdeelsleutel;"
                        + " de bedragen blijven op het niveau van de organisatie.");
            }
        } else {
            weights = keys.weights(org.code(), measure.number(), measure.keyName());
        }
        if (weights.isEmpty()) {
            regional.forEach((slot, f) -> {
                SavingAndCost here = placed.computeIfAbsent(slot, s -> new SavingAndCost());
                here.add(LineKind.SAVING, f.saving);
                here.add(LineKind.COST, f.cost);
            });
            return;
        }
        for (Map.Entry<Slot, SavingAndCost> e : regional.entrySet()) {
            int year = e.getKey().year();
            Distribution.split(e.getValue().saving, weights.get()).forEach((municipality, part) ->
                    placed.computeIfAbsent(new Slot(municipality, year), s -> new SavingAndCost()).add(LineKind.SAVING, part));
            Distribution.split(e.getValue().cost, weights.get()).forEach((municipality, part) ->
                    placed.computeIfAbsent(new Slot(municipality, year), s -> new SavingAndCost()).add(LineKind.COST, part));
        }
    }

    private SortedMap<Integer, Amount> yearAmounts(OrganisationFacts facts, Measure measure, FinancialLine line) {
        SortedMap<Integer, Amount> years = new TreeMap<>();
        if (!line.isAnnualAmount()) {
            years.put(line.year(), line.amount());
            return years;
        }
        String org = facts.organisation().code();
        int horizon = horizonYear(facts);
        LocalDate start = line.startDate() != null ? line.startDate() : measure.startDate();
        LocalDate end = line.endDate() != null ? line.endDate() : measure.endDate();
        if (start == null) {
            start = LocalDate.of(firstPlanningYear(facts, horizon), 1, 1);
            warnings.add(org, measure.number(),
                    "Jaarbedrag zonder startdatum; gerekend vanaf " + DutchTime.date(start) + ".");
        }
        if (end == null) {
            boolean incidental = measure.type() == MeasureType.INCIDENTEEL;
            end = LocalDate.of(incidental ? start.getYear() : horizon, 12, 31);
        }
        if (end.isBefore(start)) {
            warnings.add(org, measure.number(), "Jaarbedrag met einddatum " + DutchTime.date(end)
                    + " vóór startdatum " + DutchTime.date(start)
                    + (line.endDate() == null && measure.endDate() == null ? " (einde planningshorizon)" : "")
                    + "; niet meegeteld.");
            return years;
        }
        // the contract's years are the plan's years; the sender was warned at the date's cell
        LocalDate first = LocalDate.of(PlanningYears.FIRST, 1, 1);
        LocalDate last = LocalDate.of(PlanningYears.LAST, 12, 31);
        LocalDate from = start.isBefore(first) ? first : start;
        LocalDate to = end.isAfter(last) ? last : end;
        return to.isBefore(from) ? years : ProRating.spread(line.amount(), from, to);
    }

    private int horizonYear(OrganisationFacts facts) {
        return facts.horizonYear() != null ? facts.horizonYear() : defaultHorizonYear;
    }

    private static int firstPlanningYear(OrganisationFacts facts, int horizon) {
        return facts.lines().stream()
                .filter(l -> !l.isAnnualAmount())
                .mapToInt(FinancialLine::year)
                .min()
                .orElse(facts.proposalsPeildatum() != null ? facts.proposalsPeildatum().getYear() : horizon);
    }

    private void warnIfReversal(Organisation org, FinancialLine line) {
        BigDecimal value = line.amount().value();
        if (value.signum() < 0) {
            String when = line.isAnnualAmount() ? "jaarbedrag" : String.valueOf(line.year());
            warnings.add(org.code(), line.measureNumber(), "Tegenboeking: " + line.kind().label() + " " + when + " is "
                    + Warnings.euros(value.negate()) + " in tegengestelde richting; telt mee met het omgekeerde effect.");
        }
    }
}
