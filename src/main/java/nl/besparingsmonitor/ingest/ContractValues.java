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
            .add(MeasureStatus.INGETROKKEN, "Ingetrokken", "Vervallen", "Withdrawn")
            .advise("Status gaat over het besluit over de maatregel: is die aangenomen en in uitvoering of al uitgevoerd,"
                    + " kies dan Aangenomen.", "In uitvoering", "Uitgevoerd", "Gerealiseerd", "Gestart", "Lopend", "Loopt")
            .advise("Is er nog niet over de maatregel besloten, kies dan Voorgesteld.", "In behandeling", "In voorbereiding",
                    "Open", "Nog te besluiten");

    static final Lookup<MeasureType> TYPES = new Lookup<MeasureType>("Structureel, Incidenteel")
            .add(MeasureType.STRUCTUREEL, "Structureel", "S", "Recurring", "Structural")
            .add(MeasureType.INCIDENTEEL, "Incidenteel", "I", "Eenmalig", "One-off", "Incidental");

    static final Lookup<LineKind> LINE_KINDS = new Lookup<LineKind>("Besparing of Kosten")
            .add(LineKind.SAVING, "Besparing", "Besparingen", "Bezuiniging", "Bezuinigingen", "Ombuiging", "Ombuigingen",
                    "Opbrengst", "Opbrengsten", "Effect", "Baten", "Saving", "Savings")
            .add(LineKind.COST, "Kosten", "Uitvoeringskosten", "Frictiekosten", "Investering", "Investeringen", "Lasten",
                    "Meerkosten", "Implementatiekosten", "Invoeringskosten", "Cost", "Costs")
            // a net figure typed as a line would be counted as if no costs belonged to it, or its costs twice
            .advise("Het netto effect (besparing min kosten) berekent Besparingsmonitor zelf. Zijn de kosten al van dit"
                    + " bedrag af, kies dan Besparing en zet voor deze maatregel geen kosten apart; anders zet u de"
                    + " besparing en de kosten elk op een eigen regel.", "Netto", "Netto effect", "Netto-effect",
                    "Netto besparing", "Netto-besparing", "Netto opbrengst", "Saldo", "Per saldo", "Resultaat")
            .advise("Een taakstelling is het doel, geen regel van een maatregel: zet die in het blad Taakstelling van de"
                    + " Voorstellen, per domein en jaar.", "Taakstelling", "Taakstellingen", "Doel");

    static final Lookup<Stand> STANDS = new Lookup<Stand>("Gerealiseerd of Verwacht")
            .add(Stand.GEREALISEERD, "Gerealiseerd", "Realisatie", "Werkelijk", "Realised", "Actual")
            .add(Stand.VERWACHT, "Verwacht", "Prognose", "Verwachting", "Expected", "Forecast")
            .advise("Wat gepland is, staat in de Voorstellen van deze organisatie; hier staat per jaar wat gerealiseerd is"
                    + " (Gerealiseerd) of voor het hele jaar verwacht wordt (Verwacht).", "Begroot", "Begroting", "Gepland",
                    "Planning", "Voorstel", "Voorgesteld", "Plan");

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
                    "bedragen x 1.000 euro", "x1.000 euro", "keuro", "k€")
            .advise("Bedragen in miljoenen kent het sjabloon niet: reken ze om naar x 1.000 euro (1,2 miljoen is 1.200)"
                    + " en kies die eenheid.", "x 1 mln", "x 1 miljoen", "x 1.000.000 euro", "x 1.000.000", "miljoen",
                    "miljoenen", "mln", "x mln", "x € 1 mln", "x €1 mln", "bedragen x 1 miljoen");

    private ContractValues() {
    }

    /** A closed list of values with aliases. */
    static final class Lookup<T> {
        private final Map<String, T> byName = new HashMap<>();
        private final Map<String, String> advice = new HashMap<>();
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

        /**
         * Words people write in this column that are not among its values, with what they should write
         * instead: the error then says why, not only what is allowed.
         */
        Lookup<T> advise(String what, String... names) {
            for (String n : names) {
                advice.put(HeaderNames.normalise(n), what);
            }
            return this;
        }

        T find(String text) {
            return text == null ? null : byName.get(HeaderNames.normalise(text));
        }

        /** The end of the message for a value not in the list: what is allowed, and advice where there is some. */
        String allowedInstead(String text) {
            String what = advice.get(HeaderNames.normalise(text));
            return "toegestaan is " + expected + "." + (what == null ? "" : " " + what);
        }

        String expected() {
            return expected;
        }
    }
}
