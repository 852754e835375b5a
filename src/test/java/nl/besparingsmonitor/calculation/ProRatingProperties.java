package nl.besparingsmonitor.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.PlanningYears;

/** Rule 4: the years of a pro-rated amount add up to annual * active months / 12. */
class ProRatingProperties {

    record Period(LocalDate start, LocalDate end) {
    }

    @Property
    void yearsAddUpToAnnualTimesActiveMonthsOverTwelve(@ForAll("annual") BigDecimal annual, @ForAll("periods") Period p) {
        SortedMap<Integer, Amount> years = ProRating.spread(Amount.of(annual), p.start(), p.end());

        BigDecimal sum = years.values().stream().map(Amount::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        int months = countMonths(p);
        assertThat(sum).isEqualByComparingTo(ProRating.partFor(annual, months));
        assertThat(years.firstKey()).isEqualTo(p.start().getYear());
        assertThat(years.lastKey()).isEqualTo(p.end().getYear());
    }

    @Property
    void eachYearIsItsShareOfMonthsWithinRoundingOfTheTwelfths(@ForAll("annual") BigDecimal annual, @ForAll("periods") Period p) {
        SortedMap<Integer, Amount> years = ProRating.spread(Amount.of(annual), p.start(), p.end());
        BigDecimal ulp = BigDecimal.ONE.movePointLeft(RoundingPolicy.INTERNAL_SCALE);
        years.forEach((year, amount) -> {
            LocalDate from = p.start().getYear() == year ? p.start() : LocalDate.of(year, 1, 1);
            LocalDate to = p.end().getYear() == year ? p.end() : LocalDate.of(year, 12, 31);
            BigDecimal exact = annual.multiply(BigDecimal.valueOf(countMonths(new Period(from, to))))
                    .divide(BigDecimal.valueOf(12), 30, java.math.RoundingMode.HALF_UP);
            assertThat(amount.value().subtract(exact).abs()).isLessThanOrEqualTo(ulp);
        });
    }

    @Property(tries = 200)
    void theCalculatorPlansThePeriodOfAnAnnualLine(@ForAll("annual") BigDecimal annual, @ForAll("periods") Period p) {
        var facts = Fixtures.organisation("GM0406", "Huizen")
                .measures(Fixtures.adopted("1", Domain.WMO))
                .lines(Fixtures.annual("1", LineKind.COST, Amount.of(annual), p.start(), p.end()))
                .build();
        List<MeasureYearFigure> figures = Fixtures.calculate(facts).measureYearFigures();

        BigDecimal sum = figures.stream().map(f -> f.cost().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        // only the months within the contract's years count (periods start from 2020 to try that edge)
        LocalDate first = LocalDate.of(PlanningYears.FIRST, 1, 1);
        LocalDate from = p.start().isBefore(first) ? first : p.start();
        int months = p.end().isBefore(from) ? 0 : countMonths(new Period(from, p.end()));
        assertThat(sum).isEqualByComparingTo(ProRating.partFor(annual, months));
        assertThat(figures).allSatisfy(f -> assertThat(PlanningYears.contains(f.year())).isTrue());
        assertThat(figures).allSatisfy(f -> assertThat(f.net().value()).isEqualByComparingTo(f.cost().value().negate()));
    }

    /** Counted independently of ProRating: walk the months. */
    private static int countMonths(Period p) {
        int months = 0;
        for (YearMonth m = YearMonth.from(p.start()); !m.isAfter(YearMonth.from(p.end())); m = m.plusMonths(1)) {
            months++;
        }
        return months;
    }

    @Provide
    Arbitrary<BigDecimal> annual() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-1E9"), new BigDecimal("1E9")).ofScale(2),
                Arbitraries.bigDecimals().between(new BigDecimal("-1E15"), new BigDecimal("1E15")).ofScale(0));
    }

    @Provide
    Arbitrary<Period> periods() {
        Arbitrary<LocalDate> dates = Combinators.combine(
                Arbitraries.integers().between(2020, 2035), Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 28))
                .as(LocalDate::of);
        return Combinators.combine(dates, dates)
                .as((a, b) -> a.isAfter(b) ? new Period(b, a) : new Period(a, b));
    }
}
