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
import nl.besparingsmonitor.domain.DistributionKey;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.MeasureStatus;
import nl.besparingsmonitor.domain.MeasureType;

/** Behaviour around the worked examples: where amounts go, what counts, what is warned. */
class SavingsCalculatorTest {

    private static final String GR = "GR-MEERINZICHT";
    private static final DistributionKey MEERINZICHT = key(GR, "Inwoners",
            inhabitants("GM0233", 27_000), inhabitants("GM0243", 49_000), inhabitants("GM0050", 24_000));

    private static CalculationResult calculateWithKeys(List<DistributionKey> keys, OrganisationFacts... facts) {
        return new SavingsCalculator().calculate(input(keys, facts));
    }

    @Nested
    class Distributing {

        @Test
        void byInhabitantsPerKindAndYear() {
            var facts = organisation(GR, "GR Meerinzicht")
                    .measures(measure("3", Domain.WMO, MeasureStatus.AANGENOMEN, "Inwoners"))
                    .lines(cost("3", 2026, 74_000), saving("3", 2026, 200_000))
                    .build();
            ResultQueries q = new ResultQueries(calculateWithKeys(List.of(MEERINZICHT), facts));

            assertThat(q.figure("3", "GM0233", 2026).cost()).isEqualTo(Amount.of(19_980));
            assertThat(q.figure("3", "GM0243", 2026).cost()).isEqualTo(Amount.of(36_260));
            assertThat(q.figure("3", "GM0050", 2026).cost()).isEqualTo(Amount.of(17_760));
            assertThat(q.figure("3", "GM0243", 2026).net()).isEqualTo(Amount.of(98_000 - 36_260));
        }

        @Test
        void aLineForOneMunicipalityGoesThereOnly() {
            // seed 000: "voor Zeewolde vanaf 2027 ... € 80.000"
            var facts = organisation(GR, "GR Meerinzicht")
                    .measures(measure("12+13", Domain.WMO, MeasureStatus.AANGENOMEN, "Inwoners"))
                    .lines(forMunicipality("12+13", LineKind.SAVING, "GM0050", 2027, 80_000), cost("12+13", 2027, 91_000))
                    .build();
            ResultQueries q = new ResultQueries(calculateWithKeys(List.of(MEERINZICHT), facts));

            assertThat(q.figure("12+13", "GM0050", 2027).saving()).isEqualTo(Amount.of(80_000));
            assertThat(q.figure("12+13", "GM0050", 2027).cost()).isEqualTo(Amount.of(21_840));
            assertThat(q.figure("12+13", "GM0243", 2027).saving()).isEqualTo(Amount.ZERO);
            assertThat(q.organisationYear(GR, 2027).plannedNet()).isEqualTo(Amount.of(80_000 - 91_000));
        }

        @Test
        void withoutKeyTheAmountStaysWithTheRegionAndIsWarned() {
            var facts = organisation(GR, "GR Meerinzicht")
                    .measures(adopted("7", Domain.BESCHERMD_WONEN), measure("8", Domain.WMO, MeasureStatus.AANGENOMEN, "Onbekend"))
                    .lines(saving("7", 2026, 45_000), saving("8", 2026, 10_000))
                    .build();
            CalculationResult result = calculateWithKeys(List.of(MEERINZICHT), facts);
            ResultQueries q = new ResultQueries(result);

            assertThat(q.figure("7", null, 2026).saving()).isEqualTo(Amount.of(45_000));
            assertThat(q.figure("8", null, 2026).saving()).isEqualTo(Amount.of(10_000));
            assertThat(q.warningMessages()).contains(
                    "Maatregel heeft regionale bedragen maar geen verdeelsleutel; de bedragen blijven op het niveau van de organisatie.",
                    "Verdeelsleutel 'Onbekend' niet gevonden; de bedragen blijven op het niveau van de organisatie.");
            assertThat(result.totals()).noneMatch(t -> t.level() == TotalLevel.MUNICIPALITY_YEAR);
        }

