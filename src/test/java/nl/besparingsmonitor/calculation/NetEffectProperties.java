package nl.besparingsmonitor.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.SignConvention;

/** Rule 1: net = savings - costs, whatever convention the workbook was written in. */
class NetEffectProperties {

    @Property(tries = 300)
    void netIsSavingMinusCostOfTheEnteredAmounts(@ForAll SignConvention convention,
                                                 @ForAll("amounts") BigDecimal enteredSaving,
                                                 @ForAll("amounts") BigDecimal enteredCost) {
        BigDecimal saving = convention.toMagnitude(LineKind.SAVING, enteredSaving);
        BigDecimal cost = convention.toMagnitude(LineKind.COST, enteredCost);

        assertThat(net(saving, cost)).isEqualByComparingTo(saving.subtract(cost));
    }

    @Property(tries = 300)
    void theSameEffectGivesTheSameNetInEveryConvention(@ForAll SignConvention convention,
                                                       @ForAll("amounts") BigDecimal savingMagnitude,
                                                       @ForAll("amounts") BigDecimal costMagnitude) {
        // How a finance officer following this convention would type the amounts in.
        BigDecimal enteredSaving = savingMagnitude.multiply(BigDecimal.valueOf(convention.expectedSign(LineKind.SAVING)));
        BigDecimal enteredCost = costMagnitude.multiply(BigDecimal.valueOf(convention.expectedSign(LineKind.COST)));

        BigDecimal net = net(convention.toMagnitude(LineKind.SAVING, enteredSaving), convention.toMagnitude(LineKind.COST, enteredCost));

        assertThat(net).isEqualByComparingTo(savingMagnitude.subtract(costMagnitude));
    }

    private static BigDecimal net(BigDecimal saving, BigDecimal cost) {
        var facts = Fixtures.organisation("GM0406", "Huizen")
                .measures(Fixtures.adopted("1", Domain.WMO))
                .lines(Fixtures.line("1", LineKind.SAVING, 2024, Amount.of(saving)),
                        Fixtures.line("1", LineKind.COST, 2024, Amount.of(cost)))
                .build();
        CalculationResult result = Fixtures.calculate(facts);
        BigDecimal figureNet = new ResultQueries(result).figure("1", "GM0406", 2024).net().value();
        assertThat(new ResultQueries(result).organisationYear("GM0406", 2024).plannedNet().value())
                .isEqualByComparingTo(figureNet);
        return figureNet;
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1E12"), new BigDecimal("1E12")).ofScale(2);
    }
}
