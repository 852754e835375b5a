package nl.besparingsmonitor.calculation;

import static nl.besparingsmonitor.calculation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.BudgetFigureKind;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.MeasureType;
import nl.besparingsmonitor.domain.SignConvention;

/** The worked examples of shared/domain.md, to the euro. */
class WorkedExamplesTest {

    @Nested
    class Rule1Sign {

        @Test
        void seed001Measure1In2021HasNetEffectOf424000() {
            // "Kosten 76.000 / Effect -500.000" in the spending view, where savings are written negative
            SignConvention spendingView = SignConvention.SAVINGS_NEGATIVE;
            var facts = organisation("REGIO-GV", "Regio Gooi en Vechtstreek")
                    .measures(adopted("1", Domain.JEUGD))
                    .lines(line("1", LineKind.COST, 2021, Amount.of(spendingView.toMagnitude(LineKind.COST, new BigDecimal("76000")))),
                            line("1", LineKind.SAVING, 2021, Amount.of(spendingView.toMagnitude(LineKind.SAVING, new BigDecimal("-500000")))))
                    .build();

            MeasureYearFigure figure = new ResultQueries(calculate(facts)).figure("1", null, 2021);

            assertThat(figure.saving()).isEqualTo(Amount.of(500_000));
            assertThat(figure.cost()).isEqualTo(Amount.of(76_000));
            assertThat(figure.net()).isEqualTo(Amount.of(424_000));
        }
    }

    @Nested
    class Rule3UnknownAmounts {

        @Test
        void seed001Measure16WithRevenueNtbIsIncompleteNotZero() {
            // "16. Versterken kostenbewustzijn: Kosten 80.000 / Opbrengst ntb"
            var facts = organisation("REGIO-GV", "Regio Gooi en Vechtstreek")
                    .measures(adopted("16", Domain.OVERIG), adopted("1", Domain.JEUGD))
                    .lines(cost("16", 2021, 80_000), line("16", LineKind.SAVING, 2021, Amount.UNKNOWN),
                            saving("1", 2021, 500_000), cost("1", 2021, 76_000))
                    .build();
            ResultQueries q = new ResultQueries(calculate(facts));

            MeasureYearFigure m16 = q.figure("16", null, 2021);
            assertThat(m16.saving().unknown()).isTrue();
            assertThat(m16.net()).isEqualTo(new Amount(new BigDecimal("-80000"), true));

            Total year = q.organisationYear("REGIO-GV", 2021);
            assertThat(year.plannedNet()).isEqualTo(new Amount(new BigDecimal("344000"), true));
            assertThat(year.incomplete()).isTrue();
            assertThat(q.total(TotalLevel.ORGANISATION_MEASURE_YEAR, "REGIO-GV", null, Domain.JEUGD, "1", 2021).incomplete())
                    .isFalse();
            assertThat(q.total(TotalLevel.GRAND_TOTAL, null, null, null, null, null).incomplete()).isTrue();
        }

        @Test
        void unknownAnnualAmountMakesEveryActiveYearUnknown() {
            var facts = organisation("GM0228", "Ede")
                    .measures(dated("P", Domain.WMO, MeasureType.STRUCTUREEL, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 12, 31)))
                    .lines(annual("P", LineKind.SAVING, Amount.UNKNOWN, null, null))
                    .build();
            ResultQueries q = new ResultQueries(calculate(facts));