        @Test
        void aLineOrRealisationForAMunicipalityOutsideTheRegionStaysWithTheRegionAndIsWarned() {
            // Huizen (GM0406) is no member of GR Meerinzicht; 'Atlantis' is no municipality at all
            var facts = organisation(GR, "GR Meerinzicht")
                    .measures(measure("12+13", Domain.WMO, MeasureStatus.AANGENOMEN, "Inwoners"))
                    .lines(forMunicipality("12+13", LineKind.SAVING, "GM0406", 2027, 80_000),
                            forMunicipality("12+13", LineKind.SAVING, "Atlantis", 2027, 5_000),
                            forMunicipality("12+13", LineKind.SAVING, "GM0050", 2027, 10_000),
                            cost("12+13", 2027, 91_000))
                    .realisations(realisedFor("12+13", LineKind.SAVING, "GM0406", 2027, Amount.of(70_000)),
                            realisedFor("12+13", LineKind.SAVING, "GM0050", 2027, Amount.of(9_000)))
                    .build();
            CalculationResult result = calculateWithKeys(List.of(MEERINZICHT), facts);
            ResultQueries q = new ResultQueries(result);

            assertThat(q.figure("12+13", null, 2027).saving()).isEqualTo(Amount.of(85_000));
            assertThat(q.figure("12+13", "GM0050", 2027).saving()).isEqualTo(Amount.of(10_000));
            assertThat(q.figure("12+13", "GM0050", 2027).cost()).isEqualTo(Amount.of(21_840));
            assertThat(result.measureYearFigures()).noneMatch(f -> "GM0406".equals(f.municipalityCode()) || "Atlantis".equals(f.municipalityCode()));
            assertThat(result.totals()).noneMatch(t -> "GM0406".equals(t.municipalityCode()));
            assertThat(q.organisationYear(GR, 2027).plannedNet()).isEqualTo(Amount.of(95_000 - 91_000));
            assertThat(q.monitoring("12+13", 2027).realised()).isEqualTo(Amount.of(79_000));
            assertThat(result.monitoringShares()).noneMatch(s -> "GM0406".equals(s.municipalityCode()));
            assertThat(q.share("12+13", "GM0050", 2027).realised()).isEqualTo(Amount.of(9_000));
            assertThat(q.warningMessages()).contains(
                    "Financiële regel voor gemeente GM0406, die volgens de verdeelsleutels en de regio-indeling geen lid is van "
                            + "GR Meerinzicht; het bedrag blijft bij de organisatie en is van geen gemeente een deel.",
                    "Financiële regel voor gemeente 'Atlantis': geen CBS-code en niet gevonden in de verdeelsleutels of bij de "
                            + "organisaties; het bedrag blijft bij de organisatie en is van geen gemeente een deel.",
                    "Realisatie voor gemeente GM0406, die volgens de verdeelsleutels en de regio-indeling geen lid is van "
                            + "GR Meerinzicht; het bedrag blijft bij de organisatie en is van geen gemeente een deel.");
        }

        @Test
        void aMunicipalitysLineForAnotherMunicipalityStaysItsOwnAndIsWarned() {
            var facts = organisation("GM0406", "Gemeente Huizen").measures(adopted("1", Domain.WMO))
                    .lines(forMunicipality("1", LineKind.SAVING, "GM0050", 2024, 1_000), saving("1", 2024, 500))
                    .build();
            CalculationResult result = calculate(facts);
            ResultQueries q = new ResultQueries(result);

            assertThat(q.municipalityYear("GM0406", 2024).plannedNet()).isEqualTo(Amount.of(1_500));
            assertThat(result.totals()).noneMatch(t -> "GM0050".equals(t.municipalityCode()));
            assertThat(q.warningMessages()).containsExactly("Financiële regel voor gemeente GM0050 in de aanlevering van "
                    + "Gemeente Huizen, een andere gemeente; telt mee bij Gemeente Huizen zelf.");
        }

        @Test
        void sharesNotAddingUpTo100PercentAreWarnedAndUsedRelatively() {
            DistributionKey skewed = key(GR, "Scheef", share("GM0233", "Ermelo", "0.30"), share("GM0243", "Harderwijk", "0.605"));
            var facts = organisation(GR, "GR Meerinzicht")
                    .measures(measure("3", Domain.WMO, MeasureStatus.AANGENOMEN, "Scheef"))
                    .lines(saving("3", 2026, 90_500))
                    .build();
            CalculationResult result = calculateWithKeys(List.of(skewed), facts);
            ResultQueries q = new ResultQueries(result);

            assertThat(q.figure("3", "GM0233", 2026).saving()).isEqualTo(Amount.of(30_000));
            assertThat(q.figure("3", "GM0243", 2026).saving()).isEqualTo(Amount.of(60_500));
            assertThat(result.warnings()).containsExactly(new CalculationWarning(GR, null,
                    "Aandelen van verdeelsleutel 'Scheef' tellen op tot 90,5% in plaats van 100%; verdeeld naar verhouding van de aandelen."));
        }

        @Test
        void aMunicipalitysOwnAmountsAreItsOwn() {
            var facts = organisation("GM0406", "Huizen").measures(adopted("1", Domain.WMO)).lines(saving("1", 2024, 1_000)).build();
            assertThat(new ResultQueries(calculate(facts)).municipalityYear("GM0406", 2024).plannedNet()).isEqualTo(Amount.of(1_000));
        }
    }

    @Nested
    class Counting {

        @Test
        void rejectedAndWithdrawnMeasuresAreListedButNeverCounted() {
            // seed 000: proposal 7 was rejected
            var facts = organisation(GR, "GR Meerinzicht")
                    .measures(adopted("3", Domain.WMO), measure("7", Domain.BESCHERMD_WONEN, MeasureStatus.AFGEWEZEN, null),
                            measure("9", Domain.WMO, MeasureStatus.INGETROKKEN, null),
                            measure("10", Domain.WMO, MeasureStatus.VOORGESTELD, null))
                    .lines(saving("3", 2026, 200_000), saving("7", 2026, 45_000), cost("7", 2026, 6_000),
                            saving("9", 2026, 1_000), saving("10", 2026, 2_000))
                    .targets(target(Domain.WMO, 2026, 250_000))
                    .build();
            CalculationResult result = calculate(facts);
            ResultQueries q = new ResultQueries(result);

            assertThat(q.figure("7", null, 2026).net()).isEqualTo(Amount.of(39_000));
            assertThat(q.figure("7", null, 2026).status()).isEqualTo(MeasureStatus.AFGEWEZEN);
            assertThat(q.organisationYear(GR, 2026).plannedNet()).isEqualTo(Amount.of(200_000));
            assertThat(q.coverage(Domain.WMO, 2026).planned()).isEqualTo(Amount.of(200_000));
            assertThat(result.targetCoverages()).extracting(TargetCoverage::domain).containsExactly(Domain.WMO);
            assertThat(result.monitoring()).extracting(MonitoringFigure::measureNumber).containsExactly("3");
            assertThat(result.totals()).noneMatch(t -> "7".equals(t.measureNumber()));
            // no key warnings for measures that do not count
            assertThat(result.warnings()).extracting(CalculationWarning::measureNumber).containsOnly("3");
        }

