package nl.besparingsmonitor.ingest;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import nl.besparingsmonitor.domain.BudgetFigureKind;
import nl.besparingsmonitor.domain.BudgetHolder;
import nl.besparingsmonitor.domain.Domain;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.MeasureStatus;
import nl.besparingsmonitor.domain.MeasureType;
import nl.besparingsmonitor.domain.SignConvention;
import nl.besparingsmonitor.domain.Stand;
import nl.besparingsmonitor.domain.WorkbookKind;
import nl.besparingsmonitor.validation.HeaderNames;

/**
 * The closed value lists of the contract with their accepted aliases. Lookups ignore case, spaces
 * and accents, like headers.
 */
final class ContractValues {

    static final Lookup<Domain> DOMAINS = new Lookup<Domain>("Wmo, Jeugd, Participatie, Voorveld, Toegang, Beschermd wonen, Wmo-vervoer, Overig")
            .add(Domain.WMO, "Wmo", "Wmo 2015", "Maatschappelijke ondersteuning", "Social support")
            .add(Domain.JEUGD, "Jeugd", "Jeugdwet", "Jeugdzorg", "Youth")
            .add(Domain.PARTICIPATIE, "Participatie", "Participatiewet", "Werk en inkomen", "Participation")
            .add(Domain.VOORVELD, "Voorveld", "Preventie", "Voorliggend veld")
            .add(Domain.TOEGANG, "Toegang", "Access")
            .add(Domain.BESCHERMD_WONEN, "Beschermd wonen", "BW", "Beschermd-wonen")
            .add(Domain.WMO_VERVOER, "Wmo-vervoer", "Wmo vervoer", "Vervoer", "Doelgroepenvervoer")
            .add(Domain.OVERIG, "Overig", "Overige", "Algemeen", "Other");

    static final Lookup<MeasureStatus> STATUSES = new Lookup<MeasureStatus>("Voorgesteld, Aangenomen, Afgewezen, Ingetrokken")
            .add(MeasureStatus.VOORGESTELD, "Voorgesteld", "Voorstel", "Concept", "Proposed")
            .add(MeasureStatus.AANGENOMEN, "Aangenomen", "Vastgesteld", "Besloten", "Akkoord", "Adopted")
            .add(MeasureStatus.AFGEWEZEN, "Afgewezen", "Verworpen", "Niet akkoord", "Rejected")
            .add(MeasureStatus.INGETROKKEN, "Ingetrokken", "Vervallen", "Withdrawn");

    static final Lookup<MeasureType> TYPES = new Lookup<MeasureType>("Structureel, Incidenteel")
            .add(MeasureType.STRUCTUREEL, "Structureel", "S", "Recurring", "Structural")
            .add(MeasureType.INCIDENTEEL, "Incidenteel", "I", "Eenmalig", "One-off", "Incidental");

    static final Lookup<LineKind> LINE_KINDS = new Lookup<LineKind>("Besparing of Kosten")
            .add(LineKind.SAVING, "Besparing", "Besparingen", "Opbrengst", "Opbrengsten", "Effect", "Baten", "Saving", "Savings")
            .add(LineKind.COST, "Kosten", "Uitvoeringskosten", "Frictiekosten", "Investering", "Investeringen", "Lasten", "Cost", "Costs");

    static final Lookup<Stand> STANDS = new Lookup<Stand>("Gerealiseerd of Verwacht")
            .add(Stand.GEREALISEERD, "Gerealiseerd", "Realisatie", "Werkelijk", "Realised", "Actual")
            .add(Stand.VERWACHT, "Verwacht", "Prognose", "Verwachting", "Expected", "Forecast");

    static final Lookup<BudgetFigureKind> BUDGET_FIGURES = new Lookup<BudgetFigureKind>("Begroting, Realisatie of Prognose")
            .add(BudgetFigureKind.BEGROTING, "Begroting", "Budget", "Begroot")
            .add(BudgetFigureKind.REALISATIE, "Realisatie", "Gerealiseerd", "Werkelijk", "Actuals")
            .add(BudgetFigureKind.PROGNOSE, "Prognose", "Verwacht", "Verwachte realisatie", "Forecast");

    static final Lookup<BudgetHolder> BUDGET_HOLDERS = new Lookup<BudgetHolder>("Gemeente of Regio")
            .add(BudgetHolder.GEMEENTE, "Gemeente", "Gemeentelijk", "Municipality")
            .add(BudgetHolder.REGIO, "Regio", "GR", "Regionaal", "Region");

    static final Lookup<WorkbookKind> KINDS = new Lookup<WorkbookKind>("Voorstellen, Realisatie of Verdeelsleutels")
            .add(WorkbookKind.VOORSTELLEN, "Voorstellen", "Voorstel", "Proposals")
            .add(WorkbookKind.REALISATIE, "Realisatie", "Realisaties", "Actuals")
            .add(WorkbookKind.VERDEELSLEUTELS, "Verdeelsleutels", "Verdeelsleutel", "Keys");

    static final Lookup<SignConvention> CONVENTIONS = new Lookup<SignConvention>("bedragen positief, besparing negatief of kosten negatief")
            .add(SignConvention.ALL_POSITIVE, "bedragen positief", "positief", "all positive")
            .add(SignConvention.SAVINGS_NEGATIVE, "besparing negatief", "besparingen negatief", "savings negative")
            .add(SignConvention.COSTS_NEGATIVE, "kosten negatief", "costs negative");

    static final Lookup<BigDecimal> UNITS = new Lookup<BigDecimal>("euro of x 1.000 euro")
            .add(BigDecimal.ONE, "euro", "euro's", "eur", "€", "bedragen in euro")
            .add(BigDecimal.valueOf(1000), "x 1.000 euro", "x 1000 euro", "x €1.000", "x € 1.000", "x 1.000", "duizenden euro",
                    "bedragen x 1.000 euro", "x1.000 euro", "keuro", "k€");

    private ContractValues() {
    }

    /** A closed list of values with aliases. */
    static final class Lookup<T> {
        private final Map<String, T> byName = new HashMap<>();
        private final String expected;

        Lookup(String expected) {
            this.expected = expected;
        }

        Lookup<T> add(T value, String... names) {
            for (String n : names) {
                byName.put(HeaderNames.normalise(n), value);
            }
            return this;
        }

        T find(String text) {
            return text == null ? null : byName.get(HeaderNames.normalise(text));
        }

        String expected() {
            return expected;
        }
    }
}
