package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.BookingTotal;
import nl.besparingsmonitor.domain.BudgetFigureKind;
import nl.besparingsmonitor.domain.BudgetLine;
import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.FinancialLine;
import nl.besparingsmonitor.domain.KeyShare;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.domain.MeasureStatus;
import nl.besparingsmonitor.domain.MeasureType;
import nl.besparingsmonitor.domain.Organisation;
import nl.besparingsmonitor.domain.Realisation;
import nl.besparingsmonitor.domain.Stand;
import nl.besparingsmonitor.domain.Target;

/** Small builders so that each test reads as the council paper it comes from. */
final class Fixtures {

    static final int DEFAULT_HORIZON = 2028;

    private Fixtures() {
    }

    static Measure adopted(String number, Domain domain) {
        return measure(number, domain, MeasureStatus.AANGENOMEN, null);
    }

    static Measure measure(String number, Domain domain, MeasureStatus status, String keyName) {
        return new Measure(number, "Maatregel " + number, domain, status, null, MeasureType.STRUCTUREEL,
                null, null, keyName, null);
    }

    static Measure dated(String number, Domain domain, MeasureType type, LocalDate start, LocalDate end) {
        return new Measure(number, "Maatregel " + number, domain, MeasureStatus.AANGENOMEN, null, type,
                start, end, null, null);
    }

    static FinancialLine saving(String measure, int year, long euros) {
        return line(measure, LineKind.SAVING, year, Amount.of(euros));
    }

    static FinancialLine cost(String measure, int year, long euros) {
        return line(measure, LineKind.COST, year, Amount.of(euros));
    }

    static FinancialLine line(String measure, LineKind kind, int year, Amount amount) {
        return new FinancialLine(measure, kind, null, null, null, year, amount, null, null);
    }

    static FinancialLine forMunicipality(String measure, LineKind kind, String municipality, int year, long euros) {
        return new FinancialLine(measure, kind, null, null, municipality, year, Amount.of(euros), null, null);
    }

    static FinancialLine annual(String measure, LineKind kind, Amount perYear, LocalDate start, LocalDate end) {
        return new FinancialLine(measure, kind, null, null, null, null, perYear, start, end);
    }

    static Target target(Domain domain, int year, long euros) {
        return new Target(domain, year, Amount.of(euros));
    }

    static Realisation realised(String measure, LineKind kind, int year, Amount amount) {
        return new Realisation(measure, kind, Stand.GEREALISEERD, null, year, amount);
    }

    static Realisation realisedFor(String measure, LineKind kind, String municipality, int year, Amount amount) {
        return new Realisation(measure, kind, Stand.GEREALISEERD, municipality, year, amount);
    }

    static Realisation expected(String measure, LineKind kind, int year, Amount amount) {
        return new Realisation(measure, kind, Stand.VERWACHT, null, year, amount);
    }

    static BookingTotal booked(String measure, LineKind kind, int year, long euros) {
        return new BookingTotal(measure, kind, year, BigDecimal.valueOf(euros), 1);
    }

    static BudgetLine budget(String post, Domain domain, BudgetFigureKind figure, int year, long euros) {
        return new BudgetLine(post, domain, figure, year, Amount.of(euros));
    }

    static KeyShare share(String code, String name, String fraction) {
        return new KeyShare(code, name, new BigDecimal(fraction), null);
    }

    static KeyShare inhabitants(String code, long inhabitants) {
        return new KeyShare(code, code, null, inhabitants);
    }

    static DistributionKey key(String owner, String name, KeyShare... shares) {
        return new DistributionKey(owner, name, Arrays.asList(shares));
    }

    static OrganisationBuilder organisation(String code, String name) {
        return new OrganisationBuilder(new Organisation(code, name));
    }

    static CalculationInput input(List<DistributionKey> keys, OrganisationFacts... organisations) {
        return new CalculationInput(List.of(organisations), keys, List.of(), Map.of(), DEFAULT_HORIZON,
                new BigDecimal("0.05"));
    }

    static CalculationResult calculate(OrganisationFacts... organisations) {
        return new SavingsCalculator().calculate(input(List.of(), organisations));
    }

    static final class OrganisationBuilder {
        private final Organisation organisation;
        private final List<Measure> measures = new ArrayList<>();
        private final List<FinancialLine> lines = new ArrayList<>();
        private final List<Target> targets = new ArrayList<>();
        private final List<Realisation> realisations = new ArrayList<>();
        private final List<BudgetLine> budgetLines = new ArrayList<>();
        private final List<BookingTotal> bookings = new ArrayList<>();
        private Integer horizon;
        private LocalDate realisationPeildatum;

        OrganisationBuilder(Organisation organisation) {
            this.organisation = organisation;
        }

        OrganisationBuilder measures(Measure... m) {
            measures.addAll(List.of(m));
            return this;
        }

        OrganisationBuilder lines(FinancialLine... l) {
            lines.addAll(List.of(l));
            return this;
        }

        OrganisationBuilder lines(List<FinancialLine> l) {
            lines.addAll(l);
            return this;
        }

        OrganisationBuilder targets(Target... t) {
            targets.addAll(List.of(t));
            return this;
        }

        OrganisationBuilder realisations(Realisation... r) {
            realisations.addAll(List.of(r));
            return this;
        }

        OrganisationBuilder budget(BudgetLine... b) {
            budgetLines.addAll(List.of(b));
            return this;
        }

        OrganisationBuilder bookings(BookingTotal... b) {
            bookings.addAll(List.of(b));
            return this;
        }

        OrganisationBuilder realisationPeildatum(LocalDate peildatum) {
            realisationPeildatum = peildatum;
            return this;
        }

        OrganisationBuilder horizon(int year) {
            horizon = year;
            return this;
        }

        OrganisationFacts build() {
            return new OrganisationFacts(organisation, measures, lines, targets, horizon, null,
                    realisations, budgetLines, bookings, realisationPeildatum);
        }
    }
}