        @Test
        void aDomainWithMeasuresButNoTargetShowsTargetZero() {
            var facts = organisation("GM0274", "Renkum")
                    .measures(adopted("1", Domain.WMO), adopted("2", Domain.PARTICIPATIE))
                    .lines(saving("1", 2026, 10), saving("2", 2026, 20))
                    .targets(target(Domain.WMO, 2026, 100))
                    .build();
            TargetCoverage participatie = new ResultQueries(calculate(facts)).coverage(Domain.PARTICIPATIE, 2026);
            assertThat(participatie.target()).isEqualTo(Amount.ZERO);
            assertThat(participatie.gap()).isEqualTo(Amount.of(-20));
            assertThat(participatie.coveragePct()).isNull();
        }

        @Test
        void totalsAtEveryLevelAddUp() {
            var facts = organisation("GM0406", "Huizen")
                    .measures(adopted("1", Domain.WMO), adopted("2", Domain.JEUGD), adopted("3", Domain.WMO))
                    .lines(saving("1", 2024, 100), cost("1", 2024, 10), saving("2", 2024, 50), saving("3", 2025, 7))
                    .build();
            ResultQueries q = new ResultQueries(calculate(facts, organisation("GM0402", "Hilversum")
                    .measures(adopted("A", Domain.WMO)).lines(saving("A", 2024, 1_000)).build()));

            assertThat(q.total(TotalLevel.ORGANISATION_DOMAIN_YEAR, "GM0406", null, Domain.WMO, null, 2024).plannedNet())
                    .isEqualTo(Amount.of(90));
            assertThat(q.organisationYear("GM0406", 2024).plannedNet()).isEqualTo(Amount.of(140));
            assertThat(q.organisationYear("GM0406", 2024).plannedCost()).isEqualTo(Amount.of(10));
            assertThat(q.total(TotalLevel.ORGANISATION, "GM0406", null, null, null, null).plannedNet()).isEqualTo(Amount.of(147));
            assertThat(q.total(TotalLevel.YEAR, null, null, null, null, 2024).plannedNet()).isEqualTo(Amount.of(1_140));
            assertThat(q.total(TotalLevel.GRAND_TOTAL, null, null, null, null, null).plannedNet()).isEqualTo(Amount.of(1_147));
        }

        @Test
        void aTotalOverOrganisationsSetsEachTargetAgainstItsOwnMeasures() {
            // Huizen: target 100, its own measures 90, short 10. Hilversum: target 50, 80 planned, 30 ahead.
            // The region has 1,000 planned and no target of its own: it covers neither.
            ResultQueries q = new ResultQueries(calculate(
                    organisation("GM0406", "Huizen").measures(adopted("1", Domain.WMO))
                            .lines(saving("1", 2024, 90)).targets(target(Domain.WMO, 2024, 100)).build(),
                    organisation("GM0402", "Hilversum").measures(adopted("1", Domain.WMO))
                            .lines(saving("1", 2024, 80)).targets(target(Domain.WMO, 2024, 50)).build(),
                    organisation("GR-GOOI", "Regio").measures(adopted("1", Domain.WMO))
                            .lines(saving("1", 2024, 1_000)).build()));

            Total year = q.total(TotalLevel.YEAR, null, null, null, null, 2024);
            assertThat(year.plannedNet()).isEqualTo(Amount.of(1_170));
            assertThat(year.target()).isEqualTo(Amount.of(150));
            // the sum of the organisations' gaps (10 - 30), not 150 - 1,170
            assertThat(year.gap()).isEqualTo(Amount.of(-20));
            assertThat(year.coveragePct()).isEqualByComparingTo("113.3333");
            assertThat(q.total(TotalLevel.GRAND_TOTAL, null, null, null, null, null).gap()).isEqualTo(Amount.of(-20));
            assertThat(q.organisationYear("GM0406", 2024).gap()).isEqualTo(Amount.of(10));
            assertThat(q.organisationYear("GR-GOOI", 2024).gap()).isNull();
        }

        private CalculationResult calculate(OrganisationFacts... facts) {
            return Fixtures.calculate(facts);
        }
    }

    @Nested
    class Realisations {

        @Test
        void bookingsCountWhereThereIsNoGerealiseerdRowAndTheRowWinsWhereThereIs() {
            var facts = organisation("GM0406", "Huizen")
                    .measures(adopted("1", Domain.WMO))
                    .lines(saving("1", 2023, 100_000), cost("1", 2023, 20_000), saving("1", 2024, 100_000))
                    .realisations(realised("1", LineKind.SAVING, 2023, Amount.of(90_000)))
                    .bookings(booked("1", LineKind.SAVING, 2023, 88_000), booked("1", LineKind.COST, 2023, 21_000),
                            booked("1", LineKind.SAVING, 2024, 60_000))
                    .build();
            ResultQueries q = new ResultQueries(Fixtures.calculate(facts));

            MonitoringFigure y2023 = q.monitoring("1", 2023);
            assertThat(y2023.planned()).isEqualTo(Amount.of(80_000));
            assertThat(y2023.realised()).isEqualTo(Amount.of(90_000 - 21_000));
            assertThat(y2023.status()).isEqualTo(MonitoringStatus.ACHTER);
            assertThat(q.monitoring("1", 2024).realised()).isEqualTo(Amount.of(60_000));
            assertThat(q.organisationYear("GM0406", 2023).realisedNet()).isEqualTo(Amount.of(69_000));
        }

