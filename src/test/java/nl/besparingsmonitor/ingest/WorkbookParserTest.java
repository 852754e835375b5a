package nl.besparingsmonitor.ingest;

import static nl.besparingsmonitor.support.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.BookingTotal;
import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.domain.FinancialLine;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.domain.LineKind;
import nl.besparingsmonitor.domain.MeasureStatus;
import nl.besparingsmonitor.ingest.xlsx.ReadLimits;
import nl.besparingsmonitor.support.Packages;
import nl.besparingsmonitor.support.TestWorkbook;
import nl.besparingsmonitor.support.TestWorkbook.Formatted;
import nl.besparingsmonitor.support.TestWorkbook.Formula;
import nl.besparingsmonitor.support.TestWorkbook.FormulaWithoutResult;
import nl.besparingsmonitor.support.Workbooks;
import nl.besparingsmonitor.validation.Severity;
import nl.besparingsmonitor.validation.ValidationIssue;

/** Every rule of the input contract, accepted and rejected, on real POI-written files. */
class WorkbookParserTest {

    private static final LocalDate PEILDATUM = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dir;

    private final WorkbookParser parser = new WorkbookParser(ReadLimits.defaults());

    private ParsedWorkbook parse(TestWorkbook wb) throws IOException {
        return parser.parse(wb.write(dir, "test.xlsx"));
    }

    private static List<FinancialLine> lines(ParsedWorkbook parsed) {
        return ((ProposalFacts) parsed.facts()).lines();
    }

    private static Amount amount(ParsedWorkbook parsed, String measure, LineKind kind, int year) {
        return lines(parsed).stream()
                .filter(l -> l.measureNumber().equals(measure) && l.kind() == kind && Integer.valueOf(year).equals(l.year()))
                .map(FinancialLine::amount).reduce(Amount::plus).orElseThrow();
    }

    private static List<ValidationIssue> errors(ParsedWorkbook parsed) {
        return parsed.issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }

    @Nested
    class Proposals {

        @Test
        void validWorkbookIsAcceptedWithDutchAmountsAndUnknownMarkers() throws IOException {
            ParsedWorkbook parsed = parse(Workbooks.huizenProposals(PEILDATUM));

            assertThat(errors(parsed)).isEmpty();
            assertThat(parsed.accepted()).isTrue();
            assertThat(parsed.info().organisation().code()).isEqualTo("GM0406");
            assertThat(parsed.info().peildatum()).isEqualTo(PEILDATUM);
            ProposalFacts facts = (ProposalFacts) parsed.facts();
            assertThat(facts.measures()).extracting(m -> m.number(), m -> m.status())
                    .containsExactly(tuple("1", MeasureStatus.AANGENOMEN), tuple("2", MeasureStatus.AANGENOMEN),
                            tuple("3", MeasureStatus.AFGEWEZEN));
            assertThat(amount(parsed, "2", LineKind.SAVING, 2024)).isEqualTo(Amount.of(1_632_659));
            assertThat(amount(parsed, "2", LineKind.SAVING, 2025)).isEqualTo(Amount.of("1632659.50"));
            assertThat(amount(parsed, "2", LineKind.SAVING, 2026)).isEqualTo(Amount.UNKNOWN);
            assertThat(facts.horizonYear()).isEqualTo(2026);
            assertThat(facts.targets()).hasSize(3);
            assertThat(parsed.issues()).anySatisfy(i -> {
                assertThat(i.severity()).isEqualTo(Severity.WARNING);
                assertThat(i.rule()).isEqualTo("Onbekend bedrag");
                assertThat(i.sheet()).isEqualTo("Financieel");
                assertThat(i.cell()).isEqualTo("F4");
            });
        }

        @Test
        void aDomainsTargetTwiceInOneYearIsAnError() throws IOException {
            // 'Jeugdwet' is an alias of Jeugd: the same target twice, which summed would double it
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                            row("1", "Toegang", "Jeugd", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2025),
                            row("1", "Besparing", 10_000))
                    .sheet("Taakstelling", row("Domein", 2025, 2026),
                            row("Jeugd", 187_000, null),
                            row("Wmo", 375_000, 505_000),
                            row("Jeugdwet", null, 257_000),
                            row("Jeugdwet", "187.000", null)));

