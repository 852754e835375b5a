package nl.besparingsmonitor.calculation;

import static nl.besparingsmonitor.calculation.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.BudgetFigureKind;
import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.SignConvention;

/** Figures taken from the council papers in shared/seeds/. */
class SeedCasesTest {

    private static final String REGION = "REGIO-GV";
    private static final String HILVERSUM = "GM0402";

    /**
     * Seed 001: Hilversum books "about 35%" of the regional figures (by inhabitants). The other
     * shares are illustrative; they make the key add up to 100%.
     */
    private static final DistributionKey GOOI_EN_VECHTSTREEK = key(REGION, "Inwoners 2021",
            share(HILVERSUM, "Hilversum", "0.35"), share("GM1942", "Gooise Meren", "0.235"),
            share("GM0406", "Huizen", "0.165"), share("GM1696", "Wijdemeren", "0.10"),
            share("GM0417", "Laren", "0.05"), share("GM0376", "Blaricum", "0.05"), share("GM0317", "Eemnes", "0.05"));

    /** Amounts as the seed prints them, in its spending view (savings negative). */
    private static FinancialLineSpec entered(String measure, LineKind kind, int year, long printed) {
        return new FinancialLineSpec(measure, kind, year, printed);
    }

    private record FinancialLineSpec(String measure, LineKind kind, int year, long printed) {
        nl.besparingsmonitor.domain.FinancialLine normalised() {
            BigDecimal magnitude = SignConvention.SAVINGS_NEGATIVE.toMagnitude(kind, BigDecimal.valueOf(printed));
            return line(measure, kind, year, Amount.of(magnitude));
        }
    }

    @Nested
    class GooiEnVechtstreek {

        private final CalculationResult result = new SavingsCalculator().calculate(input(List.of(GOOI_EN_VECHTSTREEK),
                organisation(REGION, "Regio Gooi en Vechtstreek")
                        .measures(measure("1", Domain.JEUGD, nl.besparingsmonitor.domain.MeasureStatus.AANGENOMEN, "Inwoners 2021"),
                                measure("2", Domain.JEUGD, nl.besparingsmonitor.domain.MeasureStatus.AANGENOMEN, "inwoners 2021 "),
                                measure("13", Domain.BESCHERMD_WONEN, nl.besparingsmonitor.domain.MeasureStatus.AANGENOMEN, "Inwoners 2021"))
                        .lines(List.of(
                                entered("1", LineKind.COST, 2021, 76_000).normalised(),
                                entered("1", LineKind.SAVING, 2021, -500_000).normalised(),
                                // "--1.538.246": the ingest reads the typo as -1.538.246
                                entered("2", LineKind.COST, 2023, 80_000).normalised(),
                                entered("2", LineKind.SAVING, 2023, -1_538_246).normalised(),
                                // "Kosten -600.000": a negative cost in the spending view is a reversal
                                entered("13", LineKind.COST, 2021, -600_000).normalised()))
                        .build(),
                organisation(HILVERSUM, "Hilversum")
                        .measures(adopted("H1", Domain.WMO))
                        .lines(saving("H1", 2021, 10_000))
                        .targets(target(Domain.JEUGD, 2021, 200_000))
                        .build()));
        private final ResultQueries q = new ResultQueries(result);

        @Test
        void hilversumBooks35PercentOfMeasure1() {
            MeasureYearFigure hilversum = q.figure("1", HILVERSUM, 2021);
            assertThat(hilversum.saving()).isEqualTo(Amount.of(175_000));
            assertThat(hilversum.cost()).isEqualTo(Amount.of(26_600));
            assertThat(hilversum.net()).isEqualTo(Amount.of(148_400));
        }

        @Test
        void measure2PartsAddUpExactlyWithLargestRemainders() {
            assertThat(result.measureYearFigures()).filteredOn(f -> f.measureNumber().equals("2"))
                    .extracting(MeasureYearFigure::municipalityCode, f -> f.saving().value())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("GM0317", new BigDecimal("76912")),
                            org.assertj.core.groups.Tuple.tuple("GM0376", new BigDecimal("76912")),
                            org.assertj.core.groups.Tuple.tuple("GM0402", new BigDecimal("538386")),
                            org.assertj.core.groups.Tuple.tuple("GM0406", new BigDecimal("253811")),
                            org.assertj.core.groups.Tuple.tuple("GM0417", new BigDecimal("76912")),
                            org.assertj.core.groups.Tuple.tuple("GM1696", new BigDecimal("153825")),
                            org.assertj.core.groups.Tuple.tuple("GM1942", new BigDecimal("361488")));
            Total measure2 = q.total(TotalLevel.ORGANISATION_MEASURE_YEAR, REGION, null, Domain.JEUGD, "2", 2023);
            assertThat(measure2.plannedSaving()).isEqualTo(Amount.of(1_538_246));
            assertThat(measure2.plannedNet()).isEqualTo(Amount.of(1_458_246));
        }