        @Test
        void aRealisationAgainstItsDirectionIsWarnedWithItsAmountAsAControllerWritesIt() {
            var facts = organisation("GM0406", "Huizen")
                    .measures(adopted("1", Domain.WMO))
                    .lines(saving("1", 2023, 100_000))
                    .realisations(realised("1", LineKind.SAVING, 2023, Amount.of("-1234.5")),
                            expected("1", LineKind.COST, 2024, Amount.of(-28_000)))
                    .build();
            assertThat(Fixtures.calculate(facts).warnings()).extracting(CalculationWarning::message).containsExactly(
                    "Tegenboeking: Besparing 2023 (gerealiseerd) is € 1.234,50 in tegengestelde richting; telt mee met het omgekeerde effect.",
                    "Tegenboeking: Kosten 2024 (verwacht) is € 28.000 in tegengestelde richting; telt mee met het omgekeerde effect.");
        }

        @Test
        void anOpenYearIsJudgedOnItsExpectationAClosedOneOnItsRealisation() {
            // Peildatum 30-9-2023: 2023 is open, its 60.000 realised to date is three quarters of a year; its
            // expectation for the whole year is what rule 7 compares while the year is open (before: the 60.000,
            // 'achter'); 2022 has ended, so its realisation counts, whatever was once expected
            var facts = organisation("GM0406", "Huizen")
                    .measures(adopted("1", Domain.WMO))
                    .lines(saving("1", 2022, 100_000), saving("1", 2023, 100_000))
                    .realisations(realised("1", LineKind.SAVING, 2022, Amount.of(100_000)),
                            expected("1", LineKind.SAVING, 2022, Amount.of(10_000)),
                            realised("1", LineKind.SAVING, 2023, Amount.of(60_000)),
                            expected("1", LineKind.SAVING, 2023, Amount.of(100_000)))
                    .realisationPeildatum(LocalDate.of(2023, 9, 30))
                    .build();
            ResultQueries q = new ResultQueries(Fixtures.calculate(facts));
            assertThat(q.monitoring("1", 2022).compared()).isEqualTo(Amount.of(100_000));
            assertThat(q.monitoring("1", 2022).status()).isEqualTo(MonitoringStatus.OP_KOERS);
            assertThat(q.monitoring("1", 2023).compared()).isEqualTo(Amount.of(100_000));
            assertThat(q.monitoring("1", 2023).status()).isEqualTo(MonitoringStatus.OP_KOERS);
            assertThat(q.monitoring("1", 2023).realised()).isEqualTo(Amount.of(60_000));
            // without an expectation the realisation to date is all there is to compare
            var toDate = organisation("GM0406", "Huizen")
                    .measures(adopted("1", Domain.WMO))
                    .lines(saving("1", 2023, 100_000))
                    .realisations(realised("1", LineKind.SAVING, 2023, Amount.of(60_000)))
                    .realisationPeildatum(LocalDate.of(2023, 9, 30))
                    .build();
            assertThat(new ResultQueries(Fixtures.calculate(toDate)).monitoring("1", 2023).status())
                    .isEqualTo(MonitoringStatus.ACHTER);
        }

        @Test
        void aClosedYearIsJudgedOnWhatWasRealisedNeverOnAnExpectation() {
            // Peildatum 30-9-2023: 2022 has ended, 2023 is open to date; rule 7 compares expected only while a year is open
            var facts = organisation("GM0406", "Huizen")
                    .measures(adopted("1", Domain.WMO))
                    .lines(saving("1", 2022, 100_000), saving("1", 2023, 100_000))
                    .realisations(expected("1", LineKind.SAVING, 2022, Amount.of(100_000)),
                            expected("1", LineKind.SAVING, 2023, Amount.of(100_000)))
                    .realisationPeildatum(LocalDate.of(2023, 9, 30))
                    .build();
            ResultQueries q = new ResultQueries(Fixtures.calculate(facts));

            MonitoringFigure closed = q.monitoring("1", 2022);
            assertThat(closed.expected()).isEqualTo(Amount.of(100_000));
            assertThat(closed.variance()).isNull();
            assertThat(closed.status()).isEqualTo(MonitoringStatus.ONBEKEND);
            assertThat(q.organisationYear("GM0406", 2022).status()).isEqualTo(MonitoringStatus.ONBEKEND);
            assertThat(q.monitoring("1", 2023).status()).isEqualTo(MonitoringStatus.OP_KOERS);
            assertThat(q.organisationYear("GM0406", 2023).status()).isEqualTo(MonitoringStatus.OP_KOERS);
        }

