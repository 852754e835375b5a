package nl.besparingsmonitor.calculation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.BudgetFigureKind;
import nl.besparingsmonitor.domain.BudgetLine;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.Target;

/**
 * Domain rule 8: saldo = budget - (expected) realisation per budget line and year, and the total
 * expected saving of a year = sum of saldi + that year's target (the budget already includes it).
 * Without the organisation's proposals its target is unknown, so that total is incomplete.
 *
 * <p>A year that has ended (before the year of the Realisatie's Peildatum) is measured by its
 * realisation; a year still open by its forecast, the expected realisation of the whole year, as the
 * council papers' '(verwachte) realisatie': a realisation to date set against a full year's budget
 * made the saldo look larger than it will be. Either stands in when the other is missing. A budget without realisation or forecast gets
 * no saldo and makes the year's saldo total incomplete: an open line must not look like a saldo of
 * zero. A realisation or forecast without budget is warned about and left out.
 */
final class BudgetSaldi {

    private final Warnings warnings;

    BudgetSaldi(Warnings warnings) {
        this.warnings = warnings;
    }

    private record Key(String post, Domain domain, int year) {
    }

    /** The three figures of one budget line and year. */
    private static final class Figures {
        final Map<BudgetFigureKind, Amount> byKind = new LinkedHashMap<>();
    }

    List<BudgetSaldo> of(OrganisationFacts facts) {
        String org = facts.organisation().code();
        Map<Key, Figures> lines = new LinkedHashMap<>();
        for (BudgetLine l : facts.budgetLines()) {
            lines.computeIfAbsent(new Key(l.post(), l.domain(), l.year()), k -> new Figures())
                    .byKind.merge(l.figure(), l.amount(), Amount::plus);
        }
        List<BudgetSaldo> rows = new ArrayList<>();
        Integer firstOpenYear = facts.realisationPeildatum() == null ? null : facts.realisationPeildatum().getYear();
        lines.forEach((key, figures) -> {
            Amount budget = figures.byKind.get(BudgetFigureKind.BEGROTING);
            Amount realisation = figures.byKind.get(BudgetFigureKind.REALISATIE);
            Amount forecast = figures.byKind.get(BudgetFigureKind.PROGNOSE);
            if (budget == null) {
                warnings.add(org, null, "Begrotingspost '" + key.post() + "' " + key.year()
                        + " heeft een realisatie of prognose maar geen begroting; niet meegeteld.");
                return;
            }
            boolean open = firstOpenYear == null || key.year() >= firstOpenYear;
            boolean useForecast = forecast != null && (open || realisation == null);
            Amount actual = useForecast ? forecast : realisation;
            rows.add(new BudgetSaldo(org, key.post(), key.domain(), key.year(), budget, actual,
                    useForecast, actual == null ? null : budget.minus(actual)));
        });
        rows.sort(Comparator.comparing(BudgetSaldo::year));
        return rows;
    }

    static List<ExpectedTotalSaving> expectedTotals(OrganisationFacts facts, List<BudgetSaldo> saldi) {
        Map<Integer, Amount> saldoTotals = new TreeMap<>();
        for (BudgetSaldo s : saldi) {
            saldoTotals.merge(s.year(), s.saldo() == null ? Amount.UNKNOWN : s.saldo(), Amount::plus);
        }
        Map<Integer, Amount> targets = new TreeMap<>();
        for (Target t : facts.targets()) {
            targets.merge(t.year(), t.amount(), Amount::plus);
        }
        List<ExpectedTotalSaving> rows = new ArrayList<>();
        boolean targetsKnown = facts.proposalsLoaded();
        saldoTotals.forEach((year, saldo) -> {
            // without its proposals the target is unknown: the saldo is the known part of an incomplete total
            Amount target = targetsKnown ? targets.getOrDefault(year, Amount.ZERO) : null;
            rows.add(new ExpectedTotalSaving(facts.organisation().code(), year, saldo, target,
                    saldo.plus(target == null ? Amount.UNKNOWN : target)));
        });
        return rows;
    }
}