        @Test
        void aNegativeCostIsAReversalThatCountsAsFavourableAndIsWarned() {
            assertThat(q.figure("13", HILVERSUM, 2021).net()).isEqualTo(Amount.of(210_000));
            assertThat(q.total(TotalLevel.ORGANISATION_MEASURE_YEAR, REGION, null, Domain.BESCHERMD_WONEN, "13", 2021)
                    .plannedNet()).isEqualTo(Amount.of(600_000));
            assertThat(result.warnings()).contains(new CalculationWarning(REGION, "13",
                    "Tegenboeking: Kosten 2021 is € 600.000 in tegengestelde richting; telt mee met het omgekeerde effect."));
        }

        @Test
        void hilversumsMunicipalityTotalIsItsOwnMeasuresPlusItsRegionalShares() {
            Total hilversum2021 = q.municipalityYear(HILVERSUM, 2021);
            // own 10.000 + 35% of (424.000 + 600.000)
            assertThat(hilversum2021.plannedNet()).isEqualTo(Amount.of(10_000 + 148_400 + 210_000));
            assertThat(hilversum2021.target()).isEqualTo(Amount.of(200_000));
            assertThat(hilversum2021.gap()).isEqualTo(Amount.of(200_000 - 368_400));
            // monitored through its own measures and its regional shares; nothing realised yet
            assertThat(hilversum2021.realisedNet()).isNull();
            assertThat(hilversum2021.status()).isEqualTo(MonitoringStatus.ONBEKEND);
        }