        @Test
        void aTotalIsOnlyComparableWhenEveryMeasureHasARealisationOrExpectation() {
            var facts = organisation("GM0406", "Huizen")
                    .measures(adopted("1", Domain.WMO), adopted("2", Domain.WMO))
                    .lines(saving("1", 2023, 100_000), saving("2", 2023, 50_000))
                    .realisations(realised("1", LineKind.SAVING, 2023, Amount.of(100_000)))
                    .build();
            ResultQueries q = new ResultQueries(Fixtures.calculate(facts));
            assertThat(q.organisationYear("GM0406", 2023).status()).isEqualTo(MonitoringStatus.ONBEKEND);
            assertThat(q.organisationYear("GM0406", 2023).realisedNet()).isEqualTo(Amount.of(100_000));

            var both = organisation("GM0406", "Huizen")
                    .measures(adopted("1", Domain.WMO), adopted("2", Domain.WMO))
                    .lines(saving("1", 2023, 100_000), saving("2", 2023, 50_000))
                    .realisations(realised("1", LineKind.SAVING, 2023, Amount.of(100_000)),
                            expected("2", LineKind.SAVING, 2023, Amount.of(40_000)))
                    .build();
            Total total = new ResultQueries(Fixtures.calculate(both)).organisationYear("GM0406", 2023);
            assertThat(total.variance()).isEqualByComparingTo("-10000");
            assertThat(total.variancePct()).isEqualByComparingTo("-6.6667");
            assertThat(total.status()).isEqualTo(MonitoringStatus.ACHTER);
        }

        @Test
        void aRealisationOrBookingForAMeasureThatWasNotAdoptedIsWarnedOnceAndNotCounted() {
            // input contract: "a realisation for a rejected measure" is a warning, not silence
            var facts = organisation("GM0406", "Huizen")
                    .measures(adopted("1", Domain.WMO), measure("7", Domain.WMO, MeasureStatus.AFGEWEZEN, null),
                            measure("8", Domain.JEUGD, MeasureStatus.VOORGESTELD, null))
                    .lines(saving("1", 2023, 100_000), saving("7", 2023, 45_000), saving("8", 2023, 5_000))
                    .realisations(realised("1", LineKind.SAVING, 2023, Amount.of(100_000)),
                            realised("7", LineKind.SAVING, 2023, Amount.of(40_000)),
                            realised("7", LineKind.COST, 2023, Amount.of(-3_000)),
                            expected("7", LineKind.SAVING, 2024, Amount.of(45_000)))
                    .bookings(booked("8", LineKind.SAVING, 2023, 4_000))
                    .build();
            CalculationResult result = Fixtures.calculate(facts);
            ResultQueries q = new ResultQueries(result);

            assertThat(result.monitoring()).extracting(MonitoringFigure::measureNumber).containsOnly("1");
            assertThat(q.organisationYear("GM0406", 2023).realisedNet()).isEqualTo(Amount.of(100_000));
            assertThat(result.warnings()).containsExactly(
                    new CalculationWarning("GM0406", "7", "Realisatie voor maatregel '7' met status Afgewezen; "
                            + "niet meegeteld, alleen aangenomen maatregelen tellen mee."),
                    new CalculationWarning("GM0406", "8", "Boekingen voor maatregel '8' met status Voorgesteld; "
                            + "niet meegeteld, alleen aangenomen maatregelen tellen mee."));
        }

        @Test
        void aRealisationForAnUnknownMeasureIsWarnedAndSkipped() {
            var facts = organisation("GM0406", "Huizen")
                    .realisations(realised("99", LineKind.SAVING, 2023, Amount.of(1)))
                    .build();
            CalculationResult result = Fixtures.calculate(facts);
            assertThat(result.monitoring()).isEmpty();
            assertThat(result.warnings()).containsExactly(new CalculationWarning("GM0406", "99",
                    "Realisatie voor maatregel '99' die niet in de maatregelen staat; niet meegeteld."));
        }
    }

    @Nested
    class DatesAndBudgets {

        @Test
        void anAnnualAmountWithoutStartDateStartsInTheFirstPlanningYearWithAWarning() {
            var facts = organisation("GM0406", "Huizen").horizon(2026)
                    .measures(dated("1", Domain.WMO, MeasureType.STRUCTUREEL, null, null))
                    .lines(annual("1", LineKind.SAVING, Amount.of(12_000), null, null), saving("1", 2025, 1))
                    .build();
            CalculationResult result = Fixtures.calculate(facts);
            assertThat(result.measureYearFigures()).extracting(MeasureYearFigure::year).containsExactly(2025, 2026);
            assertThat(result.warnings()).extracting(CalculationWarning::message)
                    .containsExactly("Jaarbedrag zonder startdatum; gerekend vanaf 1-1-2025.");
        }

        @Test
        void anEndBeforeTheStartIsWarnedAndNotCounted() {
            var facts = organisation("GM0406", "Huizen")
                    .measures(dated("1", Domain.WMO, MeasureType.STRUCTUREEL, LocalDate.of(2027, 1, 1), LocalDate.of(2026, 6, 30)))
                    .lines(annual("1", LineKind.SAVING, Amount.of(12_000), null, null))
                    .build();
            CalculationResult result = Fixtures.calculate(facts);
            assertThat(result.measureYearFigures()).isEmpty();
            assertThat(result.warnings()).hasSize(1);
        }

