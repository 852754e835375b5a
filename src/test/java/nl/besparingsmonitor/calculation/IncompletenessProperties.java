package nl.besparingsmonitor.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.FinancialLine;
import nl.besparingsmonitor.domain.LineKind;

/** Rule 3: a total is incomplete if and only if one of its parts is unknown, and unknown is never zero. */
class IncompletenessProperties {

    @Property(tries = 300)
    void aTotalIsIncompleteIffAPartIsUnknown(@ForAll("lines") List<FinancialLine> lines) {
        var facts = Fixtures.organisation("GM0406", "Huizen")
                .measures(Fixtures.adopted("1", Domain.WMO), Fixtures.adopted("2", Domain.JEUGD))
                .lines(lines)
                .build();
        ResultQueries q = new ResultQueries(Fixtures.calculate(facts));
        boolean anyUnknown = lines.stream().anyMatch(l -> l.amount().unknown());
        BigDecimal knownNet = lines.stream()
                .map(l -> l.kind() == LineKind.SAVING ? l.amount().value() : l.amount().value().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        Total year = q.organisationYear("GM0406", 2024);
        assertThat(year.incomplete()).isEqualTo(anyUnknown);
        assertThat(year.plannedNet().unknown()).isEqualTo(anyUnknown);
        assertThat(year.plannedNet().value()).isEqualByComparingTo(knownNet);
        assertThat(q.total(TotalLevel.GRAND_TOTAL, null, null, null, null, null).incomplete()).isEqualTo(anyUnknown);
        for (String measure : List.of("1", "2")) {
            boolean measureUnknown = lines.stream().anyMatch(l -> l.measureNumber().equals(measure) && l.amount().unknown());
            boolean hasLines = lines.stream().anyMatch(l -> l.measureNumber().equals(measure));
            if (hasLines) {
                Domain domain = measure.equals("1") ? Domain.WMO : Domain.JEUGD;
                assertThat(q.total(TotalLevel.ORGANISATION_MEASURE_YEAR, "GM0406", null, domain, measure, 2024).incomplete())
                        .isEqualTo(measureUnknown);
            }
        }
    }

    @Provide
    Arbitrary<List<FinancialLine>> lines() {
        Arbitrary<Amount> amounts = Combinators.combine(
                Arbitraries.bigDecimals().between(new BigDecimal("-1E7"), new BigDecimal("1E7")).ofScale(2),
                Arbitraries.integers().between(0, 4))
                .as((value, dice) -> dice == 0 ? new Amount(BigDecimal.ZERO, true) : dice == 1 ? new Amount(value, true) : Amount.of(value));
        Arbitrary<FinancialLine> line = Combinators.combine(
                Arbitraries.of("1", "2"), Arbitraries.of(LineKind.class), amounts)
                .as((measure, kind, amount) -> Fixtures.line(measure, kind, 2024, amount));
        return line.list().ofMinSize(1).ofMaxSize(8);
    }
}