        @Test
        void theRegionalTotalsAreTheSumOfTheMunicipalParts() {
            Total region2021 = q.organisationYear(REGION, 2021);
            assertThat(region2021.plannedNet()).isEqualTo(Amount.of(424_000 + 600_000));
            assertThat(result.measureYearFigures()).allSatisfy(f -> assertThat(f.municipalityCode()).isNotNull());
        }
    }

    @Nested
    class Huizen {

        private final CalculationResult result = calculate(organisation("GM0406", "Huizen")
                .measures(adopted("Begeleiding", Domain.WMO))
                .lines(saving("Begeleiding", 2022, 130_000), saving("Begeleiding", 2023, 170_000),
                        saving("Begeleiding", 2024, 387_000))
                .realisations(realised("Begeleiding", LineKind.SAVING, 2022, Amount.of(295_000)),
                        expected("Begeleiding", LineKind.SAVING, 2023, Amount.of(544_654)))
                .targets(target(Domain.WMO, 2023, 145_000), target(Domain.JEUGD, 2023, 25_000),
                        target(Domain.WMO, 2024, 275_000), target(Domain.JEUGD, 2024, 112_000),
                        target(Domain.WMO, 2025, 375_000), target(Domain.JEUGD, 2025, 187_000),
                        target(Domain.WMO, 2026, 505_000), target(Domain.JEUGD, 2026, 257_000))
                .budget(budget("Wmo begeleiding", Domain.WMO, BudgetFigureKind.BEGROTING, 2023, 1_852_736),
                        budget("Wmo begeleiding", Domain.WMO, BudgetFigureKind.REALISATIE, 2023, 1_637_358),
                        budget("Wmo begeleiding", Domain.WMO, BudgetFigureKind.BEGROTING, 2024, 1_585_593),
                        budget("Wmo begeleiding", Domain.WMO, BudgetFigureKind.PROGNOSE, 2024, 1_345_745),
                        budget("Wmo begeleiding", Domain.WMO, BudgetFigureKind.BEGROTING, 2025, 1_485_593),
                        budget("Wmo begeleiding", Domain.WMO, BudgetFigureKind.PROGNOSE, 2025, 1_226_183),
                        budget("Wmo begeleiding", Domain.WMO, BudgetFigureKind.BEGROTING, 2026, 1_355_593),
                        budget("Wmo begeleiding", Domain.WMO, BudgetFigureKind.PROGNOSE, 2026, 1_171_782),
                        budget("Jeugd begeleiding", Domain.JEUGD, BudgetFigureKind.BEGROTING, 2023, 1_885_030),
                        budget("Jeugd begeleiding", Domain.JEUGD, BudgetFigureKind.REALISATIE, 2023, 1_725_754),
                        budget("Jeugd begeleiding", Domain.JEUGD, BudgetFigureKind.BEGROTING, 2024, 1_702_354),
                        budget("Jeugd begeleiding", Domain.JEUGD, BudgetFigureKind.PROGNOSE, 2024, 1_725_754),
                        budget("Jeugd begeleiding", Domain.JEUGD, BudgetFigureKind.BEGROTING, 2025, 1_627_354),
                        budget("Jeugd begeleiding", Domain.JEUGD, BudgetFigureKind.PROGNOSE, 2025, 1_725_754),
                        budget("Jeugd begeleiding", Domain.JEUGD, BudgetFigureKind.BEGROTING, 2026, 1_557_354),
                        budget("Jeugd begeleiding", Domain.JEUGD, BudgetFigureKind.PROGNOSE, 2026, 1_725_754))
                .build());

        @Test
        void saldiAndExpectedTotalSavings2023To2026AsInTable2() {
            assertThat(result.budgetSaldi()).extracting(BudgetSaldo::year, BudgetSaldo::post, b -> b.saldo().value(), BudgetSaldo::forecast)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2023, "Wmo begeleiding", new BigDecimal("215378"), false),
                            org.assertj.core.groups.Tuple.tuple(2023, "Jeugd begeleiding", new BigDecimal("159276"), false),
                            org.assertj.core.groups.Tuple.tuple(2024, "Wmo begeleiding", new BigDecimal("239848"), true),
                            org.assertj.core.groups.Tuple.tuple(2024, "Jeugd begeleiding", new BigDecimal("-23400"), true),
                            org.assertj.core.groups.Tuple.tuple(2025, "Wmo begeleiding", new BigDecimal("259410"), true),
                            org.assertj.core.groups.Tuple.tuple(2025, "Jeugd begeleiding", new BigDecimal("-98400"), true),
                            org.assertj.core.groups.Tuple.tuple(2026, "Wmo begeleiding", new BigDecimal("183811"), true),
                            org.assertj.core.groups.Tuple.tuple(2026, "Jeugd begeleiding", new BigDecimal("-168400"), true));
            assertThat(result.expectedTotalSavings())
                    .extracting(ExpectedTotalSaving::year, e -> e.saldoTotal().value(), e -> e.target().value(), e -> e.expectedTotal().value())
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(2023, new BigDecimal("374654"), new BigDecimal("170000"), new BigDecimal("544654")),
                            org.assertj.core.groups.Tuple.tuple(2024, new BigDecimal("216448"), new BigDecimal("387000"), new BigDecimal("603448")),
                            org.assertj.core.groups.Tuple.tuple(2025, new BigDecimal("161010"), new BigDecimal("562000"), new BigDecimal("723010")),
                            org.assertj.core.groups.Tuple.tuple(2026, new BigDecimal("15411"), new BigDecimal("762000"), new BigDecimal("777411")));
        }

        @Test
        void monitoringAsInTable1() {
            ResultQueries q = new ResultQueries(result);
            MonitoringFigure y2022 = q.monitoring("Begeleiding", 2022);
            assertThat(y2022.variance()).isEqualByComparingTo("165000");
            assertThat(y2022.variancePct()).isEqualByComparingTo("126.9231");
            assertThat(y2022.status()).isEqualTo(MonitoringStatus.VOOR);

            MonitoringFigure y2023 = q.monitoring("Begeleiding", 2023);
            assertThat(y2023.realised()).isNull();
            assertThat(y2023.variance()).isEqualByComparingTo("374654");
            assertThat(y2023.status()).isEqualTo(MonitoringStatus.VOOR);

            assertThat(q.monitoring("Begeleiding", 2024).status()).isEqualTo(MonitoringStatus.ONBEKEND);
        }

        @Test
        void organisationTotalOverAllYears() {
            Total all = new ResultQueries(result).total(TotalLevel.ORGANISATION, "GM0406", null, null, null, null);
            assertThat(all.plannedNet()).isEqualTo(Amount.of(687_000));
            assertThat(all.target()).isEqualTo(Amount.of(170_000 + 387_000 + 562_000 + 762_000));
            assertThat(all.budgetSaldo()).isEqualTo(Amount.of(374_654 + 216_448 + 161_010 + 15_411));
            assertThat(all.expectedTotalSaving()).isEqualTo(Amount.of(544_654 + 603_448 + 723_010 + 777_411));
            // 2024 has neither realisation nor forecast, so the whole is not comparable yet
            assertThat(all.status()).isEqualTo(MonitoringStatus.ONBEKEND);
            assertThat(all.incomplete()).isFalse();
        }
    }
}