        @Test
        void anAnnualAmountCountsInTheContractsYearsOnly() {
            // before, a start in 2019 (a typo for 2029, or a measure older than the plan) gave 2019 and 2020
            // figures that no year column can hold, and an end in 2037 two years past the last one
            var facts = organisation("GM0406", "Huizen").horizon(2026)
                    .measures(dated("1", Domain.WMO, MeasureType.STRUCTUREEL, null, null))
                    .lines(annual("1", LineKind.SAVING, Amount.of(12_000), LocalDate.of(2019, 7, 1), LocalDate.of(2037, 6, 30)))
                    .build();
            CalculationResult result = Fixtures.calculate(facts);
            assertThat(result.measureYearFigures()).extracting(MeasureYearFigure::year).first().isEqualTo(2021);
            assertThat(result.measureYearFigures()).extracting(MeasureYearFigure::year).last().isEqualTo(2035);
            assertThat(result.measureYearFigures()).hasSize(15)
                    .allSatisfy(f -> assertThat(f.saving().value()).isEqualByComparingTo("12000"));
        }

        @Test
        void aLinesOwnDatesOverrideTheMeasureDates() {
            var facts = organisation("GM0406", "Huizen")
                    .measures(dated("1", Domain.WMO, MeasureType.STRUCTUREEL, LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31)))
                    .lines(annual("1", LineKind.COST, Amount.of(12_000), LocalDate.of(2026, 10, 1), LocalDate.of(2027, 3, 31)))
                    .build();
            CalculationResult result = Fixtures.calculate(facts);
            assertThat(result.measureYearFigures()).extracting(MeasureYearFigure::year, f -> f.cost().value())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2026, new BigDecimal("3000")),
                            org.assertj.core.groups.Tuple.tuple(2027, new BigDecimal("3000")));
        }

        @Test
        void anOpenYearsSaldoUsesTheForecastAClosedYearsTheRealisation() {
            // Peildatum 30-9-2023: 2023's realisation to date (1.200.000) against its whole budget made a saldo of
            // 652.736 where the forecast for the year, 1.800.000, leaves 52.736 (seed 004: '(verwachte) realisatie')
            var facts = organisation("GM0406", "Huizen")
                    .budget(budget("Wmo", Domain.WMO, BudgetFigureKind.BEGROTING, 2022, 1_800_000),
                            budget("Wmo", Domain.WMO, BudgetFigureKind.REALISATIE, 2022, 1_700_000),
                            budget("Wmo", Domain.WMO, BudgetFigureKind.PROGNOSE, 2022, 1_750_000),
                            budget("Wmo", Domain.WMO, BudgetFigureKind.BEGROTING, 2023, 1_852_736),
                            budget("Wmo", Domain.WMO, BudgetFigureKind.REALISATIE, 2023, 1_200_000),
                            budget("Wmo", Domain.WMO, BudgetFigureKind.PROGNOSE, 2023, 1_800_000),
                            budget("Jeugd", Domain.JEUGD, BudgetFigureKind.BEGROTING, 2023, 500_000),
                            budget("Jeugd", Domain.JEUGD, BudgetFigureKind.REALISATIE, 2023, 400_000))
                    .realisationPeildatum(LocalDate.of(2023, 9, 30))
                    .build();
            CalculationResult result = Fixtures.calculate(facts);
            assertThat(result.budgetSaldi()).extracting(BudgetSaldo::year, BudgetSaldo::post, b -> b.saldo().value(),
                            BudgetSaldo::forecast)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2022, "Wmo", new BigDecimal("100000"), false),
                            org.assertj.core.groups.Tuple.tuple(2023, "Wmo", new BigDecimal("52736"), true),
                            // no forecast: the realisation is all there is
                            org.assertj.core.groups.Tuple.tuple(2023, "Jeugd", new BigDecimal("100000"), false));
        }

        @Test
        void aBudgetWithoutRealisationOrForecastMakesTheSaldoTotalIncomplete() {
            var facts = organisation("GM0406", "Huizen")
                    .budget(budget("Wmo", Domain.WMO, BudgetFigureKind.BEGROTING, 2027, 1_000),
                            budget("Jeugd", Domain.JEUGD, BudgetFigureKind.BEGROTING, 2027, 500),
                            budget("Jeugd", Domain.JEUGD, BudgetFigureKind.PROGNOSE, 2027, 400))
                    .build();
            CalculationResult result = Fixtures.calculate(facts);
            assertThat(result.budgetSaldi().get(0).saldo()).isNull();
            assertThat(result.expectedTotalSavings().get(0).saldoTotal()).isEqualTo(new Amount(new BigDecimal("100"), true));
            assertThat(new ResultQueries(result).organisationYear("GM0406", 2027).incomplete()).isTrue();
        }

        @Test
        void aYearWithOnlyBudgetFiguresHasNoPlanRatherThanAPlanOfZero() {
            // Huizen's proposals were rejected, its Realisatie with a Begroting sheet was loaded
            var budgetOnly = organisation("GM0406", "Huizen")
                    .budget(budget("Wmo", Domain.WMO, BudgetFigureKind.BEGROTING, 2027, 1_000),
                            budget("Wmo", Domain.WMO, BudgetFigureKind.PROGNOSE, 2027, 900),
                            budget("Wmo", Domain.WMO, BudgetFigureKind.BEGROTING, 2028, 1_000),
                            budget("Wmo", Domain.WMO, BudgetFigureKind.PROGNOSE, 2028, 950))
                    .build();
            // Renkum's proposals were loaded: a target with nothing adopted against it is a plan of zero
            var targetWithoutMeasures = organisation("GM0274", "Renkum")
                    .measures(adopted("1", Domain.WMO))
                    .lines(saving("1", 2026, 10))
                    .targets(target(Domain.WMO, 2027, 100))
                    .build();
            ResultQueries q = new ResultQueries(calculate(budgetOnly, targetWithoutMeasures));

            Total huizen = q.organisationYear("GM0406", 2027);
            assertThat(huizen.budgetSaldo()).isEqualTo(Amount.of(100));
            assertThat(huizen.plannedNet()).isNull();
            assertThat(huizen.plannedSaving()).isNull();
            assertThat(huizen.plannedCost()).isNull();
            assertThat(huizen.gap()).isNull();
            Total renkum = q.organisationYear("GM0274", 2027);
            assertThat(renkum.plannedNet()).isEqualTo(Amount.ZERO);
            assertThat(renkum.gap()).isEqualTo(Amount.of(100));
            // over organisations: Renkum's plan of zero counts, Huizen adds none; 2028 has budget figures only
            assertThat(q.total(TotalLevel.YEAR, null, null, null, null, 2027).plannedNet()).isEqualTo(Amount.ZERO);
            assertThat(q.total(TotalLevel.YEAR, null, null, null, null, 2028).plannedNet()).isNull();
            assertThat(q.total(TotalLevel.YEAR, null, null, null, null, 2028).budgetSaldo()).isEqualTo(Amount.of(50));
            assertThat(q.total(TotalLevel.ORGANISATION, "GM0406", null, null, null, null).plannedNet()).isNull();
        }

        @Test
        void withoutItsProposalsAnOrganisationsTargetIsUnknownSoItsExpectedSavingIsIncomplete() {
            var budgetOnly = organisation("GM0406", "Huizen")
                    .budget(budget("Wmo", Domain.WMO, BudgetFigureKind.BEGROTING, 2027, 1_000),
                            budget("Wmo", Domain.WMO, BudgetFigureKind.PROGNOSE, 2027, 900))
                    .build();
            // proposals without a Taakstelling sheet: no target is a target of zero
            var proposalsWithoutTarget = organisation("GM0274", "Renkum")
                    .measures(adopted("1", Domain.WMO))
                    .lines(saving("1", 2027, 10))
                    .budget(budget("Wmo", Domain.WMO, BudgetFigureKind.BEGROTING, 2027, 500),
                            budget("Wmo", Domain.WMO, BudgetFigureKind.PROGNOSE, 2027, 450),
                            budget("Wmo", Domain.WMO, BudgetFigureKind.BEGROTING, 2028, 500),
                            budget("Wmo", Domain.WMO, BudgetFigureKind.PROGNOSE, 2028, 450))
                    .build();
            CalculationResult result = calculate(budgetOnly, proposalsWithoutTarget);

            ExpectedTotalSaving huizen = expectedTotal(result, "GM0406");
            assertThat(huizen.saldoTotal()).isEqualTo(Amount.of(100));
            assertThat(huizen.target()).isNull();
            assertThat(huizen.expectedTotal()).isEqualTo(new Amount(new BigDecimal("100"), true));
            assertThat(new ResultQueries(result).organisationYear("GM0406", 2027).incomplete()).isTrue();
            ExpectedTotalSaving renkum = expectedTotal(result, "GM0274");
            assertThat(renkum.target()).isEqualTo(Amount.ZERO);
            assertThat(renkum.expectedTotal()).isEqualTo(Amount.of(50));
            // Renkum's proposals plan nothing in 2028, its budget goes on: a plan of zero, not none
            assertThat(new ResultQueries(result).organisationYear("GM0274", 2028).plannedNet()).isEqualTo(Amount.ZERO);
            assertThat(new ResultQueries(result).organisationYear("GM0406", 2027).plannedNet()).isNull();
        }

        private static ExpectedTotalSaving expectedTotal(CalculationResult result, String organisation) {
            return result.expectedTotalSavings().stream().filter(e -> e.organisationCode().equals(organisation))
                    .findFirst().orElseThrow();
        }
    }

    @Nested
    class MonitoringPerMunicipality {

        @Test
        void aRegionalRealisationIsSplitAsPlannedByTheRowsMunicipalityOrElseTheKey() {
            var facts = organisation(GR, "GR Meerinzicht")
                    .measures(measure("3", Domain.WMO, MeasureStatus.AANGENOMEN, "Inwoners"))
                    .lines(saving("3", 2026, 200_000))
                    .realisations(realised("3", LineKind.SAVING, 2026, Amount.of(100_000)),
                            realisedFor("3", LineKind.SAVING, "GM0050", 2026, Amount.of(30_000)))
                    .build();
            CalculationResult result = calculateWithKeys(List.of(MEERINZICHT), facts);
            ResultQueries q = new ResultQueries(result);

            // planned 54.000 / 98.000 / 48.000 by inhabitants; 100.000 realised split the same way, 30.000 Zeewolde's own
            MonitoringFigure ermelo = q.share("3", "GM0233", 2026);
            assertThat(ermelo.planned()).isEqualTo(Amount.of(54_000));
            assertThat(ermelo.realised()).isEqualTo(Amount.of(27_000));
            assertThat(ermelo.status()).isEqualTo(MonitoringStatus.ACHTER);
            MonitoringFigure zeewolde = q.share("3", "GM0050", 2026);
            assertThat(zeewolde.realised()).isEqualTo(Amount.of(24_000 + 30_000));
            assertThat(zeewolde.variance()).isEqualByComparingTo("6000");
            assertThat(zeewolde.status()).isEqualTo(MonitoringStatus.VOOR);
            assertThat(q.municipalityYear("GM0243", 2026).realisedNet()).isEqualTo(Amount.of(49_000));
            assertThat(q.municipalityYear("GM0243", 2026).variance()).isEqualByComparingTo("-49000");
            // the region's own monitoring is the whole, as before
            assertThat(q.monitoring("3", 2026).realised()).isEqualTo(Amount.of(130_000));
            assertThat(result.monitoringShares().stream().map(s -> s.figure().realised().value())
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("130000");
        }

        @Test
        void aMunicipalitysYearComparesItsOwnAndItsRegionalPartsTogether() {
            DistributionKey halves = key(GR, "Helft", share("GM0406", "Huizen", "0.5"), share("GM0417", "Laren", "0.5"));
            var huizen = organisation("GM0406", "Huizen")
                    .measures(adopted("1", Domain.WMO))
                    .lines(saving("1", 2024, 1_000))
                    .realisations(realised("1", LineKind.SAVING, 2024, Amount.of(1_000)))
                    .build();
            var region = organisation(GR, "GR Meerinzicht")
                    .measures(measure("9", Domain.WMO, MeasureStatus.AANGENOMEN, "Helft"))
                    .lines(saving("9", 2024, 2_000))
                    .build();
            Total unknownPart = new ResultQueries(calculateWithKeys(List.of(halves), huizen, region)).municipalityYear("GM0406", 2024);
            assertThat(unknownPart.plannedNet()).isEqualTo(Amount.of(2_000));
            assertThat(unknownPart.realisedNet()).isEqualTo(Amount.of(1_000));
            assertThat(unknownPart.status()).as("the region's part has no realisation yet").isEqualTo(MonitoringStatus.ONBEKEND);

            var regionRealised = organisation(GR, "GR Meerinzicht")
                    .measures(measure("9", Domain.WMO, MeasureStatus.AANGENOMEN, "Helft"))
                    .lines(saving("9", 2024, 2_000))
                    .realisations(realised("9", LineKind.SAVING, 2024, Amount.of(1_600)))
                    .build();
            Total both = new ResultQueries(calculateWithKeys(List.of(halves), huizen, regionRealised)).municipalityYear("GM0406", 2024);
            assertThat(both.realisedNet()).isEqualTo(Amount.of(1_800));
            assertThat(both.variance()).isEqualByComparingTo("-200");
            assertThat(both.status()).isEqualTo(MonitoringStatus.ACHTER);
        }

        @Test
        void rowsThatNameTheirMunicipalityNeedNoKeySoAMissingKeyIsNotWarnedAbout() {
            var facts = organisation(GR, "GR Meerinzicht")
                    .measures(measure("5", Domain.JEUGD, MeasureStatus.AANGENOMEN, "Bestaat niet"))
                    .lines(forMunicipality("5", LineKind.SAVING, "GM0233", 2026, 8_000))
                    .realisations(realisedFor("5", LineKind.SAVING, "GM0233", 2026, Amount.of(8_000)))
                    .build();
            ResultQueries q = new ResultQueries(calculateWithKeys(List.of(MEERINZICHT), facts));

            assertThat(q.share("5", "GM0233", 2026).status()).isEqualTo(MonitoringStatus.OP_KOERS);
            assertThat(q.warningMessages()).isEmpty();
        }

        @Test
        void withoutAKeyARegionalRealisationStaysWithTheRegionAndTheMunicipalitysPartIsUnknown() {
            var facts = organisation(GR, "GR Meerinzicht")
                    .measures(adopted("7", Domain.WMO))
                    .lines(forMunicipality("7", LineKind.SAVING, "GM0050", 2026, 10_000))
                    .realisations(realised("7", LineKind.SAVING, 2026, Amount.of(10_000)))
                    .build();
            ResultQueries q = new ResultQueries(calculateWithKeys(List.of(MEERINZICHT), facts));

            assertThat(q.share("7", "GM0050", 2026).realised()).isNull();
            assertThat(q.municipalityYear("GM0050", 2026).status()).isEqualTo(MonitoringStatus.ONBEKEND);
            assertThat(q.monitoring("7", 2026).status()).isEqualTo(MonitoringStatus.OP_KOERS);
            assertThat(q.warningMessages()).contains("Realisatie of prognose zonder gemeente en zonder bruikbare "
                    + "verdeelsleutel; blijft bij de organisatie, het deel per gemeente is onbekend.");
        }
    }

    @Test
    void theToleranceDefaultsToFivePercent() {
        var facts = organisation("GM0406", "Huizen").measures(adopted("1", Domain.WMO)).lines(saving("1", 2023, 100))
                .realisations(realised("1", LineKind.SAVING, 2023, Amount.of(96))).build();
        var input = new CalculationInput(List.of(facts), List.of(), List.of(), java.util.Map.of(), 2028, null);
        assertThat(new SavingsCalculator().calculate(input).monitoring().get(0).status()).isEqualTo(MonitoringStatus.OP_KOERS);
        var strict = new CalculationInput(List.of(facts), List.of(), List.of(), java.util.Map.of(), 2028, new BigDecimal("0.01"));
        assertThat(new SavingsCalculator().calculate(strict).monitoring().get(0).status()).isEqualTo(MonitoringStatus.ACHTER);
    }
}
