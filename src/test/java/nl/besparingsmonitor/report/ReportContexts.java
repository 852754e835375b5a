package nl.besparingsmonitor.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.besparingsmonitor.calculation.CalculationInput;
import nl.besparingsmonitor.calculation.OrganisationFacts;
import nl.besparingsmonitor.calculation.SavingsCalculator;
import nl.besparingsmonitor.domain.Amount;
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
import nl.besparingsmonitor.domain.RegionMembership;
import nl.besparingsmonitor.domain.Stand;
import nl.besparingsmonitor.domain.Target;
import nl.besparingsmonitor.store.FileOutcome;
import nl.besparingsmonitor.store.ReceivedFileRecord;
import nl.besparingsmonitor.validation.Severity;
import nl.besparingsmonitor.validation.ValidationIssue;

/**
 * Report contexts built straight from domain facts and the real calculation, without database or
 * job, for tests that need a report quickly or at scale.
 */
final class ReportContexts {

    static final Instant RUN_TIME = Instant.parse("2024-03-02T06:00:00Z");
    static final LocalDate PEILDATUM = LocalDate.of(2024, 3, 1);

    private ReportContexts() {
    }

    /** Huizen (rule 8 budget, a hostile measure name, a P.M. amount) and a region of {@code members} municipalities. */
    static ReportContext huizenAndRegion(int members, int regionalMeasures) {
        List<OrganisationFacts> organisations = new ArrayList<>();
        organisations.add(huizen());
        List<KeyShare> shares = new ArrayList<>();
        List<RegionMembership> memberships = new ArrayList<>();
        Map<String, String> names = new TreeMap<>();
        names.put("GM0406", "Huizen");
        for (int i = 0; i < members; i++) {
            String code = String.format("GM%04d", 1000 + i);
            String name = "Heel erg lange gemeentenaam aan de rivier nummer " + i;
            shares.add(new KeyShare(code, name, null, 10_000L + 37L * i));
            memberships.add(new RegionMembership("REGIO", "Regio Proef", code, name));
            names.put(code, name);
        }
        List<Measure> measures = new ArrayList<>();
        List<FinancialLine> lines = new ArrayList<>();
        for (int m = 1; m <= regionalMeasures; m++) {
            String number = "R" + m;
            measures.add(new Measure(number, "Regionale maatregel " + m, Domain.WMO, MeasureStatus.AANGENOMEN, "Regio",
                    MeasureType.STRUCTUREEL, null, null, "Inwoners", null));
            for (int year = 2023; year <= 2028; year++) {
                lines.add(new FinancialLine(number, LineKind.SAVING, null, null, null, year,
                        Amount.of(1_000_000L + 1_000L * m), null, null));
                lines.add(new FinancialLine(number, LineKind.COST, null, null, null, year, Amount.of(100_000L), null, null));
            }
        }
        organisations.add(new OrganisationFacts(new Organisation("REGIO", "Regio Proef"), measures, lines,
                List.of(new Target(Domain.WMO, 2023, Amount.of(5_000_000))), 2028, PEILDATUM,
                List.of(), List.of(), List.of(), null));
        CalculationInput input = new CalculationInput(organisations,
                List.of(new DistributionKey("REGIO", "Inwoners", shares)), memberships, names, 2028, new BigDecimal("0.05"));
        return new ReportContext(7, RUN_TIME, input, new SavingsCalculator().calculate(input), files(),
                new BigDecimal("0.05"), "test");
    }

    private static OrganisationFacts huizen() {
        List<Measure> measures = List.of(
                new Measure("1", "Lumpsum begeleiding", Domain.WMO, MeasureStatus.AANGENOMEN, null, MeasureType.STRUCTUREEL,
                        null, null, null, null),
                new Measure("2", ReportFixtureFiles.HOSTILE, Domain.JEUGD, MeasureStatus.AANGENOMEN, "+31 cmd",
                        MeasureType.INCIDENTEEL, null, null, null, null),
                new Measure("3", "Afgewezen voorstel", Domain.WMO, MeasureStatus.AFGEWEZEN, null, null, null, null, null, null));
        List<FinancialLine> lines = List.of(
                year("1", LineKind.SAVING, 2023, Amount.of(100_000)), year("1", LineKind.COST, 2023, Amount.of(20_000)),
                year("2", LineKind.SAVING, 2023, Amount.of(50_000)), year("2", LineKind.SAVING, 2024, Amount.UNKNOWN),
                year("3", LineKind.SAVING, 2023, Amount.of(40_000)));
        List<Realisation> realisations = List.of(
                new Realisation("1", LineKind.SAVING, Stand.GEREALISEERD, null, 2023, Amount.of(70_000)));
        List<BudgetLine> budget = List.of(
                new BudgetLine("Wmo begeleiding", Domain.WMO, BudgetFigureKind.BEGROTING, 2023, Amount.of(1_852_736)),
                new BudgetLine("Wmo begeleiding", Domain.WMO, BudgetFigureKind.REALISATIE, 2023, Amount.of(1_637_358)),
                new BudgetLine("Jeugd begeleiding", Domain.JEUGD, BudgetFigureKind.BEGROTING, 2023, Amount.of(1_885_030)),
                new BudgetLine("Jeugd begeleiding", Domain.JEUGD, BudgetFigureKind.REALISATIE, 2023, Amount.of(1_725_754)));
        return new OrganisationFacts(new Organisation("GM0406", "Gemeente Huizen"), measures, lines,
                List.of(new Target(Domain.WMO, 2023, Amount.of(170_000))), 2024, PEILDATUM, realisations, budget, List.of(),
                PEILDATUM);
    }

    private static FinancialLine year(String measure, LineKind kind, int year, Amount amount) {
        return new FinancialLine(measure, kind, null, null, null, year, amount, null, null);
    }

    private static List<ReceivedFileRecord> files() {
        ValidationIssue bad = new ValidationIssue(Severity.ERROR, "Financieel", "C3", "Ongeldig bedrag", "veel",
                "een bedrag", "In cel C3 staat 'veel'; verwacht een bedrag.");
        return List.of(
                new ReceivedFileRecord(1, 7, "GM0406 Huizen - Voorstellen.xlsx", "a".repeat(64), 1000, RUN_TIME,
                        FileOutcome.ACCEPTED, "VOORSTELLEN", "GM0406", "Gemeente Huizen", PEILDATUM, 3, 5, 0, 0, 0, null, List.of()),
                new ReceivedFileRecord(2, 7, "=cmd|' /C calc'!A0.xlsx", "b".repeat(64), 1000, RUN_TIME,
                        FileOutcome.REJECTED, "VOORSTELLEN", "GM0274", "Gemeente Renkum", PEILDATUM, 0, 0, 0, 1, 0,
                        "x.feedback.xlsx", List.of(bad)));
    }
}