            assertThat(q.figure("P", "GM0228", 2026).saving()).isEqualTo(Amount.UNKNOWN);
            assertThat(q.figure("P", "GM0228", 2027).saving()).isEqualTo(Amount.UNKNOWN);
        }
    }

    @Nested
    class Rule4ProRating {

        @Test
        void seed000InnovationBudgetMedio2026UntilMedio2029() {
            // "Frictiekosten: 210.000 per jaar (medio 2026 t/m medio 2029)"
            var facts = organisation("GR-MEERINZICHT", "GR Meerinzicht")
                    .measures(adopted("11", Domain.WMO))
                    .lines(annual("11", LineKind.COST, Amount.of(210_000), LocalDate.of(2026, 7, 1), LocalDate.of(2029, 6, 30)))
                    .build();
            ResultQueries q = new ResultQueries(calculate(facts));

            assertThat(q.figure("11", null, 2026).cost()).isEqualTo(Amount.of(105_000));
            assertThat(q.figure("11", null, 2027).cost()).isEqualTo(Amount.of(210_000));
            assertThat(q.figure("11", null, 2028).cost()).isEqualTo(Amount.of(210_000));
            assertThat(q.figure("11", null, 2029).cost()).isEqualTo(Amount.of(105_000));
            assertThat(q.figure("11", null, 2029).net()).isEqualTo(Amount.of(-105_000));
        }

        @Test
        void seed000SupervisionCostsFrom1April2026Until2028UseTheMeasureDates() {
            // "Frictiekosten: 102.000 per jaar vanaf 1 april 2026 t/m 2028"
            var facts = organisation("GR-MEERINZICHT", "GR Meerinzicht")
                    .measures(dated("3", Domain.WMO, MeasureType.INCIDENTEEL, LocalDate.of(2026, 4, 1), LocalDate.of(2028, 12, 31)))
                    .lines(annual("3", LineKind.COST, Amount.of(102_000), null, null))
                    .build();
            ResultQueries q = new ResultQueries(calculate(facts));

            assertThat(q.figure("3", null, 2026).cost()).isEqualTo(Amount.of(76_500));
            assertThat(q.figure("3", null, 2027).cost()).isEqualTo(Amount.of(102_000));
            assertThat(q.figure("3", null, 2028).cost()).isEqualTo(Amount.of(102_000));
        }

        @Test
        void structuralMeasureWithoutEndRunsToTheHorizonIncidentalOnlyItsStartYear() {
            // seed 000: "voor Zeewolde vanaf 2027 ... structureel € 80.000"
            var facts = organisation("GM0050", "Zeewolde").horizon(2029)
                    .measures(dated("S", Domain.WMO, MeasureType.STRUCTUREEL, LocalDate.of(2027, 1, 1), null),
                            dated("I", Domain.WMO, MeasureType.INCIDENTEEL, LocalDate.of(2027, 10, 1), null))
                    .lines(annual("S", LineKind.SAVING, Amount.of(80_000), null, null),
                            annual("I", LineKind.COST, Amount.of(12_000), null, null))
                    .build();
            CalculationResult result = calculate(facts);

            assertThat(result.measureYearFigures()).filteredOn(f -> f.measureNumber().equals("S"))
                    .extracting(MeasureYearFigure::year, f -> f.saving().value())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2027, new BigDecimal("80000")),
                            org.assertj.core.groups.Tuple.tuple(2028, new BigDecimal("80000")),
                            org.assertj.core.groups.Tuple.tuple(2029, new BigDecimal("80000")));
            assertThat(result.measureYearFigures()).filteredOn(f -> f.measureNumber().equals("I"))
                    .extracting(MeasureYearFigure::year, f -> f.cost().value())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2027, new BigDecimal("3000")));
        }
    }

    @Nested
    class Rule5Distribution {

        @Test
        void equalRemaindersGoToTheLargerShareThenToTheLowerCode() {
            // 0.5 and 1.5 euros: both remainders are 0.5, the larger share (GM0002) gets the euro
            var equalRemainders = Distribution.split(new BigDecimal("2"), List.of(
                    new Distribution.Weight("GM0001", new BigDecimal("0.25")),
                    new Distribution.Weight("GM0002", new BigDecimal("0.75"))));
            assertThat(equalRemainders).containsExactly(
                    java.util.Map.entry("GM0001", new BigDecimal("0")), java.util.Map.entry("GM0002", new BigDecimal("2")));

            // 100 over three equal shares: 33.33 each, the left-over euro to the lowest code
            var equalShares = Distribution.split(new BigDecimal("100"), List.of(
                    new Distribution.Weight("GM0300", BigDecimal.ONE),
                    new Distribution.Weight("GM0100", BigDecimal.ONE),
                    new Distribution.Weight("GM0200", BigDecimal.ONE)));
            assertThat(equalShares).containsEntry("GM0100", new BigDecimal("34"))
                    .containsEntry("GM0200", new BigDecimal("33")).containsEntry("GM0300", new BigDecimal("33"));
        }

        @Test
        void negativeTotalsAreSplitSymmetrically() {
            var weights = List.of(new Distribution.Weight("GM0100", BigDecimal.ONE),
                    new Distribution.Weight("GM0200", BigDecimal.ONE), new Distribution.Weight("GM0300", BigDecimal.ONE));
            assertThat(Distribution.split(new BigDecimal("-100"), weights)).containsEntry("GM0100", new BigDecimal("-34"))
                    .containsEntry("GM0200", new BigDecimal("-33")).containsEntry("GM0300", new BigDecimal("-33"));
        }

        @Test
        void theTotalIsRoundedHalfUpToWholeEurosFirst() {
            var parts = Distribution.split(new BigDecimal("10.50"), List.of(
                    new Distribution.Weight("GM0100", BigDecimal.ONE), new Distribution.Weight("GM0200", BigDecimal.ONE)));
            assertThat(parts).containsEntry("GM0100", new BigDecimal("6")).containsEntry("GM0200", new BigDecimal("5"));
        }
    }

    @Nested
    class Rule6TargetCoverage {

        @Test
        void seed002RenkumDoesNotYetMeetItsTargetsIn2026() {
            // Wmo: target € 1.000.000 vs 2024 (500.000 in 2025 + 500.000 in 2026), planned 511.500;
            // Jeugdwet: € 1.009.209 to stay within budget, planned 618.500
            var facts = organisation("GM0274", "Renkum")
                    .measures(adopted("1", Domain.WMO), adopted("2", Domain.WMO), adopted("3", Domain.JEUGD),
                            adopted("7", Domain.JEUGD), measure("X", Domain.WMO, nl.besparingsmonitor.domain.MeasureStatus.AFGEWEZEN, null))
                    .lines(saving("1", 2026, 400_000), saving("2", 2026, 141_500), cost("2", 2026, 30_000),
                            saving("3", 2026, 318_500), saving("7", 2026, 300_000), saving("X", 2026, 999_999))
                    .targets(target(Domain.WMO, 2025, 500_000), target(Domain.WMO, 2026, 1_000_000),
                            target(Domain.JEUGD, 2026, 1_009_209))
                    .build();
            ResultQueries q = new ResultQueries(calculate(facts));

            TargetCoverage wmo = q.coverage(Domain.WMO, 2026);
            assertThat(wmo.planned()).isEqualTo(Amount.of(511_500));
            assertThat(wmo.gap()).isEqualTo(Amount.of(488_500));
            assertThat(wmo.coveragePct()).isEqualByComparingTo("51.15");

            TargetCoverage jeugd = q.coverage(Domain.JEUGD, 2026);
            assertThat(jeugd.planned()).isEqualTo(Amount.of(618_500));
            assertThat(jeugd.gap()).isEqualTo(Amount.of(390_709));
            assertThat(jeugd.coveragePct()).isEqualByComparingTo("61.2856");

            TargetCoverage wmo2025 = q.coverage(Domain.WMO, 2025);
            assertThat(wmo2025.planned()).isEqualTo(Amount.ZERO);
            assertThat(wmo2025.gap()).isEqualTo(Amount.of(500_000));
            assertThat(wmo2025.coveragePct()).isEqualByComparingTo("0");

            Total year = q.organisationYear("GM0274", 2026);
            assertThat(year.target()).isEqualTo(Amount.of(2_009_209));
            assertThat(year.plannedNet()).isEqualTo(Amount.of(1_130_000));
            assertThat(year.gap()).isEqualTo(Amount.of(879_209));
        }
    }

    @Nested
    class Rule7Monitoring {

        private MonitoringFigure monitor(Amount realisedSaving) {
            var facts = organisation("GM0406", "Huizen")
                    .measures(adopted("1", Domain.WMO))
                    .lines(saving("1", 2023, 100_000))
                    .realisations(realised("1", LineKind.SAVING, 2023, realisedSaving))
                    .build();
            return new ResultQueries(calculate(facts)).monitoring("1", 2023);
        }

        @Test
        void statusesAroundTheFivePercentTolerance() {
            assertThat(monitor(Amount.of(95_000)).status()).isEqualTo(MonitoringStatus.OP_KOERS);
            assertThat(monitor(Amount.of(94_999)).status()).isEqualTo(MonitoringStatus.ACHTER);
            assertThat(monitor(Amount.of("94999.99")).status()).isEqualTo(MonitoringStatus.ACHTER);
            assertThat(monitor(Amount.of(105_000)).status()).isEqualTo(MonitoringStatus.OP_KOERS);
            assertThat(monitor(Amount.of(105_001)).status()).isEqualTo(MonitoringStatus.VOOR);
            assertThat(monitor(new Amount(new BigDecimal("100000"), true)).status()).isEqualTo(MonitoringStatus.ONBEKEND);
        }

        @Test
        void varianceAndPercentage() {
            MonitoringFigure behind = monitor(Amount.of(94_999));
            assertThat(behind.variance()).isEqualByComparingTo("-5001");
            assertThat(behind.variancePct()).isEqualByComparingTo("-5.001");
            assertThat(behind.realised()).isEqualTo(Amount.of(94_999));
        }

        @Test
        void anOpenYearComparesTheExpectationAndAYearWithNeitherIsUnknown() {
            var facts = organisation("GM0406", "Huizen")
                    .measures(adopted("1", Domain.WMO))
                    .lines(saving("1", 2024, 100_000), saving("1", 2025, 100_000))
                    .realisations(expected("1", LineKind.SAVING, 2024, Amount.of(90_000)))
                    .build();
            ResultQueries q = new ResultQueries(calculate(facts));

            MonitoringFigure open = q.monitoring("1", 2024);
            assertThat(open.realised()).isNull();
            assertThat(open.expected()).isEqualTo(Amount.of(90_000));
            assertThat(open.variance()).isEqualByComparingTo("-10000");
            assertThat(open.variancePct()).isEqualByComparingTo("-10");
            assertThat(open.status()).isEqualTo(MonitoringStatus.ACHTER);

            MonitoringFigure nothing = q.monitoring("1", 2025);
            assertThat(nothing.status()).isEqualTo(MonitoringStatus.ONBEKEND);
            assertThat(nothing.variance()).isNull();
            assertThat(nothing.variancePct()).isNull();
        }
    }

    @Nested
    class Rule8BudgetSaldo {

        @Test
        void seed004Huizen2023() {
            var facts = organisation("GM0406", "Huizen")
                    .budget(budget("Wmo begeleiding", Domain.WMO, BudgetFigureKind.BEGROTING, 2023, 1_852_736),
                            budget("Wmo begeleiding", Domain.WMO, BudgetFigureKind.REALISATIE, 2023, 1_637_358),
                            budget("Jeugd begeleiding", Domain.JEUGD, BudgetFigureKind.BEGROTING, 2023, 1_885_030),
                            budget("Jeugd begeleiding", Domain.JEUGD, BudgetFigureKind.REALISATIE, 2023, 1_725_754))
                    .targets(target(Domain.WMO, 2023, 145_000), target(Domain.JEUGD, 2023, 25_000))
                    .build();
            CalculationResult result = calculate(facts);

            assertThat(result.budgetSaldi()).extracting(BudgetSaldo::saldo)
                    .containsExactly(Amount.of(215_378), Amount.of(159_276));
            assertThat(result.budgetSaldi()).allSatisfy(s -> assertThat(s.forecast()).isFalse());
            assertThat(result.expectedTotalSavings()).containsExactly(new ExpectedTotalSaving("GM0406", 2023,
                    Amount.of(374_654), Amount.of(170_000), Amount.of(544_654)));
            Total year = new ResultQueries(result).organisationYear("GM0406", 2023);
            assertThat(year.budgetSaldo()).isEqualTo(Amount.of(374_654));
            assertThat(year.expectedTotalSaving()).isEqualTo(Amount.of(544_654));
        }
    }
}