            assertThat(parsed.accepted()).isFalse();
            assertThat(errors(parsed)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                            ValidationIssue::value, ValidationIssue::expected)
                    .containsExactly(tuple("Taakstelling", "B5", "Dubbel bedrag", "187.000", "één taakstelling per domein en jaar"));
            assertThat(errors(parsed).get(0).message()).isEqualTo("Cel B5 is een tweede bedrag voor de taakstelling van"
                    + " domein Jeugd in 2025; het eerste staat in B2. Zet het bedrag in één cel (tel ze zo nodig op) of"
                    + " verwijder de dubbele regel.");
        }

        @Test
        void aFinancieelRowEqualToAnEarlierOneIsWarnedAndStillCounted() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                            row("1", "Toegang", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", "Post", 2025, 2026),
                            row("1", "Besparing", "Zorgkosten", 10_000, 20_000),
                            row("1", "Besparing", "Formatie", 10_000, 20_000),
                            row("1", "Kosten", "Zorgkosten", 10_000, 20_000),
                            row("1", "Besparing", "Zorgkosten", "10.000", 20_000),
                            row("1", "Besparing", "Zorgkosten", 10_000, 25_000)));

            assertThat(parsed.accepted()).isTrue();
            assertThat(parsed.issues()).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                            ValidationIssue::severity, ValidationIssue::value, ValidationIssue::expected, ValidationIssue::message)
                    .containsExactly(tuple("Financieel", "A5", "Dubbele regel", Severity.WARNING, "1",
                            "een regel die verschilt van rij 2", "Rij 5 is gelijk aan rij 2: dezelfde maatregel, soort, post,"
                                    + " begroting, gemeente en bedragen. Beide tellen mee; verwijder deze regel als hij per"
                                    + " ongeluk dubbel staat."));
            assertThat(amount(parsed, "1", LineKind.SAVING, 2025)).isEqualTo(Amount.of(40_000));
        }

        @Test
        void wholeEurosWrittenWithCommaDashAreRead() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "GR Meerinzicht", "GR-MEERINZICHT", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Verdeelsleutel"),
                            row("1", "Toezicht", "Wmo", "Aangenomen", "Inwoners"))
                    .sheet("Financieel", row("Nummer", "Soort", 2026, 2027),
                            row("1", "Kosten", "€ 2.000,-", "€91.000,-"),
                            row("1", "Besparing", "120.000,-", "-/- 65.000,-")));

            assertThat(errors(parsed)).isEmpty();
            assertThat(amount(parsed, "1", LineKind.COST, 2026)).isEqualTo(Amount.of(2_000));
            assertThat(amount(parsed, "1", LineKind.COST, 2027)).isEqualTo(Amount.of(91_000));
            assertThat(amount(parsed, "1", LineKind.SAVING, 2026)).isEqualTo(Amount.of(120_000));
            assertThat(amount(parsed, "1", LineKind.SAVING, 2027)).isEqualTo(Amount.of(-65_000));
        }

        @Test
        void negativeFormsAndThousandsUnitAreNormalised() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "GR Meerinzicht", "GR-MEERINZICHT", PEILDATUM,
                            "Eenheid", "x 1.000 euro", "Tekenconventie", "kosten negatief")
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Verdeelsleutel"),
                            row("1", "Toezicht", "Wmo", "Aangenomen", "Inwoners"))
                    .sheet("Financieel", row("Nummer", "Soort", 2026, 2027, 2028),
                            row("1", "Kosten", "-/- 150", "(150,5)", -100),
                            row("1", "Besparing", 200, "1.200", "-50")));

            assertThat(errors(parsed)).isEmpty();
            assertThat(amount(parsed, "1", LineKind.COST, 2026)).isEqualTo(Amount.of(150_000));
            assertThat(amount(parsed, "1", LineKind.COST, 2027)).isEqualTo(Amount.of(150_500));
            assertThat(amount(parsed, "1", LineKind.COST, 2028)).isEqualTo(Amount.of(100_000));
            assertThat(amount(parsed, "1", LineKind.SAVING, 2027)).isEqualTo(Amount.of(1_200_000));
            // A negative saving under "kosten negatief" is a reversal: it reduces savings, and is warned.
            assertThat(amount(parsed, "1", LineKind.SAVING, 2028)).isEqualTo(Amount.of(-50_000));
            assertThat(parsed.issues()).anySatisfy(i -> {
                assertThat(i.rule()).isEqualTo("Tegengesteld teken");
                assertThat(i.cell()).isEqualTo("E3");
            });
        }

        @Test
        void savingsNegativeConventionAsInSeed001() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM,
                            "Tekenconventie", "besparing negatief")
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                            row("1", "Wmo huishoudelijke hulp", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2021),
                            row("1", "Kosten", "76.000"),
                            row("1", "Effect", "-500.000")));

            assertThat(errors(parsed)).isEmpty();
            assertThat(amount(parsed, "1", LineKind.SAVING, 2021)).isEqualTo(Amount.of(500_000));
            assertThat(amount(parsed, "1", LineKind.COST, 2021)).isEqualTo(Amount.of(76_000));
        }

        @Test
        void anEndBeforeTheStartIsAnErrorNamingBothDatesAsDutchDates() throws IOException {
            // before, the value found was Excel's day number (46113) and the expected date ISO (2028-12-31)
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                            row("1", "Wmo huishoudelijke hulp", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", "Jaarbedrag", "Startdatum", "Einddatum", 2026),
                            row("1", "Besparing", 100_000, LocalDate.of(2028, 12, 31), LocalDate.of(2026, 4, 1), null)));

            assertThat(parsed.accepted()).isFalse();
            assertThat(errors(parsed)).singleElement().satisfies(i -> {
                assertThat(java.util.Arrays.asList(i.sheet(), i.cell(), i.rule(), i.value(), i.expected())).containsExactly(
                        "Financieel", "E2", "Einddatum voor startdatum", "1-4-2026", "een einddatum op of na 31-12-2028");
                assertThat(i.message()).isEqualTo("De einddatum 1-4-2026 in cel E2 ligt voor de startdatum 31-12-2028 "
                        + "in cel D2. Zijn de datums verwisseld?");
            });
        }

        @Test
        void anAnnualAmountDatedBeforeOrAfterTheContractsYearsIsWarnedAbout() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Startdatum"),
                            row("1", "Wmo huishoudelijke hulp", "Wmo", "Aangenomen", null),
                            row("2", "Jeugd", "Jeugd", "Aangenomen", LocalDate.of(2020, 1, 1)))
                    .sheet("Financieel", row("Nummer", "Soort", "Jaarbedrag", "Startdatum", "Einddatum", 2026),
                            row("1", "Besparing", 100_000, LocalDate.of(2019, 1, 1), "31-12-2040", null),
                            row("2", "Besparing", 50_000, null, null, null),
                            row("1", "Kosten", 10_000, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), null)));

            assertThat(parsed.accepted()).isTrue();
            assertThat(parsed.issues()).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::severity,
                            ValidationIssue::value, ValidationIssue::expected)
                    .containsExactly(
                            tuple("D2", "Datum buiten de planjaren", Severity.WARNING, "1-1-2019", "een datum in 2021 t/m 2035"),
                            tuple("E2", "Datum buiten de planjaren", Severity.WARNING, "31-12-2040", "een datum in 2021 t/m 2035"),
                            tuple("C3", "Datum buiten de planjaren", Severity.WARNING, "1-1-2020", "een datum in 2021 t/m 2035"));
            assertThat(parsed.issues().get(0).message()).isEqualTo("Het Jaarbedrag in rij 2 loopt vanaf 1-1-2019; alleen "
                    + "2021 t/m 2035 tellen mee, de jaren vóór 2021 niet. Klopt het jaartal?");
            assertThat(parsed.issues().get(2).message()).isEqualTo("Het Jaarbedrag in rij 3 loopt vanaf 1-1-2020 "
                    + "(Startdatum van maatregel '2'); alleen 2021 t/m 2035 tellen mee, de jaren vóór 2021 niet. Klopt het jaartal?");
        }

        @Test
        void aColumnOfAmountsHeadedByAYearWithTextIsAnError() throws IOException {
            // before, '2025 (raming)' was an 'Extra kolom': its amounts were dropped with a warning and the report
            // showed 2025 without them
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                            row("1", "Wmo huishoudelijke hulp", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2024, "2025 (raming)", "Totaal 2024-2025",
                                    "Opmerking 2025", "Raming 2026"),
                            row("1", "Besparing", 100, 200, 300, "zie nota", null),
                            row("1", "Kosten", 10, "20", 30, null, "P.M.")));

            assertThat(parsed.accepted()).isFalse();
            assertThat(parsed.issues()).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::severity,
                            ValidationIssue::value, ValidationIssue::expected)
                    .containsExactly(
                            tuple("D1", "Jaarkolom met tekst", Severity.ERROR, "2025 (raming)", "alleen het jaartal, zoals 2025"),
                            tuple("E1", "Extra kolom", Severity.WARNING, "Totaal 2024-2025", null),
                            tuple("F1", "Extra kolom", Severity.WARNING, "Opmerking 2025", null),
                            tuple("G1", "Jaarkolom met tekst", Severity.ERROR, "Raming 2026", "alleen het jaartal, zoals 2026"));
            assertThat(parsed.issues().get(0).message()).isEqualTo("Kolom D heeft als kop '2025 (raming)': een jaartal met "
                    + "tekst erbij. Een jaarkolom heeft alleen het jaartal als kop; zo wordt deze kolom niet als 2025 gelezen. "
                    + "Zet alleen 2025 in de kop (een toelichting past in een eigen kolom of in blad Toelichting), of "
                    + "verwijder de kolom als de bedragen niet meetellen.");
        }

        @Test
        void aYearTwiceIsAnErrorAndAYearOutsideTheContractIsNamedAsSuch() throws IOException {
            // before, the second 2025 and the 2036 were both an 'Extra kolom', their amounts dropped with a warning
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                            row("1", "Wmo huishoudelijke hulp", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2025, 2026, "2025", 2036, "Opmerking"),
                            row("1", "Besparing", 100, 200, 300, 400, "x")));

            assertThat(parsed.accepted()).isFalse();
            assertThat(parsed.issues()).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                            ValidationIssue::severity, ValidationIssue::value, ValidationIssue::expected)
                    .containsExactly(
                            tuple("Financieel", "E1", "Dubbele jaarkolom", Severity.ERROR, "2025", "één kolom per jaar"),
                            tuple("Financieel", "F1", "Jaar buiten bereik", Severity.WARNING, "2036", "2021 t/m 2035"),
                            tuple("Financieel", "G1", "Extra kolom", Severity.WARNING, "Opmerking", null));
            assertThat(parsed.issues().get(0).message()).isEqualTo("Het jaar 2025 staat twee keer in de kopregel van blad"
                    + " 'Financieel' (kolom C en kolom E); welke bedragen gelden is niet te zeggen. Houd één kolom per jaar.");
            assertThat(parsed.issues().get(1).message())
                    .isEqualTo("Kolom '2036' is een jaar buiten 2021 t/m 2035; de bedragen in deze kolom worden niet ingelezen.");
        }

        @Test
        void aSecondColumnOfTheContractSaysWhichOneIsRead() throws IOException {
            // before: 'Kolom 'Opmerking' hoort niet bij het sjabloon', although it is an alias of Toelichting
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Toelichting", "Opmerking"),
                            row("1", "Wmo huishoudelijke hulp", "Wmo", "Aangenomen", "raad 2024", "zie nota"))
                    .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 100)));

            assertThat(parsed.accepted()).isTrue();
            assertThat(parsed.issues()).singleElement().satisfies(i -> {
                assertThat(List.of(i.sheet(), i.cell(), i.rule(), i.value(), i.expected()))
                        .containsExactly("Maatregelen", "F1", "Dubbele kolom", "Opmerking", "één kolom 'Toelichting'");
                assertThat(i.severity()).isEqualTo(Severity.WARNING);
                assertThat(i.message()).isEqualTo("Kolom F ('Opmerking') is een tweede kolom 'Toelichting' naast kolom E;"
                        + " alleen kolom E wordt gelezen.");
            });
        }

        @Test
        void headersMatchIgnoringCaseAccentsSpacesAndEnglishAliasesInAnyOrder() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet(" maatregelen ", row("  STATUS ", "Domaín", "name", "Number", "Opmerking extra"),
                            row("Aangenomen", "Jeugdwet", "Praktijkondersteuner", "A.1", "x"))
                    .sheet("Financial", row("number", "kind", "2025"),
                            row("A.1", "Opbrengst", 10)));

            assertThat(errors(parsed)).isEmpty();
            assertThat(((ProposalFacts) parsed.facts()).measures().get(0).domain().label()).isEqualTo("Jeugd");
            assertThat(amount(parsed, "A.1", LineKind.SAVING, 2025)).isEqualTo(Amount.of(10));
            assertThat(parsed.issues()).anySatisfy(i -> {
                assertThat(i.rule()).isEqualTo("Extra kolom");
                assertThat(i.cell()).isEqualTo("E1");
            });
        }

        @Test
        void everyProblemIsReportedWithItsCellNotJustTheFirst() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                            row("1", "Goed", "Wmo", "Aangenomen"),
                            row("1", "Dubbel", "Wmo", "Aangenomen"),
                            row("2", "Fout domein", "Sport", "Aangenomen"),
                            row("3", null, "Wmo", "Misschien"))
                    .sheet("Financieel", row("Nummer", "Soort", 2025, 2026),
                            row("1", "Besparing", "12,3,4", 5),
                            row("9", "Besparing", 1, 1),
                            row("1", "Winst", 1, 1),
                            row("1", "Besparing", "--1.538.246", 1)));

            assertThat(parsed.accepted()).isFalse();
            assertThat(parsed.facts()).isNull();
            assertThat(errors(parsed)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule)
                    .contains(
                            tuple("Maatregelen", "A3", "Dubbel nummer"),
                            tuple("Maatregelen", "C4", "Ongeldige waarde"),
                            tuple("Maatregelen", "B5", "Verplichte waarde"),
                            tuple("Maatregelen", "D5", "Ongeldige waarde"),
                            tuple("Financieel", "C2", "Ongeldig bedrag"),
                            tuple("Financieel", "A3", "Onbekende maatregel"),
                            tuple("Financieel", "B4", "Ongeldige waarde"),
                            tuple("Financieel", "C5", "Ongeldig bedrag"));
            ValidationIssue amount = errors(parsed).stream().filter(i -> "C2".equals(i.cell())).findFirst().orElseThrow();
            assertThat(amount.value()).isEqualTo("12,3,4");
            assertThat(amount.expected()).contains("1.632.659");
            assertThat(amount.message()).contains("C2").contains("2025").contains("(geen getal herkend)");
            ValidationIssue doubleMinus = errors(parsed).stream().filter(i -> "C5".equals(i.cell())).findFirst().orElseThrow();
            assertThat(doubleMinus.message()).endsWith("bevat geen geldig bedrag (dubbel minteken).");
        }

        @Test
        void aCellReadForTheControlTotalAndForItsRowIsReportedOnce() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                            row("1", "Een", "Wmo", "Aangenomen"),
                            row("2", "Twee", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2025, 2026),
                            row("1", "Besparing", "1.75o.000", 10),
                            row("2", "Besparing", "P.M.", 20),
                            row("2", "Winst", "12,3,4", 5),
                            row("Totaal", null, 100, 30)));

            assertThat(parsed.accepted()).isFalse();
            // top to bottom, as the sender goes through the sheet: the Totaal row's check comes last
            assertThat(parsed.issues()).extracting(ValidationIssue::cell, ValidationIssue::rule).containsExactly(
                    tuple("C2", "Ongeldig bedrag"),
                    tuple("C3", "Onbekend bedrag"),
                    // the row is not used (its Soort is unknown), but its amount is still read and reported
                    tuple("B4", "Ongeldige waarde"),
                    tuple("C4", "Ongeldig bedrag"),
                    tuple("C5", "Totaalregel niet te controleren"),
                    tuple("D5", "Totaalregel klopt niet"));
            assertThat(parsed.errors()).isEqualTo(4);
            assertThat(parsed.warnings()).isEqualTo(2);
            assertThat(parsed.issues().get(4).message())
                    .isEqualTo("De totaalregel in cel C5 kan niet worden gecontroleerd omdat cel C2 erboven geen geldig bedrag bevat.");
        }

        @Test
        void aDashAboveAControlTotalIsNothingSoTheTotalIsStillChecked() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                            row("1", "Een", "Wmo", "Aangenomen"),
                            row("2", "Twee", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2024),
                            row("1", "Besparing", "-"),
                            row("2", "Besparing", 312_000),
                            row("Totaal", null, 387_000)));
            assertThat(parsed.issues()).extracting(ValidationIssue::cell, ValidationIssue::rule)
                    .containsExactly(tuple("C4", "Totaalregel klopt niet"));
        }

        @Test
        void aControlTotalOverAnInvalidAmountIsNotCalledWrong() throws IOException {
            // 75.0O0 (a letter O) cannot be read; the total of 387.000 may well be right, so it is not checked
            // against 312.000 (the sum without it) and called wrong, but said to be uncheckable, and why
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                            row("1", "Een", "Wmo", "Aangenomen"),
                            row("2", "Twee", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2024),
                            row("1", "Besparing", "75.0O0"),
                            row("2", "Besparing", 312_000),
                            row("Totaal", null, 387_000)));

            assertThat(parsed.accepted()).isFalse();
            assertThat(parsed.issues()).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::severity)
                    .containsExactly(tuple("C2", "Ongeldig bedrag", Severity.ERROR),
                            tuple("C4", "Totaalregel niet te controleren", Severity.WARNING));
            assertThat(parsed.issues().get(1).message())
                    .isEqualTo("De totaalregel in cel C4 kan niet worden gecontroleerd omdat cel C2 erboven geen geldig bedrag bevat.");
        }

        @Test
        void missingRequiredColumnNamesTheHeaderRow() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Toelichting bij dit blad"), row("Nummer", "Naam", "Status"),
                            row("1", "X", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort"), row("1", "Besparing")));

            assertThat(errors(parsed)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                            ValidationIssue::expected)
                    .contains(tuple("Maatregelen", "A2", "Verplichte kolom ontbreekt", "Domein"),
                            tuple("Financieel", "A1", "Jaarkolom ontbreekt", "minstens één jaarkolom (2021 t/m 2035)"));
        }

        @Test
        void aMissingColumnSaysWhichHeadersWouldDoAndWhichWereNotRecognised() throws IOException {
            // measured: 'Maatregelnr.' above Huizen's numbers gave only "Kolom 'Nummer' ontbreekt", with nothing found
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Maatregelnr.", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Maatregel-id", "Soort", 2025), row("1", "Besparing", 100)));

            // 'Maatregelnr.' is a name of Nummer now; 'Maatregel-id' is not
            assertThat(errors(parsed)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                            ValidationIssue::value, ValidationIssue::expected)
                    .containsExactly(tuple("Financieel", "A1", "Verplichte kolom ontbreekt", "'Maatregel-id'", "Nummer"));
            assertThat(errors(parsed).get(0).message()).isEqualTo("Kolom 'Nummer' ontbreekt in de kopregel (rij 1) van blad "
                    + "'Financieel'. Die kolom wordt herkend als Nummer, Nr, Nr., Maatregelnummer, Maatregelnr, Maatregelnr., "
                    + "Number, No. Niet herkend in die kopregel: 'Maatregel-id'.");

            // without a readable Maatregelen table the numbers on Financieel are not reported as unknown one by one
            ParsedWorkbook noMeasures = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Maatregel-id", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", "Jaarbedrag", 2025), row("1", "Besparing", null, 100),
                            row("2", "Besparing", 500, null)));
            assertThat(errors(noMeasures)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule)
                    .containsExactly(tuple("Maatregelen", "A1", "Verplichte kolom ontbreekt"));
        }

        @Test
        void missingSheetsAndInfoValuesAreRejected() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.create()
                    .sheet("Info", row("Soort bestand", "Voorstellen"), row("Organisatie", "Gemeente Huizen"),
                            row("Code", "GM0406"), row("Peildatum", "31-2-2025")));

            // a wrong Peildatum no longer hides the rest: the missing sheets are reported in the same round
            assertThat(errors(parsed)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule)
                    .containsExactly(tuple("Info", "B4", "Ongeldige datum"), tuple("Maatregelen", null, "Blad ontbreekt"),
                            tuple("Financieel", null, "Blad ontbreekt"));

            ParsedWorkbook noInfo = parse(TestWorkbook.create().sheet("Blad1", row("iets")));
            assertThat(errors(noInfo)).extracting(ValidationIssue::rule).containsExactly("Blad ontbreekt");

            ParsedWorkbook noSheets = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM));
            assertThat(errors(noSheets)).extracting(ValidationIssue::sheet).containsExactly("Maatregelen", "Financieel");
        }

        @Test
        void controlTotalRowsAreCheckedAndNeverLoaded() throws IOException {
            TestWorkbook good = TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"),
                            row("2", "B", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2025),
                            row("1", "Besparing", 100),
                            row("2", "Besparing", new Formula("10*5")),
                            row("Totaal", null, new Formula("SUM(C2:C3)")));
            ParsedWorkbook parsed = parse(good);
            assertThat(errors(parsed)).isEmpty();
            assertThat(lines(parsed)).hasSize(2);
            assertThat(amount(parsed, "2", LineKind.SAVING, 2025)).isEqualTo(Amount.of(50));

            ParsedWorkbook wrong = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 1234.5),
                            row("Totaal", null, 1300)));
            assertThat(errors(wrong)).singleElement().satisfies(i -> {
                assertThat(i.cell()).isEqualTo("C3");
                assertThat(i.rule()).isEqualTo("Totaalregel klopt niet");
                // written back the way the sender writes amounts
                assertThat(i.value()).isEqualTo("1.300");
                assertThat(i.expected()).isEqualTo("1.234,5");
                assertThat(i.message()).isEqualTo("De totaalregel in cel C3 is 1.300, maar de som van de regels erboven is 1.234,5.");
            });
        }

        @Test
        void aFormulaWithoutAStoredResultIsAnErrorNamingTheCellNotAnEmptyAmount() throws IOException {
            // measured: measure 1's 2023 amount written as such a formula vanished from an accepted file
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"),
                            row("2", "B", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2024, 2025, "Berekening"),
                            row("1", "Besparing", 100, new FormulaWithoutResult("C2+30"), null),
                            row("2", "Besparing", 50, 60, new FormulaWithoutResult("D3*2")),
                            row("Totaal", null, new FormulaWithoutResult("SUM(C2:C3)"), new FormulaWithoutResult("SUM(D2:D3)"))));

            // a formula in a column that is not read (Berekening) does not matter
            assertThat(errors(parsed)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                            ValidationIssue::value)
                    .containsExactly(tuple("Financieel", "D2", "Formule zonder uitkomst", "=C2+30"),
                            tuple("Financieel", "C4", "Formule zonder uitkomst", "=SUM(C2:C3)"),
                            tuple("Financieel", "D4", "Formule zonder uitkomst", "=SUM(D2:D3)"));
            assertThat(errors(parsed).get(0).message()).isEqualTo("Cel D2 in kolom '2025' bevat een formule (=C2+30) "
                    + "waarvan het bestand geen uitkomst bevat: het programma dat het bestand maakte, heeft de formule "
                    + "niet uitgerekend, dus is niet te zien welke waarde bedoeld is. Open het bestand in Excel of "
                    + "LibreOffice Calc en sla het op (dan wordt de uitkomst bewaard), of typ de waarde in.");

            ParsedWorkbook info = parse(TestWorkbook.create()
                    .sheet("Info", row("Soort bestand", "Voorstellen"), row("Organisatie", "Gemeente Huizen"),
                            row("Code", "GM0406"), row("Peildatum", new FormulaWithoutResult("DATE(2025,3,1)")))
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 100)));
            assertThat(errors(info)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule)
                    .containsExactly(tuple("Info", "B4", "Formule zonder uitkomst"));
            assertThat(errors(info).get(0).message()).startsWith("Cel B4 bij 'Peildatum' bevat een formule (=DATE(2025,3,1))");
        }

        @Test
        void aPeildatumMoreThanAMonthAheadIsAnErrorSinceNoEarlierDeliveryWouldCountAfterIt() throws IOException {
            // read on 10 March 2025 in the Netherlands: figures 'per' up to 10 April may be sent ahead
            WorkbookParser onTenMarch = new WorkbookParser(ReadLimits.defaults(),
                    Clock.fixed(Instant.parse("2025-03-10T09:00:00Z"), DutchTime.ZONE));

            ParsedWorkbook aheadByAMonth = onTenMarch.parse(Workbooks.huizenProposals(LocalDate.of(2025, 4, 10)).write(dir, "april.xlsx"));
            ParsedWorkbook mistypedYear = onTenMarch.parse(Workbooks.huizenProposals(LocalDate.of(2026, 3, 1)).write(dir, "2026.xlsx"));

            assertThat(aheadByAMonth.accepted()).isTrue();
            assertThat(mistypedYear.accepted()).isFalse();
            assertThat(errors(mistypedYear)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                            ValidationIssue::value, ValidationIssue::expected)
                    .containsExactly(tuple("Info", "B4", "Peildatum in de toekomst", "1-3-2026", "een datum tot en met 10-4-2025"));
            assertThat(errors(mistypedYear).get(0).message()).startsWith(
                    "De peildatum 1-3-2026 ligt meer dan een maand na vandaag (10-3-2025).");
        }

        @Test
        void aMeasureRowThatCannotBeReadIsReportedThereAndNotAgainWhereItsLinesReferToIt() throws IOException {
            // measured on a copy of Renkum's proposals with the name of measure ABO a formula without a result:
            // its Financieel row also got 'Onbekende maatregel ... staat niet op blad Maatregelen' and
            // 'Startdatum ontbreekt', while ABO and its start date stand on that sheet
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Renkum", "GM0274", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Startdatum"),
                            row("W", "Wmo", "Wmo", "Aangenomen", LocalDate.of(2026, 1, 1)),
                            row("ABO", new FormulaWithoutResult("HYPERLINK(\"http://x\",\"klik\")"), "Wmo", "Voorgesteld",
                                    LocalDate.of(2027, 1, 1)))
                    .sheet("Financieel", row("Nummer", "Soort", "Jaarbedrag", 2025),
                            row("W", "Besparing", 511500, null),
                            row("ABO", "Besparing", 375000, null),
                            row("X", "Besparing", 1000, null)));

            // the measure that is on no sheet at all is still reported, once: whether its start date is
            // missing depends on the measure it was meant to be
            assertThat(errors(parsed)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule)
                    .containsExactly(tuple("Maatregelen", "B3", "Formule zonder uitkomst"),
                            tuple("Financieel", "A4", "Onbekende maatregel"));
        }

        @Test
        void anUnknownMeasureNumberWrittenOtherwiseNamesTheMeasureItMostLikelyMeans() throws IOException {
            // measured: 'abo' on Financieel for Renkum's ABO was 'staat niet op blad Maatregelen' and 'Startdatum ontbreekt'
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Renkum", "GM0274", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Startdatum"),
                            row("ABO 1", "Abonnementstarief", "Wmo", "Voorgesteld", LocalDate.of(2027, 1, 1)),
                            row("SMI", "Sociaal medische indicatie", "Jeugd", "Voorgesteld", null))
                    .sheet("Financieel", row("Nummer", "Soort", "Jaarbedrag", 2025),
                            row("abo1", "Besparing", 375000, null),
                            row("XYZ", "Besparing", 1000, null),
                            row("SMI", "Besparing", 5000, null)));

            // a known measure without a start date, and none on its line, still has one missing
            assertThat(errors(parsed)).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::value,
                            ValidationIssue::expected)
                    .containsExactly(tuple("A2", "Onbekende maatregel", "abo1", "ABO 1"),
                            tuple("A3", "Onbekende maatregel", "XYZ", "een nummer van blad Maatregelen"),
                            tuple("C4", "Startdatum ontbreekt", "5.000", "een Startdatum bij de regel of de maatregel"));
            assertThat(errors(parsed).get(0).message()).isEqualTo("Maatregel 'abo1' in rij 2 staat niet op blad 'Maatregelen'. "
                    + "Bedoelt u 'ABO 1'? Schrijf het nummer precies zoals op blad 'Maatregelen'.");
            assertThat(errors(parsed).get(1).message()).isEqualTo("Maatregel 'XYZ' in rij 3 staat niet op blad 'Maatregelen'.");
        }

        @Test
        void aDateInAnAmountColumnIsAnErrorNotItsDayNumber() throws IOException {
            // measured: 7-3-2024 in Huizen's 2024 column was loaded as a saving of 45.358
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Startdatum"),
                            row("1", "A", "Wmo", "Aangenomen", LocalDate.of(2024, 3, 7)))
                    .sheet("Financieel", row("Nummer", "Soort", 2024, 2025),
                            row("1", "Besparing", LocalDate.of(2024, 3, 7), 100)));

            // the Startdatum, a date column, is read as the date it is
            assertThat(errors(parsed)).singleElement().satisfies(i -> {
                assertThat(List.of(i.sheet(), i.cell(), i.rule(), i.value()))
                        .containsExactly("Financieel", "C2", "Datum als bedrag", "7-3-2024");
                assertThat(i.message()).isEqualTo("Cel C2 in kolom '2024' is opgemaakt als datum en toont 7-3-2024; "
                        + "een datum is geen bedrag. Excel maakt van sommige invoer (zoals 7-3) een datum. Geef de cel "
                        + "de opmaak Getal of Valuta en typ het bedrag opnieuw.");
            });
        }

        @Test
        void anAmountShownInThousandsByItsFormatIsAnErrorInASheetOfThousandsAndEurosInASheetOfEuros() throws IOException {
            // a budget copied with its format '#,##0,': 145.000 on file, 145 on screen, under 'x 1.000 euro'
            // it was loaded as 145.000.000
            Object shownInThousands = new TestWorkbook.Formatted(145_000, "#,##0,");
            ParsedWorkbook thousands = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM,
                            "Eenheid", "x 1.000 euro")
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2023, 2024),
                            row("1", "Besparing", shownInThousands, new TestWorkbook.Formatted(175, "#,##0"))));

            assertThat(errors(thousands)).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::value,
                    ValidationIssue::message).containsExactly(tuple("C2", "Opmaak in duizenden", "145.000",
                    "Cel C2 in kolom '2023' bevat 145.000 en toont dat door de opmaak van de cel in duizenden, als 145."
                            + " Met de eenheid 'x 1.000 euro' zou het als 145.000.000 euro tellen. Is 145.000 euro bedoeld,"
                            + " zet dan de Eenheid op het blad Info op 'euro' (de opmaak mag blijven); anders typ het"
                            + " bedrag in duizenden in een cel zonder deze opmaak."));

            // in a sheet of euros the cell holds what it means; a thousands separator is no scaling
            ParsedWorkbook euros = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2023, 2024),
                            row("1", "Besparing", shownInThousands, new TestWorkbook.Formatted(175_000, "#,##0"))));
            assertThat(errors(euros)).isEmpty();
            assertThat(amount(euros, "1", LineKind.SAVING, 2023).value()).isEqualByComparingTo("145000");
            assertThat(amount(euros, "1", LineKind.SAVING, 2024).value()).isEqualByComparingTo("175000");
        }

        @Test
        void aUnitStatedAboveTheTableMustBeTheEenheidOfTheInfoSheet() throws IOException {
            // a council table copied with its heading; Eenheid left empty means euro, and 145 was loaded as 145 euro
            Object[] title = row("Financiële effecten (bedragen x € 1.000)");
            ParsedWorkbook euros = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                    .sheet("Financieel", title, row("Nummer", "Soort", 2023), row("1", "Besparing", 145)));

            assertThat(errors(euros)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                    ValidationIssue::message).containsExactly(tuple("Financieel", "A1", "Eenheid tegenstrijdig",
                    "Cel A1 zegt 'Financiële effecten (bedragen x € 1.000)', maar volgens de Eenheid op blad Info staan de"
                            + " bedragen in euro's (euro geldt ook als er niets is ingevuld). Staan de bedragen in duizenden,"
                            + " zet dan de Eenheid op 'x 1.000 euro'; staan ze in euro's, pas dan de tekst aan."));

            ParsedWorkbook thousands = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM,
                            "Eenheid", "x 1.000 euro")
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                    .sheet("Financieel", title, row("Nummer", "Soort", 2023), row("1", "Besparing", 145)));
            assertThat(errors(thousands)).isEmpty();
            assertThat(amount(thousands, "1", LineKind.SAVING, 2023).value()).isEqualByComparingTo("145000");
        }

        @Test
        void threeDecimalsInAnAmountInEurosAreAnErrorInThousandsTheyAreEuros() throws IOException {
            // English notation from an export: '150,000' was loaded as 150 euro
            ParsedWorkbook euros = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2024, 2025, 2026),
                            row("1", "Besparing", "150,000", "1.250,50", 150.125)));
            // a number (F2) is what it is; only text can be meant in another notation
            assertThat(errors(euros)).singleElement().satisfies(i -> {
                assertThat(List.of(i.cell(), i.rule(), i.value(), i.expected()))
                        .containsExactly("C2", "Drie decimalen", "150,000", "hoogstens twee decimalen, zoals 150.000 of 150");
                assertThat(i.message()).isEqualTo("Cel C2 in kolom '2024' bevat '150,000': met de komma als decimaalteken "
                        + "is dat 150 euro met drie cijfers achter de komma, terwijl een bedrag in euro's er hoogstens twee "
                        + "heeft. Is 150.000 bedoeld (de komma als scheiding van duizendtallen, zoals in Engelse notatie), "
                        + "typ dan 150.000; anders 150.");
            });

            ParsedWorkbook thousands = parse(TestWorkbook.withInfo("Voorstellen", "GR Meerinzicht", "GR-MEERINZICHT", PEILDATUM,
                            "Eenheid", "x 1.000 euro")
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Verdeelsleutel"),
                            row("1", "A", "Wmo", "Aangenomen", "Inwoners"))
                    .sheet("Financieel", row("Nummer", "Soort", 2024), row("1", "Besparing", "91,125")));
            assertThat(errors(thousands)).isEmpty();
            assertThat(amount(thousands, "1", LineKind.SAVING, 2024)).isEqualTo(Amount.of(91_125));
        }

        @Test
        void anEmptyResultOfANumberFormulaIsNoResultAnEmptyTextResultIsNothing() throws IOException {
            Path file = TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "A", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2024, 2025, 2026),
                            row("1", "Besparing", new FormulaWithoutResult("100*2"), new FormulaWithoutResult("IF(1,\"\",1)"), 300))
                    .write(dir, "leeg.xlsx");
            Map<String, byte[]> parts = Packages.parts(file);
            String sheet = Packages.sheetPart(parts, "Financieel");
            String xml = Packages.text(parts, sheet);
            // as openpyxl writes a formula (an empty <v> without a type); as Excel writes an empty text result
            String edited = xml.replace("<f>100*2</f></c>", "<f>100*2</f><v></v></c>")
                    .replaceFirst("<c r=\"D2\"([^>]*)><f>", "<c r=\"D2\" t=\"str\"$1><f>")
                    .replace("</f></c>", "</f><v></v></c>");
            assertThat(edited).contains("<f>100*2</f><v></v></c>", "t=\"str\"");
            Packages.put(parts, sheet, edited);

            ParsedWorkbook parsed = parser.parse(Packages.write(dir.resolve("openpyxl.xlsx"), parts));
            assertThat(errors(parsed)).extracting(ValidationIssue::cell, ValidationIssue::rule)
                    .containsExactly(tuple("C2", "Formule zonder uitkomst"));
        }

        @Test
        void feedbackOnAmountsSpeaksTheSheetsUnitAndDutchNotation() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "GR Meerinzicht", "GR-MEERINZICHT", PEILDATUM,
                            "Eenheid", "x 1.000 euro", "Tekenconventie", "kosten negatief")
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Verdeelsleutel"),
                            row("1", "Toezicht", "Wmo", "Aangenomen", "Inwoners"))
                    .sheet("Financieel", row("Nummer", "Soort", 2026, 2027),
                            row("1", "Besparing", 100, -28000),
                            row("1", "Besparing", 45.5, 28000),
                            row("Totaal", null, 170, 0)));

            // the sender typed 170 where the rows add up to 145,5 (thousands): both in that unit, the message also in euros
            assertThat(errors(parsed)).singleElement().satisfies(i -> {
                assertThat(i.cell()).isEqualTo("C4");
                assertThat(i.value()).isEqualTo("170");
                assertThat(i.expected()).isEqualTo("145,5");
                assertThat(i.message()).isEqualTo("De totaalregel in cel C4 is 170, maar de som van de regels erboven is 145,5"
                        + " (in euro: 170.000 tegen 145.500).");
            });
            // a number cell's found value with thousands separators, as the sender would type it
            assertThat(parsed.issues()).filteredOn(i -> i.rule().equals("Tegengesteld teken")).singleElement()
                    .satisfies(i -> {
                        assertThat(i.cell()).isEqualTo("D2");
                        assertThat(i.value()).isEqualTo("-28.000");
                        assertThat(i.expected()).isEqualTo("een positief bedrag voor besparing (tekenconventie 'kosten negatief')");
                    });
        }

        @Test
        void annualAmountWithTextDatesAndMedio() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Startdatum"),
                            row("1", "Innovatiebudget", "Wmo", "Aangenomen", "1-4-2026"))
                    .sheet("Financieel", row("Nummer", "Soort", "Jaarbedrag", "Startdatum", "Einddatum", 2026),
                            row("1", "Kosten", "210.000", "medio 2026", "medio 2029", null),
                            row("1", "Besparing", 50_000, null, null, null),
                            row("1", "Besparing", 1, null, null, 5)));

            assertThat(errors(parsed)).extracting(ValidationIssue::cell, ValidationIssue::rule)
                    .containsExactly(tuple("C4", "Jaarbedrag en jaarkolommen"));

            ParsedWorkbook ok = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Startdatum"),
                            row("1", "Innovatiebudget", "Wmo", "Aangenomen", "1 april 2026"))
                    .sheet("Financieel", row("Nummer", "Soort", "Jaarbedrag", "Startdatum", "Einddatum", 2026),
                            row("1", "Kosten", "210.000", "medio 2026", "medio 2029", null)));
            assertThat(errors(ok)).isEmpty();
            FinancialLine annual = lines(ok).get(0);
            assertThat(annual.isAnnualAmount()).isTrue();
            assertThat(annual.startDate()).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(annual.endDate()).isEqualTo(LocalDate.of(2029, 6, 30));
            assertThat(((ProposalFacts) ok.facts()).measures().get(0).startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
        }

        @Test
        void theEdgeOfAPeriodIsADateWhereItIsClearAndAnErrorWithTheDateToWriteWhereNot() throws IOException {
            // seed 003 plans "begin 2021", seed 006 "halverwege 2025"; "ultimo" is the finance word for the last day
            ParsedWorkbook ok = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Renkum", "GM0274", PEILDATUM)
                    .sheet("Info", row("Soort bestand", "Voorstellen"), row("Organisatie", "Gemeente Renkum"),
                            row("Code", "GM0274"), row("Peildatum", "ultimo september 2025"))
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Startdatum", "Einddatum"),
                            row("1", "Formatie", "Wmo", "Aangenomen", "begin 2026", "eind 2029"))
                    .sheet("Financieel", row("Nummer", "Soort", "Jaarbedrag", "Startdatum", "Einddatum", 2026),
                            row("1", "Besparing", "20.000", "halverwege 2026", "t/m eind maart 2028", null),
                            row("1", "Kosten", "5.000", "primo 2027", "ultimo 2027", null)));

            assertThat(errors(ok)).isEmpty();
            assertThat(ok.info().peildatum()).isEqualTo(LocalDate.of(2025, 9, 30));
            Measure measure = ((ProposalFacts) ok.facts()).measures().get(0);
            assertThat(measure.startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(measure.endDate()).isEqualTo(LocalDate.of(2029, 12, 31));
            assertThat(lines(ok)).extracting(FinancialLine::startDate, FinancialLine::endDate).containsExactly(
                    tuple(LocalDate.of(2026, 7, 1), LocalDate.of(2028, 3, 31)),
                    tuple(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));

            ParsedWorkbook vague = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Renkum", "GM0274", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Startdatum", "Einddatum"),
                            row("1", "Formatie", "Wmo", "Aangenomen", "eind 2026", "begin 2030"))
                    .sheet("Financieel", row("Nummer", "Soort", "Jaarbedrag", "Startdatum", "Einddatum", 2026),
                            row("1", "Besparing", "20.000", "najaar 2025", "1-4-28", null),
                            // dated by its measure, whose unreadable Startdatum is reported where it is, not again here
                            row("1", "Kosten", "5.000", null, null, null)));

            assertThat(errors(vague)).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::message)
                    .containsExactly(
                            tuple("E2", "Ongeldige datum", "Cel E2 in kolom 'Startdatum' bevat geen geldige datum. 'eind 2026'"
                                    + " als begindatum is niet eenduidig; noem de dag waarop het bedrag ingaat, bijvoorbeeld"
                                    + " 1-12-2026 of 1-1-2027."),
                            tuple("F2", "Ongeldige datum", "Cel F2 in kolom 'Einddatum' bevat geen geldige datum. 'begin 2030'"
                                    + " als einddatum is niet eenduidig; noem de laatste dag waarover het bedrag telt,"
                                    + " bijvoorbeeld 31-12-2029 of 1-1-2030."),
                            tuple("D2", "Ongeldige datum", "Cel D2 in kolom 'Startdatum' bevat geen geldige datum. Een seizoen"
                                    + " is geen datum; noem de maand of de dag, bijvoorbeeld oktober 2025 of 1-10-2025."),
                            tuple("E2", "Ongeldige datum", "Cel E2 in kolom 'Einddatum' bevat geen geldige datum. Het jaar"
                                    + " heeft twee cijfers; schrijf het voluit, bijvoorbeeld 1-4-2028."));
        }

        @Test
        void wordsForALineKindAreReadAsCouncilsUseThemAndANetFigureIsAnsweredWithWhatToWrite() throws IOException {
            ParsedWorkbook millions = parse(Workbooks.huizenProposals(PEILDATUM)
                    .sheet("Info", row("Soort bestand", "Voorstellen"), row("Organisatie", "Gemeente Huizen"),
                            row("Code", "GM0406"), row("Peildatum", PEILDATUM), row("Eenheid", "x 1 mln")));
            assertThat(errors(millions)).extracting(ValidationIssue::cell, ValidationIssue::message).containsExactly(
                    tuple("B5", "'Eenheid' is 'x 1 mln'; toegestaan is euro of x 1.000 euro. Bedragen in miljoenen kent het"
                            + " sjabloon niet: reken ze om naar x 1.000 euro (1,2 miljoen is 1.200) en kies die eenheid."));

            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                            row("1", "Begeleiding", "Wmo", "Aangenomen"),
                            row("2", "Dashboard", "Jeugd", "In uitvoering"))
                    .sheet("Financieel", row("Nummer", "Soort", 2025),
                            row("1", "Bezuiniging", 100_000),
                            row("1", "Meerkosten", 20_000),
                            row("2", "Netto besparing", 80_000)));

            assertThat(errors(parsed)).extracting(ValidationIssue::cell, ValidationIssue::message).containsExactly(
                    tuple("D3", "Cel D3 in kolom 'Status' bevat 'In uitvoering'; toegestaan is Voorgesteld, Aangenomen,"
                            + " Afgewezen, Ingetrokken. Status gaat over het besluit over de maatregel: is die aangenomen en in"
                            + " uitvoering of al uitgevoerd, kies dan Aangenomen."),
                    tuple("B4", "Cel B4 in kolom 'Soort' bevat 'Netto besparing'; toegestaan is Besparing of Kosten. Het"
                            + " netto effect (besparing min kosten) berekent Besparingsmonitor zelf. Zijn de kosten al van dit"
                            + " bedrag af, kies dan Besparing en zet voor deze maatregel geen kosten apart; anders zet u de"
                            + " besparing en de kosten elk op een eigen regel."));

            ParsedWorkbook ok = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"),
                            row("1", "Begeleiding", "Wmo", "Aangenomen"))
                    .sheet("Financieel", row("Nummer", "Soort", 2025),
                            row("1", "Bezuiniging", 100_000),
                            row("1", "Ombuigingen", 10_000),
                            row("1", "Meerkosten", 20_000)));
            assertThat(errors(ok)).isEmpty();
            assertThat(lines(ok)).extracting(FinancialLine::kind)
                    .containsExactly(LineKind.SAVING, LineKind.SAVING, LineKind.COST);
        }

        @Test
        void periodsOfAPlanningColumnAreReadAsTheirFirstOrLastDay() throws IOException {
            // Council papers plan in periods (seed 003: "Q1 2021", "per 2022"); a year typed into a
            // date cell is the number 2026, which as an Excel day would be 18 July 1905.
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "Gemeente Noordoostpolder", "GM0171", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Startdatum", "Einddatum"),
                            row("1", "Sociale recherche", "Participatie", "Aangenomen", 2026, "Q4 2028"))
                    .sheet("Financieel", row("Nummer", "Soort", "Jaarbedrag", "Startdatum", "Einddatum", 2026),
                            row("1", "Besparing", "25.000", "Q2 2026", "2028", null),
                            row("1", "Besparing", "10.000", "vanaf april 2027", "t/m 3e kwartaal 2029", null),
                            row("1", "Kosten", "5.000", "per 2027", 2029, null)));

            assertThat(errors(parsed)).isEmpty();
            Measure measure = ((ProposalFacts) parsed.facts()).measures().get(0);
            assertThat(measure.startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(measure.endDate()).isEqualTo(LocalDate.of(2028, 12, 31));
            assertThat(lines(parsed)).extracting(FinancialLine::startDate, FinancialLine::endDate).containsExactly(
                    tuple(LocalDate.of(2026, 4, 1), LocalDate.of(2028, 12, 31)),
                    tuple(LocalDate.of(2027, 4, 1), LocalDate.of(2029, 9, 30)),
                    tuple(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)));
        }

        @Test
        void aPeildatumMustBeADayNotAPeriod() throws IOException {
            for (Object peildatum : new Object[] {2025, "2025", "Q3 2025", "september 2025", "medio 2025"}) {
                ParsedWorkbook parsed = parse(Workbooks.huizenProposals(PEILDATUM)
                        .sheet("Info", row("Soort bestand", "Voorstellen"), row("Organisatie", "Gemeente Huizen"),
                                row("Code", "GM0406"), row("Peildatum", peildatum)));

                assertThat(errors(parsed)).as("Peildatum %s", peildatum).singleElement().satisfies(i -> {
                    assertThat(i.cell()).isEqualTo("B4");
                    assertThat(i.rule()).isEqualTo("Ongeldige datum");
                    assertThat(i.expected()).isEqualTo("een dag zoals 30-9-2025 of 30 september 2025");
                    // Info has labels beside their values, no column called Peildatum
                    assertThat(i.message()).isEqualTo("Cel B4 bij 'Peildatum' bevat geen geldige datum.");
                });
            }
        }

        @Test
        void aWrongPeildatumIsReportedWithEveryOtherErrorOfTheFileNotAlone() throws IOException {
            ParsedWorkbook parsed = parse(Workbooks.huizenProposals(PEILDATUM)
                    .sheet("Info", row("Soort bestand", "Voorstellen"), row("Organisatie", "Gemeente Huizen"),
                            row("Code", "GM0406"), row("Peildatum", "31-2-2025"))
                    .sheet("Financieel", row("Nummer", "Soort", "Post", 2024, 2025),
                            row("1", "Besparing", "Zorgkosten", "618.5OO", 200_000)));

            assertThat(parsed.accepted()).isFalse();
            assertThat(errors(parsed)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule)
                    .containsExactly(tuple("Info", "B4", "Ongeldige datum"), tuple("Financieel", "D2", "Ongeldig bedrag"));
            // whose file it is stays known for the run summary and the report, without a date
            assertThat(parsed.info().organisation().code()).isEqualTo("GM0406");
            assertThat(parsed.info().peildatum()).isNull();
        }

        @Test
        void regionalMeasureWithoutKeyIsRejectedAtItsRow() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Voorstellen", "GR Meerinzicht", "GR-MEERINZICHT", PEILDATUM)
                    .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Verdeelsleutel"),
                            row("1", "Met sleutel", "Wmo", "Aangenomen", "Inwoners"),
                            row("2", "Zonder sleutel", "Wmo", "Aangenomen", null),
                            row("3", "Per gemeente", "Wmo", "Aangenomen", null))
                    .sheet("Financieel", row("Nummer", "Soort", "Gemeente", 2026),
                            row("1", "Besparing", null, 10), row("2", "Besparing", null, 10),
                            row("3", "Besparing", "GM0233", 10)));

            assertThat(errors(parsed)).extracting(ValidationIssue::cell, ValidationIssue::rule)
                    .containsExactly(tuple("E3", "Verdeelsleutel ontbreekt"));
        }

        @Test
        void mergedTextCellsApplyToEveryRowTheyCover() throws IOException {
            Path file = Workbooks.huizenProposals(PEILDATUM).write(dir, "merged.xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                XSSFSheet sheet = wb.getSheet("Financieel");
                sheet.getRow(2).getCell(0).setBlank();
                sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
                try (var out = Files.newOutputStream(dir.resolve("merged2.xlsx"))) {
                    wb.write(out);
                }
            }
            ParsedWorkbook parsed = parser.parse(dir.resolve("merged2.xlsx"));
            assertThat(errors(parsed)).isEmpty();
            assertThat(amount(parsed, "1", LineKind.COST, 2024)).isEqualTo(Amount.of(20_000));
        }
    }

    @Test
    void hiddenRowsStillCountAndAreWarned() throws IOException {
        Path file = Workbooks.huizenProposals(PEILDATUM).write(dir, "hidden.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            wb.getSheet("Financieel").getRow(2).setZeroHeight(true);
            try (var out = Files.newOutputStream(dir.resolve("hidden2.xlsx"))) {
                wb.write(out);
            }
        }
        ParsedWorkbook parsed = parser.parse(dir.resolve("hidden2.xlsx"));
        assertThat(errors(parsed)).isEmpty();
        assertThat(amount(parsed, "1", LineKind.COST, 2024)).isEqualTo(Amount.of(20_000));
        assertThat(parsed.issues()).anySatisfy(i -> {
            assertThat(i.rule()).isEqualTo("Verborgen rij");
            assertThat(i.cell()).isEqualTo("A3");
        });
    }

    @Nested
    class Realisations {

        @Test
        void bookingsAreSummedPerMeasureKindAndYearAndCheckedAgainstRealisedRows() throws IOException {
            TestWorkbook wb = TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2024, 2025),
                            row("1", "Besparing", "Gerealiseerd", 300, null),
                            row("1", "Besparing", "Verwacht", null, 400))
                    .sheet("Begroting", row("Post", "Domein", "Soort", 2023),
                            row("Wmo begeleiding", "Wmo", "Begroting", 1_852_736),
                            row("Wmo begeleiding", "Wmo", "Realisatie", 1_637_358))
                    .sheet("Boekingen", row("Datum", "Nummer", "Soort", "Bedrag", "Omschrijving"),
                            row(LocalDate.of(2024, 1, 5), "1", "Besparing", 100, "jan"),
                            row("15-6-2024", "1", "Besparing", "200", "jun"),
                            row(LocalDate.of(2025, 1, 5), "1", "Kosten", "1.000,50", "=HYPERLINK(\"x\")"));
            ParsedWorkbook parsed = parse(wb);

            assertThat(errors(parsed)).isEmpty();
            RealisationFacts facts = (RealisationFacts) parsed.facts();
            assertThat(facts.bookingRows()).isEqualTo(3);
            assertThat(facts.bookingReadTime()).isGreaterThan(Duration.ZERO);
            assertThat(facts.bookingTotals())
                    .extracting(BookingTotal::measureNumber, BookingTotal::kind, BookingTotal::year,
                            b -> b.amount().stripTrailingZeros().toPlainString(), BookingTotal::bookings)
                    .containsExactlyInAnyOrder(tuple("1", LineKind.SAVING, 2024, "300", 2L),
                            tuple("1", LineKind.COST, 2025, "1000.5", 1L));
            assertThat(facts.budgetLines()).hasSize(2);
            assertThat(facts.realisations()).hasSize(2);

            ParsedWorkbook mismatch = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2024), row("1", "Besparing", "Gerealiseerd", 1301))
                    .sheet("Boekingen", row("Datum", "Nummer", "Soort", "Bedrag"),
                            row(LocalDate.of(2024, 1, 5), "1", "Besparing", 1300.5)));
            assertThat(mismatch.issues()).singleElement().satisfies(i -> {
                assertThat(List.of(i.sheet(), i.cell(), i.rule(), i.severity()))
                        .containsExactly("Realisatie", "D2", "Boekingen wijken af", Severity.ERROR);
                assertThat(i.value()).isEqualTo("1.301");
                assertThat(i.expected()).isEqualTo("1.300,5");
                assertThat(i.message()).isEqualTo("Het gerealiseerde bedrag voor besparing 2024 van maatregel '1' is 1.301,"
                        + " maar de boekingen tellen op tot 1.300,5.");
            });
        }

        @Test
        void aBookingWhoseAmountIsAFormulaWithoutAStoredResultIsAnError() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2024), row("1", "Besparing", "Gerealiseerd", 1300))
                    .sheet("Boekingen", row("Datum", "Nummer", "Soort", "Bedrag"),
                            row(LocalDate.of(2024, 1, 5), "1", "Besparing", 1000),
                            row(LocalDate.of(2024, 2, 5), "1", "Besparing", new FormulaWithoutResult("100*3"))));
            // the booking is not read, so the bookings are incomplete and not compared with the 1.300 realised
            assertThat(parsed.issues()).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                            ValidationIssue::severity)
                    .containsExactly(tuple("Boekingen", "D3", "Formule zonder uitkomst", Severity.ERROR),
                            tuple("Realisatie", "D2", "Boekingen niet te controleren", Severity.WARNING));
        }

        @Test
        void aBookingWhoseAmountIsADateIsAnError() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Boekingen", row("Datum", "Nummer", "Soort", "Bedrag"),
                            row(LocalDate.of(2024, 1, 5), "1", "Besparing", 1000),
                            row(LocalDate.of(2024, 2, 5), "1", "Besparing", LocalDate.of(2024, 2, 5))));
            assertThat(errors(parsed)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                            ValidationIssue::value)
                    .containsExactly(tuple("Boekingen", "D3", "Datum als bedrag", "5-2-2024"));
        }

        @Test
        void aBookingOfNothingLeavesTheBookingsCompleteSoADifferenceIsStillAnError() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2024), row("1", "Besparing", "Gerealiseerd", 1301))
                    .sheet("Boekingen", row("Datum", "Nummer", "Soort", "Bedrag"),
                            row(LocalDate.of(2024, 1, 5), "1", "Besparing", 1300.5),
                            row(LocalDate.of(2024, 2, 5), "1", "Besparing", "-")));
            assertThat(parsed.issues()).extracting(ValidationIssue::cell, ValidationIssue::rule)
                    .containsExactly(tuple("D2", "Boekingen wijken af"));
        }

        @Test
        void aBookingThatCannotBeReadMayBeTheDifferenceSoTheRealisedFigureIsNotCalledWrong() throws IOException {
            // the booking of 1 without a valid date is the difference between 1.301 and 1.300,5
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2024), row("1", "Besparing", "Gerealiseerd", 1301))
                    .sheet("Boekingen", row("Datum", "Nummer", "Soort", "Bedrag"),
                            row(LocalDate.of(2024, 1, 5), "1", "Besparing", 1300.5),
                            row("geen datum", "1", "Besparing", 1)));
            assertThat(parsed.accepted()).isFalse();
            assertThat(parsed.issues()).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                            ValidationIssue::severity)
                    .containsExactlyInAnyOrder(tuple("Boekingen", "A3", "Ongeldige datum", Severity.ERROR),
                            tuple("Realisatie", "D2", "Boekingen niet te controleren", Severity.WARNING));
            assertThat(parsed.issues()).filteredOn(i -> i.cell().equals("D2")).singleElement()
                    .satisfies(i -> assertThat(i.message()).isEqualTo("Het gerealiseerde bedrag voor besparing 2024 van"
                            + " maatregel '1' kan niet met de boekingen worden vergeleken: 1 boeking(en) zijn niet gelezen,"
                            + " de eerste in rij 3 van blad 'Boekingen' (zie de meldingen daar)."));
        }

        @Test
        void bookingsAgainstRealisedInASheetOfThousands() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM,
                            "Eenheid", "x 1.000 euro")
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2024), row("1", "Besparing", "Gerealiseerd", 1301))
                    .sheet("Boekingen", row("Datum", "Nummer", "Soort", "Bedrag"),
                            row(LocalDate.of(2024, 1, 5), "1", "Besparing", 1300.5)));
            assertThat(errors(parsed)).singleElement().satisfies(i -> {
                assertThat(i.rule()).isEqualTo("Boekingen wijken af");
                assertThat(i.value()).isEqualTo("1.301");
                assertThat(i.expected()).isEqualTo("1.300,5");
                assertThat(i.message()).endsWith("is 1.301, maar de boekingen tellen op tot 1.300,5 (in euro: 1.301.000 tegen 1.300.500).");
            });
        }

        @Test
        void nothingCanBeRealisedInAYearAfterThePeildatum() throws IOException {
            // Peildatum 1-3-2025: 2025 to date may hold realised figures, 2026 only expected ones
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2025, 2026),
                            row("1", "Besparing", "Gerealiseerd", 100, 4_000),
                            row("1", "Besparing", "Verwacht", null, 500))
                    .sheet("Begroting", row("Post", "Domein", "Soort", 2025, 2026),
                            row("Wmo begeleiding", "Wmo", "Begroting", 1_000, 1_000),
                            row("Wmo begeleiding", "Wmo", "Realisatie", 200, "900"),
                            row("Wmo begeleiding", "Wmo", "Prognose", null, 950))
                    .sheet("Boekingen", row("Datum", "Nummer", "Soort", "Bedrag"),
                            row(LocalDate.of(2025, 2, 15), "1", "Besparing", 40),
                            row(LocalDate.of(2026, 1, 3), "1", "Besparing", 60)));

            assertThat(parsed.accepted()).isFalse();
            assertThat(parsed.issues()).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                            ValidationIssue::severity, ValidationIssue::value, ValidationIssue::expected)
                    .containsExactlyInAnyOrder(
                            tuple("Realisatie", "E2", "Gerealiseerd na peildatum", Severity.ERROR, "4.000", "Stand 'Verwacht'"),
                            tuple("Begroting", "E3", "Realisatie na peildatum", Severity.ERROR, "900", "Soort 'Prognose'"),
                            tuple("Boekingen", "A3", "Boeking na peildatum", Severity.ERROR, "3-1-2026",
                                    "een datum tot en met 31-12-2025"),
                            // 100 realised against bookings of 40: the booking of 2026 may have been meant for 2025
                            tuple("Realisatie", "D2", "Boekingen niet te controleren", Severity.WARNING, "100", null));
            assertThat(parsed.issues()).filteredOn(i -> i.cell().equals("E2")).singleElement()
                    .satisfies(i -> assertThat(i.message()).isEqualTo("Cel E2 is een gerealiseerd bedrag voor 2026, maar de"
                            + " peildatum is 1-3-2025: in een later jaar dan 2025 kan nog niets gerealiseerd zijn. Zet het"
                            + " bedrag op een regel met Stand 'Verwacht', of corrigeer het jaar of de Peildatum (blad Info)."));
            assertThat(parsed.issues()).filteredOn(i -> i.cell().equals("A3")).singleElement()
                    .satisfies(i -> assertThat(i.message()).isEqualTo("De boeking in rij 3 is gedateerd 3-1-2026, maar de"
                            + " peildatum is 1-3-2025: in een later jaar dan 2025 kan nog niets gerealiseerd zijn."
                            + " Corrigeer de datum of de Peildatum (blad Info)."));
            assertThat(parsed.issues()).filteredOn(i -> i.cell().equals("E3")).singleElement()
                    .satisfies(i -> assertThat(i.message()).startsWith("Cel E3 is een realisatie van post 'Wmo begeleiding'"
                            + " voor 2026, maar de peildatum is 1-3-2025"));
        }

        @Test
        void aSecondAmountForTheSameLineAndYearIsAnErrorNamingTheFirst() throws IOException {
            // a copied row: summed, Huizen's Wmo budget of 2023 would be 3.705.472 and its saldo 2.068.114
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", "Gemeente", 2023, 2024),
                            row("1", "Besparing", "Gerealiseerd", null, 185_000, null),
                            row("1", "Besparing", "Gerealiseerd", "GM0406", 1_000, null),
                            row("1", "Kosten", "Gerealiseerd", null, 3_000, null),
                            row("1", "Besparing", "Gerealiseerd", null, null, null),
                            row("1", "Besparing", "Gerealiseerd", null, "185.000", 7))
                    .sheet("Begroting", row("Post", "Domein", "Soort", 2023, 2024),
                            row("Wmo begeleiding", "Wmo", "Begroting", 1_852_736, 1_585_593),
                            row("Wmo begeleiding", "Wmo", "Realisatie", 1_637_358, null),
                            row("Jeugd begeleiding", "Jeugd", "Begroting", 1_885_030, null),
                            row("Wmo begeleiding", "WMO", "Begroting", null, 1_585_593)));

            assertThat(parsed.accepted()).isFalse();
            assertThat(parsed.issues()).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                            ValidationIssue::severity, ValidationIssue::value, ValidationIssue::expected)
                    .containsExactlyInAnyOrder(
                            tuple("Realisatie", "E6", "Dubbel bedrag", Severity.ERROR, "185.000",
                                    "één bedrag per maatregel, soort, stand, gemeente en jaar"),
                            tuple("Begroting", "E5", "Dubbel bedrag", Severity.ERROR, "1.585.593",
                                    "één bedrag per post, domein, soort en jaar"));
            assertThat(parsed.issues()).filteredOn(i -> i.cell().equals("E6")).singleElement()
                    .satisfies(i -> assertThat(i.message()).isEqualTo("Cel E6 is een tweede bedrag voor maatregel '1'"
                            + " (Besparing, Gerealiseerd) in 2023; het eerste staat in E2. Zet het bedrag in één cel (tel ze zo"
                            + " nodig op) of verwijder de dubbele regel."));
            assertThat(parsed.issues()).filteredOn(i -> i.cell().equals("E5")).singleElement()
                    .satisfies(i -> assertThat(i.message()).startsWith("Cel E5 is een tweede bedrag voor post"
                            + " 'Wmo begeleiding' (Wmo, Begroting) in 2024; het eerste staat in E2."));
        }

        @Test
        void anExpectedAmountForAYearThatHasEndedIsWarnedAbout() throws IOException {
            // Peildatum 1-3-2025: 2024 has ended, so its savings are realised or not, no longer expected
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2024, 2025, 2026),
                            row("1", "Besparing", "Verwacht", 175_000, 175_000, 175_000)));

            assertThat(parsed.accepted()).isTrue();
            assertThat(parsed.issues()).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule,
                            ValidationIssue::severity, ValidationIssue::value, ValidationIssue::expected, ValidationIssue::message)
                    .containsExactly(tuple("Realisatie", "D2", "Verwacht in afgesloten jaar", Severity.WARNING, "175.000",
                            "Stand 'Gerealiseerd'", "Cel D2 is een verwacht bedrag voor 2024, een jaar dat bij de peildatum"
                                    + " 1-3-2025 al is afgesloten. Een afgesloten jaar wordt alleen met het gerealiseerde bedrag"
                                    + " vergeleken (status 'onbekend' zolang dat ontbreekt); zet het bedrag op een regel met"
                                    + " Stand 'Gerealiseerd' als het gerealiseerd is."));
            assertThat(((RealisationFacts) parsed.facts()).realisations()).hasSize(3);
        }

        @Test
        void aLedgerHeadedInThousandsInAWorkbookOfEurosIsAnError() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Boekingen", row("Boekingen 2024, bedragen x € 1.000"),
                            row("Datum", "Nummer", "Soort", "Bedrag"),
                            row(LocalDate.of(2024, 3, 31), "1", "Besparing", 12)));

            assertThat(errors(parsed)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule)
                    .containsExactly(tuple("Boekingen", "A1", "Eenheid tegenstrijdig"));
        }

        @Test
        void aBudgetInEurosInAWorkbookOfThousandsIsAnError() throws IOException {
            // the Realisatie sheet typed in thousands, the budget pasted from the begroting in euros: a thousand times over
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM,
                            "Eenheid", "x 1.000 euro")
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2024), row("1", "Besparing", "Gerealiseerd", 175))
                    .sheet("Begroting", row("Begroting 2024 (bedragen in euro's)"), row("Post", "Domein", "Soort", 2024),
                            row("Wmo begeleiding", "Wmo", "Begroting", 1_585_593)));

            assertThat(errors(parsed)).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::message)
                    .containsExactly(tuple("Begroting", "A1", "Cel A1 zegt 'Begroting 2024 (bedragen in euro's)', maar"
                            + " volgens de Eenheid op blad Info staan de bedragen in duizenden euro's. Staan de bedragen op dit"
                            + " blad in euro's, reken ze dan om naar duizenden (145.000 wordt 145) of zet alle bladen in euro's"
                            + " en de Eenheid op 'euro'; staan ze in duizenden, pas dan de tekst aan."));
        }

        @Test
        void aPlannedAmountInTheRealisationSheetIsAnsweredWithWhereItBelongs() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2024),
                            row("1", "Besparing", "Gerealiseerd", 300),
                            row("1", "Besparing", "Begroot", 400)));

            assertThat(errors(parsed)).extracting(ValidationIssue::cell, ValidationIssue::message).containsExactly(
                    tuple("C3", "Cel C3 in kolom 'Stand' bevat 'Begroot'; toegestaan is Gerealiseerd of Verwacht. Wat"
                            + " gepland is, staat in de Voorstellen van deze organisatie; hier staat per jaar wat gerealiseerd is"
                            + " (Gerealiseerd) of voor het hele jaar verwacht wordt (Verwacht)."));
        }

        @Test
        void everyAmountCellIsReportedOnceAlsoInRowsThatAreNotUsed() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2024),
                            row("1", "Besparing", "Gerealiseerd", "3oo"),
                            row("1", "Besparing", "Misschien", "4oo"),
                            row("Totaal", null, null, 700))
                    .sheet("Begroting", row("Post", "Domein", "Soort", 2023),
                            row("Wmo begeleiding", "Sport", "Begroting", "1.852.73G")));

            assertThat(parsed.issues()).extracting(ValidationIssue::sheet, ValidationIssue::cell, ValidationIssue::rule)
                    .containsExactlyInAnyOrder(
                            tuple("Realisatie", "D2", "Ongeldig bedrag"),
                            tuple("Realisatie", "C3", "Ongeldige waarde"),
                            tuple("Realisatie", "D3", "Ongeldig bedrag"),
                            // both amounts above it are unreadable: 700 may be right, so it is not called wrong
                            tuple("Realisatie", "D4", "Totaalregel niet te controleren"),
                            tuple("Begroting", "B2", "Ongeldige waarde"),
                            tuple("Begroting", "D2", "Ongeldig bedrag"));
        }
    }

    /** A ledger extract as the financial administration exports it: Debet and Credit, or Bedrag with D/C. */
    @Nested
    class LedgerExtracts {

        private List<BookingTotal> totals(ParsedWorkbook parsed) {
            return ((RealisationFacts) parsed.facts()).bookingTotals();
        }

        @Test
        void debetAndCreditColumnsAreReadAsSpendingSoASavingIsACreditAndACostADebit() throws IOException {
            // the Info sheet's Tekenconventie (default 'bedragen positief') is not what a ledger's columns mean
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2024), row("1", "Besparing", "Gerealiseerd", "3.200,50"))
                    .sheet("Boekingen", row("Boekdatum", "Nummer", "Soort", "Debet", "Credit", "Omschrijving"),
                            row(LocalDate.of(2024, 1, 5), "1", "Besparing", null, 1_000, "minder inzet januari"),
                            row(LocalDate.of(2024, 2, 5), "1", "Besparing", "-", "2.500,50", "minder inzet februari"),
                            row(LocalDate.of(2024, 3, 5), "1", "Besparing", 300, null, "correctie januari"),
                            row(LocalDate.of(2024, 3, 10), "1", "Kosten", 700, null, "inzet lokale begeleiders"),
                            row(LocalDate.of(2024, 3, 20), "1", "Kosten", null, 200, "creditnota"),
                            row(LocalDate.of(2024, 4, 1), "1", "Kosten", "-", "-", "geen bedrag")));

            assertThat(parsed.accepted()).isTrue();
            // 1.000 + 2.500,50 - 300 agrees with the Gerealiseerd row, so no 'Boekingen wijken af'
            assertThat(totals(parsed)).extracting(BookingTotal::kind, BookingTotal::year,
                            b -> b.amount().stripTrailingZeros().toPlainString(), BookingTotal::bookings)
                    .containsExactlyInAnyOrder(tuple(LineKind.SAVING, 2024, "3200.5", 3L), tuple(LineKind.COST, 2024, "500", 2L));
            assertThat(parsed.issues()).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::severity,
                            ValidationIssue::value, ValidationIssue::expected)
                    .containsExactly(tuple("D4", "Tegengesteld teken", Severity.WARNING, "debet 300", "credit bij besparing"),
                            tuple("E6", "Tegengesteld teken", Severity.WARNING, "credit 200", "debet bij kosten"));
            assertThat(parsed.issues().get(0).message()).isEqualTo("De boeking in rij 4 (soort Besparing) staat per saldo"
                    + " debet, als uitgave; ze telt mee als tegenboeking van de besparing. Een besparing staat credit,"
                    + " kosten staan debet.");
        }

        @Test
        void aDcColumnBesideBedragSaysWhichWayTheAmountGoes() throws IOException {
            // read as the Tekenconventie, the credited 50 would be 50 more costs: 450 instead of 350
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM,
                            "Tekenconventie", "besparing negatief")
                    .sheet("Boekingen", row("Datum", "Nummer", "Soort", "Bedrag", "D/C"),
                            row(LocalDate.of(2024, 1, 5), "1", "Besparing", 1_000, "C"),
                            row(LocalDate.of(2024, 2, 5), "1", "Kosten", 400, "Debet"),
                            row(LocalDate.of(2024, 3, 5), "1", "Kosten", 50, "c")));

            assertThat(parsed.accepted()).isTrue();
            assertThat(totals(parsed)).extracting(BookingTotal::kind, b -> b.amount().stripTrailingZeros().toPlainString())
                    .containsExactlyInAnyOrder(tuple(LineKind.SAVING, "1000"), tuple(LineKind.COST, "350"));
            assertThat(parsed.issues()).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::value)
                    .containsExactly(tuple("E4", "Tegengesteld teken", "credit 50"));

            ParsedWorkbook wrong = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Boekingen", row("Datum", "Nummer", "Soort", "Bedrag", "D/C"),
                            row(LocalDate.of(2024, 1, 5), "1", "Besparing", 1_000, "X"),
                            row(LocalDate.of(2024, 2, 5), "1", "Besparing", 1_000, null),
                            row(LocalDate.of(2024, 3, 5), "1", "Besparing", "-", null)));
            assertThat(wrong.issues()).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::message)
                    .containsExactly(tuple("E2", "Ongeldige waarde", "Cel E2 in kolom 'D/C' bevat 'X'; toegestaan is"
                                    + " D (debet) of C (credit)."),
                            tuple("E3", "Verplichte waarde", "Kolom 'D/C' is leeg in rij 3; deze waarde is verplicht."));
        }

        @Test
        void theAmountColumnsMustGiveOneAmountPerBooking() throws IOException {
            assertThat(parse(bookings(row("Datum", "Nummer", "Soort", "Bedrag", "Debet", "Credit"))).issues())
                    .extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::message)
                    .containsExactly(tuple("E1", "Bedrag en Debet/Credit", "Blad 'Boekingen' heeft zowel kolom Bedrag (D)"
                            + " als kolom Debet (E): welk bedrag van een boeking geldt, is niet te zeggen. Houd kolom Bedrag"
                            + " (met de tekenconventie van blad Info, of met een kolom D/C ernaast) of de kolommen Debet en"
                            + " Credit."));
            assertThat(parse(bookings(row("Datum", "Nummer", "Soort", "Debet"))).issues())
                    .extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::expected)
                    .containsExactly(tuple("A1", "Verplichte kolom ontbreekt", "Credit"));
            assertThat(parse(bookings(row("Datum", "Nummer", "Soort", "Saldo"))).issues())
                    .extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::expected)
                    .containsExactly(tuple("D1", "Extra kolom", null),
                            tuple("A1", "Verplichte kolom ontbreekt", "Bedrag (of Debet en Credit)"));
            assertThat(parse(bookings(row("Boekdatum", "Bedrag"))).issues())
                    .extracting(ValidationIssue::rule, ValidationIssue::expected)
                    .containsExactly(tuple("Verplichte kolom ontbreekt", "Nummer"), tuple("Verplichte kolom ontbreekt", "Soort"));
            // a column the template does not have is named, as on the other sheets, and a D/C beside Debet and Credit
            assertThat(parse(bookings(row("Datum", "Nummer", "Soort", "Debet", "Credit", "D/C", "Kostenplaats"))).issues())
                    .extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::severity)
                    .containsExactlyInAnyOrder(tuple("G1", "Extra kolom", Severity.WARNING), tuple("F1", "Extra kolom", Severity.WARNING));
        }

        @Test
        void aBookingWithoutDebetAndCreditIsAnError() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Boekingen", row("Datum", "Nummer", "Soort", "Debet", "Credit"),
                            row(LocalDate.of(2024, 1, 5), "1", "Besparing", null, null),
                            row(LocalDate.of(2024, 1, 6), "1", "Besparing", "P.M.", null)));
            assertThat(parsed.issues()).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::message)
                    .containsExactly(tuple("D2", "Verplichte waarde", "De kolommen 'Debet' en 'Credit' zijn allebei leeg in"
                                    + " rij 2; een boeking heeft een bedrag in een van beide."),
                            tuple("D3", "Onbekend bedrag in boeking", "Een boeking heeft altijd een bekend bedrag; cel D3 bevat 'P.M.'."));
        }

        @Test
        void aBookingCountsInItsBoekjaarWhereTheLedgerGivesOneSoThatPeriod13ClosesTheRightYear() throws IOException {
            // Peildatum 1-3-2025; the closing bookings of 2024 are dated January and February 2025
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Realisatie", row("Nummer", "Soort", "Stand", 2024), row("1", "Besparing", "Gerealiseerd", 1_500))
                    .sheet("Boekingen", row("Boekjaar", "Periode", "Boekdatum", "Nummer", "Soort", "Bedrag"),
                            row(2024, 6, LocalDate.of(2024, 6, 30), "1", "Besparing", 1_000),
                            row("2024", 13, LocalDate.of(2025, 1, 20), "1", "Besparing", 500),
                            row(2025, 2, LocalDate.of(2025, 2, 28), "1", "Besparing", 70),
                            row(null, null, LocalDate.of(2025, 2, 27), "1", "Kosten", 30)));

            assertThat(parsed.accepted()).isTrue();
            // by date, 2024 would have 1.000 against the Gerealiseerd 1.500: 'Boekingen wijken af'
            assertThat(parsed.issues()).isEmpty();
            assertThat(totals(parsed)).extracting(BookingTotal::kind, BookingTotal::year,
                            b -> b.amount().stripTrailingZeros().toPlainString(), BookingTotal::bookings)
                    .containsExactlyInAnyOrder(tuple(LineKind.SAVING, 2024, "1500", 2L), tuple(LineKind.SAVING, 2025, "70", 1L),
                            tuple(LineKind.COST, 2025, "30", 1L));
        }

        @Test
        void aBoekjaarAfterThePeildatumOrNotAYearIsAnErrorAndEitherDatumOrBoekjaarIsNeeded() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Boekingen", row("Boekjaar", "Nummer", "Soort", "Bedrag"),
                            row(2026, "1", "Besparing", 100),
                            row("24", "1", "Besparing", 100),
                            row(null, "1", "Besparing", 100)));
            assertThat(parsed.issues()).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::message)
                    .containsExactly(tuple("A2", "Boeking na peildatum", "De boeking in rij 2 hoort bij boekjaar 2026,"
                                    + " maar de peildatum is 1-3-2025: in een later jaar dan 2025 kan nog niets gerealiseerd"
                                    + " zijn. Corrigeer het boekjaar of de Peildatum (blad Info)."),
                            tuple("A3", "Ongeldig jaar", "Cel A3 in kolom 'Boekjaar' bevat '24'; verwacht een jaartal, zoals 2024."),
                            tuple("A4", "Verplichte waarde", "Kolom 'Boekjaar' is leeg in rij 4; deze waarde is verplicht."));

            assertThat(parse(bookings(row("Periode", "Nummer", "Soort", "Bedrag"))).issues())
                    .extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::expected)
                    .containsExactly(tuple("A1", "Verplichte kolom ontbreekt", "Datum (of Boekjaar)"));
        }

        private TestWorkbook bookings(Object[] header) {
            return TestWorkbook.withInfo("Realisatie", "Gemeente Huizen", "GM0406", PEILDATUM)
                    .sheet("Boekingen", header, row(LocalDate.of(2024, 1, 5), "1", "Besparing", 100, 100));
        }
    }

    @Nested
    class Keys {

        @Test
        void sharesAsPercentagesOrInhabitantsAndMustAddUpTo100() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Verdeelsleutels", "GR Meerinzicht", "GR-MEERINZICHT", PEILDATUM)
                    .sheet("Verdeelsleutels", row("Sleutel", "Gemeente", "Code", "Aandeel", "Inwoners"),
                            row("Vast", "Ermelo", "GM0233", "30%", null),
                            row("Vast", "Harderwijk", "GM0243", "45,5%", null),
                            row("Vast", "Zeewolde", "GM0050", 0.245, null),
                            row("Inwoners", "Ermelo", "GM0233", null, 27_000),
                            row("Inwoners", "Harderwijk", "gm243", null, 48_000))
                    .sheet("Regio", row("Regio", "Code", "Gemeente", "Gemeentecode"),
                            row("GR Meerinzicht", "GR-MEERINZICHT", "Ermelo", "GM0233")));
            assertThat(errors(parsed)).isEmpty();
            KeyFacts facts = (KeyFacts) parsed.facts();
            assertThat(facts.keys()).hasSize(2);
            assertThat(facts.keys().get(0).shares()).extracting(s -> s.share().stripTrailingZeros().toPlainString())
                    .containsExactly("0.3", "0.455", "0.245");
            assertThat(facts.keys().get(1).shares()).extracting(s -> s.municipalityCode()).containsExactly("GM0233", "GM0243");
            assertThat(facts.memberships()).hasSize(1);

            ParsedWorkbook bad = parse(TestWorkbook.withInfo("Verdeelsleutels", "GR X", "GR-X", PEILDATUM)
                    .sheet("Verdeelsleutels", row("Sleutel", "Gemeente", "Code", "Aandeel"),
                            row("Vast", "Ermelo", "GM0233", "30,5%"),
                            row("Vast", "Harderwijk", "XX12", "60%")));
            // the row with the invalid code still counts its 60%: the shares typed add up to 90,5%
            assertThat(bad.issues()).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::value)
                    .containsExactly(tuple("C3", "Ongeldige gemeentecode", "XX12"), tuple("D2", "Sleutel telt niet op tot 100%", "90,5%"));
        }

        @Test
        void sharesWithAPercentSignBesidePlainPercentagesAddUpAsTyped() throws IOException {
            // measured: '25,5%', '57,5 %' and 17 in one key were 'tellen op tot 17,83%': the 17 made the whole key
            // percentages, and the shares typed with a % sign were divided by 100 a second time
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Verdeelsleutels", "GR Meerinzicht", "GR-MEERINZICHT", PEILDATUM)
                    .sheet("Verdeelsleutels", row("Sleutel", "Gemeente", "Code", "Aandeel"),
                            row("Gemengd", "Ermelo", "GM0233", "25,5%"),
                            row("Gemengd", "Harderwijk", "GM0243", "57,5 %"),
                            row("Gemengd", "Zeewolde", "GM0050", 17),
                            row("Procenten", "Ermelo", "GM0233", 25.5),
                            row("Procenten", "Harderwijk", "GM0243", 57.5),
                            row("Procenten", "Zeewolde", "GM0050", 17),
                            row("Fracties", "Ermelo", "GM0233", "25,5%"),
                            row("Fracties", "Harderwijk", "GM0243", 0.575),
                            row("Fracties", "Zeewolde", "GM0050", 0.17),
                            // a number Excel shows as 25,5% holds 0,255
                            row("Opmaak", "Ermelo", "GM0233", new Formatted(0.255, "0.0%")),
                            row("Opmaak", "Harderwijk", "GM0243", 57.5),
                            row("Opmaak", "Zeewolde", "GM0050", 17)));

            assertThat(errors(parsed)).isEmpty();
            assertThat(((KeyFacts) parsed.facts()).keys()).allSatisfy(key -> assertThat(key.shares())
                    .extracting(share -> share.share().stripTrailingZeros().toPlainString())
                    .containsExactly("0.255", "0.575", "0.17"));

            ParsedWorkbook shortKey = parse(TestWorkbook.withInfo("Verdeelsleutels", "GR Meerinzicht", "GR-MEERINZICHT", PEILDATUM)
                    .sheet("Verdeelsleutels", row("Sleutel", "Gemeente", "Code", "Aandeel"),
                            row("Vast", "Ermelo", "GM0233", "25,5%"),
                            row("Vast", "Harderwijk", "GM0243", 60)));
            assertThat(errors(shortKey)).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::value)
                    .containsExactly(tuple("D2", "Sleutel telt niet op tot 100%", "85,5%"));
        }

        @Test
        void aShareThatExcelShowsAsADateIsAnErrorAtItsCell() throws IOException {
            // '12.5' typed into a Dutch Excel is 12 May: its day number only showed as a key far above 100%
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Verdeelsleutels", "GR Meerinzicht", "GR-MEERINZICHT", PEILDATUM)
                    .sheet("Verdeelsleutels", row("Sleutel", "Gemeente", "Code", "Aandeel"),
                            row("Vast", "Ermelo", "GM0233", "30%"),
                            row("Vast", "Harderwijk", "GM0243", "57,5%"),
                            row("Vast", "Zeewolde", "GM0050", LocalDate.of(2026, 5, 12))));

            assertThat(errors(parsed)).extracting(ValidationIssue::cell, ValidationIssue::rule, ValidationIssue::value,
                    ValidationIssue::message).containsExactly(tuple("D4", "Datum als aandeel", "12-5-2026",
                    "Cel D4 is opgemaakt als datum en toont 12-5-2026; een datum is geen aandeel. Excel maakt van invoer"
                            + " als 12.5 of 1/3 een datum. Geef de cel de opmaak Getal of Percentage en typ het aandeel"
                            + " opnieuw, met een komma als decimaalteken (12,5%)."));
        }

        @Test
        void aMemberOfTheRegionThatAKeyLeavesOutIsWarnedAbout() throws IOException {
            // before, Weesp left out of 'Inwoners 2020' silently got no part of the region's measures
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Verdeelsleutels", "Regio Gooi en Vechtstreek",
                            "GR-GOOI-VECHTSTREEK", PEILDATUM)
                    .sheet("Verdeelsleutels", row("Sleutel", "Gemeente", "Code", "Inwoners", "Aandeel"),
                            row("Inwoners 2020", "Huizen", "GM0406", 41_400, null),
                            row("Inwoners 2020", "Laren", "gm417", 11_200, null),
                            row("Vast", "Huizen", "GM0406", null, "50%"),
                            row("Vast", "Laren", "GM0417", null, "25%"),
                            row("Vast", "Weesp", "GM0457", null, "25%"))
                    .sheet("Regio", row("Regio", "Code", "Gemeente", "Gemeentecode"),
                            row("Regio Gooi en Vechtstreek", "GR-GOOI-VECHTSTREEK", "Huizen", "GM0406"),
                            row("Regio Gooi en Vechtstreek", "GR-GOOI-VECHTSTREEK", "Laren", "GM0417"),
                            row("Regio Gooi en Vechtstreek", "GR-GOOI-VECHTSTREEK", "Weesp", "GM0457"),
                            // another region's list says nothing about this organisation's keys
                            row("Regio Elders", "GR-ELDERS", "Ermelo", "GM0233")));

            assertThat(parsed.accepted()).isTrue();
            assertThat(parsed.issues()).singleElement().satisfies(i -> {
                assertThat(java.util.Arrays.asList(i.severity(), i.sheet(), i.cell(), i.rule(), i.value(), i.expected()))
                        .containsExactly(Severity.WARNING, "Regio", "D4", "Lid ontbreekt in sleutel", "GM0457",
                                "een regel in sleutel 'Inwoners 2020'");
                assertThat(i.message()).isEqualTo("Weesp (GM0457) is volgens blad Regio lid van Regio Gooi en Vechtstreek, "
                        + "maar staat niet in verdeelsleutel 'Inwoners 2020'. Weesp krijgt geen deel van de bedragen die "
                        + "met deze sleutel worden verdeeld. Hoort Weesp erbij, vul dan het aandeel of het aantal inwoners in.");
            });
        }

        @Test
        void aRowWithABadCellIsNotLeftOutOfItsKeysCheck() throws IOException {
            ParsedWorkbook parsed = parse(TestWorkbook.withInfo("Verdeelsleutels", "GR X", "GR-X", PEILDATUM)
                    .sheet("Verdeelsleutels", row("Sleutel", "Gemeente", "Code", "Aandeel", "Inwoners"),
                            // adds up to 100% with the row whose code is wrong: only the code is wrong
                            row("Vast", "Ermelo", "GM0233", "30,5%", null),
                            row("Vast", "Harderwijk", "XX12", "69,5%", null),
                            // a share that cannot be read: the sum of the others (30%) says nothing
                            row("Uren", "Ermelo", "GM0233", "30%", null),
                            row("Uren", "Harderwijk", "GM0243", "zeventig", null),
                            // a count that cannot be read is that cell's error, not a key without a count
                            row("Inwoners", "Ermelo", "GM0233", null, 27_000),
                            row("Inwoners", "Harderwijk", "GM0243", null, "veel")));
            assertThat(parsed.issues()).extracting(ValidationIssue::severity, ValidationIssue::cell, ValidationIssue::rule)
                    .containsExactly(
                            tuple(Severity.ERROR, "C3", "Ongeldige gemeentecode"),
                            tuple(Severity.ERROR, "D5", "Ongeldig aandeel"),
                            tuple(Severity.ERROR, "E7", "Ongeldig aantal inwoners"),
                            tuple(Severity.WARNING, "D4", "Sleutel niet te controleren"));
            assertThat(parsed.issues()).filteredOn(i -> i.rule().equals("Sleutel niet te controleren")).singleElement()
                    .satisfies(i -> assertThat(i.message()).contains("'Uren'", "cel D5"));
        }
    }

    @Nested
    class NotAWorkbook {

        @Test
        void textPdfEmptyAndTruncatedFilesAreRejectedWithAReadableMessage() throws IOException {
            Path csv = Files.writeString(dir.resolve("data.xlsx"), "Nummer;Naam\n1;x\n");
            Path empty = Files.write(dir.resolve("leeg.xlsx"), new byte[0]);
            Path good = Workbooks.huizenProposals(PEILDATUM).write(dir, "good.xlsx");
            byte[] bytes = Files.readAllBytes(good);
            Path truncated = Files.write(dir.resolve("half.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

            assertThat(errors(parser.parse(csv))).singleElement()
                    .satisfies(i -> assertThat(i.message()).contains("geen Excel-werkmap"));
            assertThat(errors(parser.parse(empty))).singleElement()
                    .satisfies(i -> assertThat(i.rule()).isEqualTo("Leeg bestand"));
            assertThat(errors(parser.parse(truncated))).singleElement()
                    .satisfies(i -> assertThat(i.message()).isNotBlank());
            assertThat(Files.readAllBytes(good)).isEqualTo(bytes);
        }
    }
}
