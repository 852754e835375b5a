package nl.besparingsmonitor.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the input templates ({@code templates/}) and realistic sample input workbooks
 * ({@code sample-input/}) that follow {@code input-contract.md} version 1.
 *
 * <p>The samples transcribe the figures of the council papers in {@code shared/seeds/} (seed 000
 * GR Meerinzicht, 001 Regio Gooi en Vechtstreek, 002 Renkum, 003 Noordoostpolder, 004 Huizen).
 * Where the PDF text is mangled, the comments next to the data say what was reconstructed and why.
 *
 * <p>Output is deterministic: same cells, same styles, same document properties and fixed zip
 * entry times, so re-running the generator gives byte-identical files on the same JDK.
 *
 * <p>Usage: {@code SampleWorkbookGenerator <project root>} (default: the working directory).
 */
public final class SampleWorkbookGenerator {

    /** Years of the templates' year columns. */
    static final List<Integer> TEMPLATE_YEARS = List.of(2024, 2025, 2026, 2027, 2028);

    static final String[] DOMAINS = {
        "Wmo", "Jeugd", "Participatie", "Voorveld", "Toegang", "Beschermd wonen", "Wmo-vervoer", "Overig"};
    static final String[] LINE_KINDS = {"Besparing", "Kosten"};
    static final String[] BUDGET_KINDS = {"Begroting", "Realisatie", "Prognose"};
    static final String[] STATUSES = {"Voorgesteld", "Aangenomen", "Afgewezen", "Ingetrokken"};
    static final String[] STANDS = {"Gerealiseerd", "Verwacht"};
    static final String[] TYPES = {"Structureel", "Incidenteel"};
    static final String[] BUDGET_HOLDERS = {"Gemeente", "Regio"};
    static final String[] FILE_KINDS = {"Voorstellen", "Realisatie", "Verdeelsleutels"};
    static final String[] UNITS = {"euro", "x 1.000 euro"};
    static final String[] SIGN_CONVENTIONS = {"bedragen positief", "besparing negatief", "kosten negatief"};

    static final List<String> MEASURE_HEADERS = List.of(
            "Nummer", "Naam", "Domein", "Status", "Categorie", "Type",
            "Startdatum", "Einddatum", "Verdeelsleutel", "Toelichting");
    static final List<String> FINANCIAL_HEADERS = List.of(
            "Nummer", "Soort", "Post", "Begroting", "Gemeente", "Jaarbedrag", "Startdatum", "Einddatum");

    /** File names relative to the project root, in the order they are written. */
    public static final String TEMPLATE_VOORSTELLEN = "templates/Voorstellen.xlsx";
    public static final String TEMPLATE_REALISATIE = "templates/Realisatie.xlsx";
    public static final String TEMPLATE_VERDEELSLEUTELS = "templates/Verdeelsleutels.xlsx";
    public static final String MEERINZICHT_VOORSTELLEN = "sample-input/GR Meerinzicht - Voorstellen.xlsx";
    public static final String MEERINZICHT_VERDEELSLEUTELS = "sample-input/GR Meerinzicht - Verdeelsleutels.xlsx";
    public static final String GOOI_VOORSTELLEN = "sample-input/Regio Gooi en Vechtstreek - Voorstellen.xlsx";
    public static final String GOOI_VERDEELSLEUTELS = "sample-input/Regio Gooi en Vechtstreek - Verdeelsleutels.xlsx";
    public static final String HUIZEN_VOORSTELLEN = "sample-input/GM0406 Huizen - Voorstellen.xlsx";
    public static final String HUIZEN_REALISATIE = "sample-input/GM0406 Huizen - Realisatie.xlsx";
    public static final String NOORDOOSTPOLDER_VOORSTELLEN = "sample-input/GM0171 Noordoostpolder - Voorstellen.xlsx";
    public static final String RENKUM_VOORSTELLEN = "sample-input/GM0274 Renkum - Voorstellen.xlsx";

    /** Fixed timestamp for document properties and zip entries (determinism). */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2025, 1, 1, 0, 0);

    private SampleWorkbookGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        for (Path written : generate(root)) {
            System.out.println("written " + root.relativize(written));
        }
    }

    /** Writes all templates and samples below {@code root}; returns the files written. */
    public static List<Path> generate(Path root) throws IOException {
        Map<String, Book> books = new LinkedHashMap<>();
        books.put(TEMPLATE_VOORSTELLEN, templateVoorstellen());
        books.put(TEMPLATE_REALISATIE, templateRealisatie());
        books.put(TEMPLATE_VERDEELSLEUTELS, templateVerdeelsleutels());
        books.put(MEERINZICHT_VOORSTELLEN, meerinzichtVoorstellen());
        books.put(MEERINZICHT_VERDEELSLEUTELS, meerinzichtVerdeelsleutels());
        books.put(GOOI_VOORSTELLEN, gooiVoorstellen());
        books.put(GOOI_VERDEELSLEUTELS, gooiVerdeelsleutels());
        books.put(HUIZEN_VOORSTELLEN, huizenVoorstellen());
        books.put(HUIZEN_REALISATIE, huizenRealisatie());
        books.put(NOORDOOSTPOLDER_VOORSTELLEN, noordoostpolderVoorstellen());
        books.put(RENKUM_VOORSTELLEN, renkumVoorstellen());
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, Book> e : books.entrySet()) {
            Path target = root.resolve(e.getKey());
            e.getValue().save(target);
            written.add(target);
        }
        return written;
    }

    // =====================================================================================
    // Templates
    // =====================================================================================

    static Book templateVoorstellen() {
        Book b = new Book(true);
        b.info("Voorstellen", "Gemeente Voorbeeld", "GM9999", LocalDate.of(2025, 1, 31), "euro", "bedragen positief");
        b.sheet("Maatregelen", MEASURE_HEADERS)
                .row("1", "Voorbeeld: lichte begeleiding door lokale begeleiders in plaats van geïndiceerde begeleiding",
                        "Wmo", "Aangenomen", "Begeleiding", "Structureel", LocalDate.of(2025, 1, 1), null, null,
                        "Voorbeeldregel: vervang deze door uw eigen maatregelen");
        b.sheet("Financieel", withYears(FINANCIAL_HEADERS, TEMPLATE_YEARS))
                .row("1", "Besparing", "Zorgkosten", "Gemeente", null, null, null, null,
                        null, 50_000, 100_000, 100_000, 100_000);
        b.sheet("Taakstelling", withYears(List.of("Domein"), TEMPLATE_YEARS))
                .row("Wmo", null, 50_000, 100_000, 100_000, 100_000);
        b.toelichting(TOELICHTING_VOORSTELLEN);
        return b;
    }

    static Book templateRealisatie() {
        Book b = new Book(true);
        // Peildatum early 2026: 2025 is closed (Gerealiseerd), 2026 is open (bookings so far).
        b.info("Realisatie", "Gemeente Voorbeeld", "GM9999", LocalDate.of(2026, 1, 31), "euro", "bedragen positief");
        b.sheet("Realisatie", withYears(List.of("Nummer", "Soort", "Stand", "Gemeente"), TEMPLATE_YEARS))
                .row("1", "Besparing", "Gerealiseerd", null, null, 45_000, null, null, null);
        b.sheet("Begroting", withYears(List.of("Post", "Domein", "Soort"), TEMPLATE_YEARS))
                .row("Wmo begeleiding", "Wmo", "Begroting", null, 1_500_000, 1_450_000, 1_400_000, 1_400_000);
        // The booking is dated 2026, so it does not overlap the Gerealiseerd row of 2025 (no control total).
        b.sheet("Boekingen", List.of("Datum", "Nummer", "Soort", "Bedrag", "Omschrijving"))
                .row(LocalDate.of(2026, 1, 15), "1", "Besparing", 4_000,
                        "Voorbeeldregel: minder inzet geïndiceerde begeleiding januari 2026");
        b.toelichting(TOELICHTING_REALISATIE);
        return b;
    }

    static Book templateVerdeelsleutels() {
        Book b = new Book(true);
        b.info("Verdeelsleutels", "Regio Voorbeeld", "GR-VOORBEELD", LocalDate.of(2025, 1, 31), "euro", "bedragen positief");
        b.sheet("Verdeelsleutels", List.of("Sleutel", "Gemeente", "Code", "Aandeel", "Inwoners"))
                .row("Inwoners 2025", "Gemeente Voorbeeld", "GM9999", new Pct(1.0), 25_000);
        b.sheet("Regio", List.of("Regio", "Code", "Gemeente", "Gemeentecode"))
                .row("Regio Voorbeeld", "GR-VOORBEELD", "Gemeente Voorbeeld", "GM9999");
        b.toelichting(TOELICHTING_VERDEELSLEUTELS);
        return b;
    }

    private static final String ELK_JAAR_EEN_KOLOM = "Elk jaar één keer: een jaar dat twee keer als kop voorkomt wordt "
            + "afgewezen, een kolom met een jaar buiten die reeks wordt met een waarschuwing genegeerd. Zet alleen het "
            + "jaartal in de kop: een kolom met bedragen onder een kop als '2025 (raming)' wordt afgewezen.";

    static final List<String> TOELICHTING_ALGEMEEN = List.of(
            "## Algemeen",
            "Vul de tabbladen in zoals de voorbeeldregel laat zien en vervang of verwijder de voorbeeldregel.",
            "Laat de kopregel (regel 1) staan; de volgorde van de kolommen mag anders, extra kolommen worden genegeerd (met een waarschuwing).",
            "Tabblad Info: Soort bestand, Organisatie, Code (CBS-code zoals GM0406 voor een gemeente, een eigen code zoals GR-MEERINZICHT voor een regio) en Peildatum zijn verplicht.",
            "De Code bepaalt van welke organisatie de cijfers zijn. Past de Organisatie niet bij de naam die al bij die Code bekend is "
                    + "(bijvoorbeeld in een kopie van het bestand van een andere gemeente), dan volgt de waarschuwing 'Andere naam'.",
            "Organisatie + Soort bestand + Peildatum bepalen de versie: lever een nieuwe stand aan met een nieuwe peildatum.",
            "## Bedragen",
            "Een bedrag is een getal of tekst in Nederlandse notatie: 1.632.659 of 1.632.659,50 of € 1.632.659 of € 1.632.659,-.",
            "Negatief: -1.632.659, -/- 1.632.659 of (1.632.659).",
            "De komma is het decimaalteken. Een bedrag in euro's als tekst met drie cijfers achter de komma (175,000, Engelse notatie) "
                    + "wordt afgekeurd ('Drie decimalen'): typ 175.000 of 175.",
            "Onbekend bedrag: P.M., PM, ntb of n.t.b. Dit is NIET hetzelfde als 0: totalen met een onbekend bedrag worden als onvolledig gemeld.",
            "Geen bedrag: laat de cel leeg of vul een streepje (-) in.",
            "Een bedragcel met de opmaak datum wordt afgekeurd ('Datum als bedrag'): Excel maakt van invoer als 7-3 een datum. "
                    + "Geef bedragcellen de opmaak Getal of Valuta.",
            "Formules mogen: de uitkomst die Excel of LibreOffice in het bestand bewaart, telt. Een formule zonder bewaarde uitkomst "
                    + "(zoals sommige scripts en exports die schrijven) wordt afgekeurd met 'Formule zonder uitkomst': "
                    + "open en bewaar het bestand dan eerst in Excel of LibreOffice.",
            "Eenheid (Info): 'euro' (standaard) of 'x 1.000 euro'; bij 'x 1.000 euro' worden alle bedragen met 1.000 vermenigvuldigd. "
                    + "Bedragen in miljoenen: reken om naar x 1.000 euro (1,2 miljoen is 1.200). Een cel die door haar opmaak in "
                    + "duizenden toont (opmaak #.##0, zoals in veel begrotingen) bevat euro's: kies dan Eenheid 'euro'; met 'x 1.000 euro' "
                    + "wordt zo'n cel afgekeurd ('Opmaak in duizenden'). Een tekst boven een tabel die een andere eenheid noemt "
                    + "(bijvoorbeeld 'bedragen x € 1.000' terwijl Eenheid leeg is, dus euro, of 'bedragen in euro's' bij 'x 1.000 euro') "
                    + "wordt afgekeurd ('Eenheid tegenstrijdig'): alle bladen van een bestand hebben dezelfde eenheid.",
            "## Tekenconventie (Info)",
            "'bedragen positief' (standaard): besparingen en kosten allebei positief invullen.",
            "'besparing negatief' (uitgavenblik): besparingen negatief, kosten positief (zoals 'Effect -500.000').",
            "'kosten negatief' (begrotingsblik): kosten negatief, besparingen positief (-/- is een hogere bijdrage).",
            "Een bedrag met het tegengestelde teken is een omkering (bijv. lagere kosten) en wordt met het omgekeerde effect ingelezen, met een waarschuwing.",
            "## Controletotalen",
            "Een regel waarvan de eerste tekstcel 'Totaal' is, is een controletotaal: die wordt vergeleken met de som van de regels erboven in hetzelfde blok en nooit als gegeven ingelezen.");

    static final List<String> TOELICHTING_VOORSTELLEN = concat(List.of(
            "# Invulinstructie Voorstellen (besparingsmaatregelen)",
            "Dit bestand bevat de voorgestelde en vastgestelde besparingsmaatregelen met hun geplande besparingen en kosten per jaar."),
            TOELICHTING_ALGEMEEN, List.of(
            "## Tabblad Maatregelen",
            "Eén regel per maatregel. Nummer (uniek, als tekst: 3, 12+13, A.1), Naam, Domein en Status zijn verplicht.",
            "Domein: Wmo, Jeugd, Participatie, Voorveld, Toegang, Beschermd wonen, Wmo-vervoer of Overig.",
            "Status: Voorgesteld, Aangenomen, Afgewezen of Ingetrokken. Alleen aangenomen maatregelen tellen mee in de dekking van de taakstelling.",
            "Type: Structureel (standaard) of Incidenteel. Startdatum/Einddatum gelden voor een Jaarbedrag op het tabblad Financieel.",
            "Verdeelsleutel: naam van een sleutel uit het bestand Verdeelsleutels; nodig als de organisatie een regio is en de bedragen niet per gemeente zijn.",
            "## Tabblad Financieel",
            "Eén regel per maatregel en soort bedrag. Nummer moet voorkomen op het tabblad Maatregelen.",
            "Meer regels voor dezelfde maatregel en soort (bijvoorbeeld per Post) tellen op; een regel die in alles gelijk is aan "
                    + "een eerdere, telt ook mee, met de waarschuwing 'Dubbele regel'.",
            "Soort: Besparing of Kosten. Post (optioneel) is de subsoort, bijv. Zorgkosten, Formatie, Frictiekosten, Innovatiebudget.",
            "Bezuiniging en Ombuiging tellen als Besparing, Meerkosten en Frictiekosten als Kosten. Vul geen netto bedrag in: het netto "
                    + "effect (besparing min kosten) rekent Besparingsmonitor zelf uit. Is een bedrag al netto, kies dan Besparing en zet voor "
                    + "die maatregel geen kosten apart.",
            "Begroting: Gemeente of Regio (in wiens begroting het bedrag landt). Gemeente: CBS-code of naam als het bedrag bij één deelnemende gemeente hoort.",
            "Een Gemeente die geen deelnemer is (volgens de verdeelsleutels en het tabblad Regio) of niet bekend is, krijgt het bedrag niet: "
                    + "het blijft bij de organisatie, met een waarschuwing in het rapport. Een gemeente vult hier alleen zichzelf in of niets.",
            "Vul per jaar een bedrag in de jaarkolommen in, OF een Jaarbedrag met Startdatum/Einddatum (niet allebei op één regel).",
            "Een Jaarbedrag wordt naar rato van de actieve maanden over de kalenderjaren verdeeld. 'Vanaf 1 april' = Startdatum 1-4; 'medio 2026' = 1-7-2026 als start en 30-6 als einde. "
                    + "Alleen 2021 t/m 2035 tellen mee: een datum daarbuiten geeft een waarschuwing.",
            "Een jaar, maand of kwartaal als datum (2026, april 2026, Q2 2026) telt als start vanaf de eerste dag en als einde tot en met de laatste dag. De Peildatum (Info) is altijd een dag.",
            "Ook goed: 'halverwege 2026' (= medio), 'primo 2026' (1-1-2026), 'ultimo september 2025' (30-9-2025, ook als Peildatum), "
                    + "'begin 2026' als Startdatum en 'eind 2029' als Einddatum. Niet eenduidig, en dus afgewezen: 'eind 2026' als Startdatum, "
                    + "'begin 2027' als Einddatum, een seizoen ('najaar 2025') en een jaartal van twee cijfers ('1-4-26').",
            "Zonder Einddatum loopt een structurele maatregel door tot het einde van de planperiode.",
            "Jaarkolommen: voeg zo nodig kolommen toe met het jaartal als kop (2021 t/m 2035). " + ELK_JAAR_EEN_KOLOM,
            "## Tabblad Taakstelling (optioneel)",
            "Eén regel per domein met de besparingsopgave per jaar (zoals door de raad opgelegd); een tweede bedrag voor "
                    + "hetzelfde domein en jaar wordt afgewezen."));

    static final List<String> TOELICHTING_REALISATIE = concat(List.of(
            "# Invulinstructie Realisatie (gerealiseerde en verwachte besparingen)",
            "Dit bestand bevat wat er werkelijk is bespaard (en wat nog wordt verwacht), de begrotingsposten en eventueel losse boekingen.",
            "Minstens één van de tabbladen Realisatie, Begroting of Boekingen is nodig; de andere mogen weg."),
            TOELICHTING_ALGEMEEN, List.of(
            "## Tabblad Realisatie",
            "Per maatregel (Nummer uit het bestand Voorstellen), Soort (Besparing/Kosten) en Stand (Gerealiseerd of Verwacht) de bedragen per jaar. "
                    + "Geplande bedragen (begroot) horen in de Voorstellen, niet hier.",
            "Eén bedrag per maatregel, soort, stand, gemeente en jaar; een tweede wordt afgewezen (tel ze op in één cel).",
            "Alleen realisaties en boekingen van aangenomen maatregelen tellen mee; bij een maatregel die is voorgesteld, afgewezen of "
                    + "ingetrokken, of die niet in de Voorstellen staat, geeft het rapport een waarschuwing.",
            "Jaarkolommen (ook op Begroting) hebben het jaartal als kop (2021 t/m 2035). " + ELK_JAAR_EEN_KOLOM,
            "Gerealiseerd voor afgesloten jaren (en het lopende jaar tot de peildatum), Verwacht voor lopende en toekomstige jaren; "
                    + "Gerealiseerd in een later jaar dan dat van de peildatum wordt afgewezen; Verwacht in een jaar vóór dat van de "
                    + "peildatum geeft een waarschuwing en telt niet voor de status van dat afgesloten jaar. Gemeente (optioneel): CBS-code of naam; net als op Financieel alleen een deelnemende gemeente.",
            "Bij een regio: een regel met Gemeente hoort bij die gemeente; regels zonder Gemeente worden net als de planning met de "
                    + "verdeelsleutel van de maatregel over de gemeenten verdeeld.",
            "## Tabblad Begroting",
            "Per begrotingspost en domein de Begroting, Realisatie (afgesloten jaar) of Prognose (open jaar) per jaar; "
                    + "een Realisatie in een later jaar dan dat van de peildatum wordt afgewezen, net als een tweede bedrag "
                    + "voor dezelfde post, hetzelfde domein, dezelfde soort en hetzelfde jaar.",
            "De begroting is inclusief de al verwerkte taakstelling: verwachte besparing = saldo (begroting - (verwachte) realisatie) + taakstelling.",
            "In het jaar van de peildatum telt de Prognose (verwachting voor het hele jaar) als die er is, anders de Realisatie tot nu toe; "
                    + "op blad Realisatie net zo: Verwacht gaat in dat jaar voor Gerealiseerd.",
            "## Tabblad Boekingen",
            "Losse boekingen uit de financiële administratie: Datum, Nummer, Soort, Bedrag, Omschrijving (optioneel).",
            "Een export uit de financiële administratie mag zoals die is: kolommen Debet en Credit in plaats van Bedrag, of Bedrag "
                    + "met een kolom D/C (D of C) ernaast. Dan geldt de tekenconventie van blad Info hier niet: een besparing staat "
                    + "credit, kosten staan debet; een besparing die debet staat (of kosten die credit staan, zoals een creditnota) "
                    + "telt als tegenboeking, met een waarschuwing.",
            "Heeft de export een kolom Boekjaar, dan telt een boeking in dat jaar en niet in het kalenderjaar van de Datum "
                    + "(die dan mag ontbreken): boekingen in periode 13 zijn vaak in januari van het jaar erna gedateerd.",
            "Boekingen tellen per maatregel, soort en kalenderjaar op tot gerealiseerde bedragen; een boeking gedateerd in een later "
                    + "jaar dan dat van de peildatum wordt afgewezen.",
            "Staat er voor dezelfde maatregel, soort en jaar ook een regel Gerealiseerd op het tabblad Realisatie, dan moet de som van de boekingen daar precies op uitkomen (controletotaal)."));

    static final List<String> TOELICHTING_VERDEELSLEUTELS = concat(List.of(
            "# Invulinstructie Verdeelsleutels",
            "Dit bestand legt vast hoe regionale bedragen over de deelnemende gemeenten worden verdeeld."),
            TOELICHTING_ALGEMEEN, List.of(
            "## Tabblad Verdeelsleutels",
            "Eén regel per sleutel en gemeente: Sleutel (naam, zoals gebruikt in kolom Verdeelsleutel bij de maatregelen), Gemeente, Code (CBS-code).",
            "Vul Aandeel in (percentage, bijv. 25,5%, of fractie 0,255) of Inwoners. De aandelen van één sleutel tellen op tot 100% (± 0,01%). "
                    + "Typ een komma als decimaalteken: van 12.5 of 1/3 maakt Excel een datum, en dat wordt afgekeurd ('Datum als aandeel').",
            "Met alleen inwoners is het aandeel: inwoners / totaal aantal inwoners van de sleutel.",
            "Afronding: delen worden met de grootste-restmethode afgerond zodat ze precies optellen tot het regionale totaal.",
            "## Tabblad Regio (optioneel)",
            "Lidmaatschap: Regio, Code (van de regio), Gemeente, Gemeentecode (CBS).",
            "Een lid van de regio dat in een sleutel ontbreekt, krijgt van die sleutel geen deel: daarover volgt een waarschuwing."));

    // =====================================================================================
    // Seed 000: GR Meerinzicht (Ermelo, Harderwijk, Zeewolde)
    // =====================================================================================

    /*
     * Seed 000 is a college decision on the "DS 2 Wmo-bundel" of GR Meerinzicht: agree to proposals 3,
     * 11 and 12+13, do not agree to proposal 7. The document is undated; it budgets from 2026 and cites
     * CAO 2025-2027, so Peildatum 30-9-2025 is an assumption.
     *
     * The document's tables are "Bedragen x 1.000 euro" and write a higher contribution to the GR as
     * "-/-" (costs negative, savings positive), so: Eenheid "x 1.000 euro", Tekenconventie "kosten negatief".
     *
     * Reconstruction of the summary table (2026 2027 2028 2029, x 1.000):
     *   Uitvoeringskosten (Begroting GR)   -152 -193 -148  -2   (text order mangled: "-152 -148 / -2 -193";
     *                                                           = proposal 3 (-78 -102 -102 0) + proposal 12+13 (-74 -91 -46 -2))
     *   Besparing zorgkosten (gemeente)     150  280  280 280   (= proposal 3: 150 200 200 200 + Zeewolde 80 from 2027)
     *   Innovatiebudget (gemeente)         -105 -210 -210 -105
     *   Totaal                             -107 -123  -78 173
     * Proposal 3 is entered as the text states it: saving 200.000/yr from 1-4-2026 (2026 = 150, matches the
     * table) and costs 102.000/yr from 1-4-2026 through 2028. Pro-rated that gives 76,5 in 2026 where the
     * document's table prints -78 (rounded differently in the source); we keep the text's rule.
     *
     * The GR's key ("verdeelsleutel domein sociaal") is not printed as percentages; it follows from the
     * per-municipality tables. Proposal 3 in 2029 (200): Harderwijk 115, Zeewolde 34, so Ermelo 51
     * (the Ermelo cell is mangled) -> 25,5% / 57,5% / 17,0%. Cross-checks: proposal 3 in 2026 (72) gives
     * 18/41/12 (document 19/41/12); proposal 12+13 in 2026 (74) gives 19/43/13 (document 19/42/13);
     * innovation budget Zeewolde 17% of 210 = 36 (document -36). In the 12+13 table the Harderwijk
     * cells "-26 -52" are in the wrong order: 2027 = -91 +23 +16 = -52, 2028 = -46 +12 +8 = -26.
     */
    static Book meerinzichtVoorstellen() {
        Book b = new Book(false);
        b.info("Voorstellen", "GR Meerinzicht", "GR-MEERINZICHT", LocalDate.of(2025, 9, 30),
                "x 1.000 euro", "kosten negatief");
        String key = "Verdeelsleutel domein sociaal";
        b.sheet("Maatregelen", MEASURE_HEADERS)
                .row("3", "Intensiveren toezicht Jeugd en Wmo", "Wmo", "Aangenomen", "DS 2 Wmo-bundel", "Structureel",
                        LocalDate.of(2026, 4, 1), null, key,
                        "Toezicht op pgb en zorg in natura (Wmo en Jeugd). Besparing 200.000 per jaar vanaf 1 april 2026; "
                                + "tijdelijk 1 fte extra (102.000 per jaar t/m 2028). College stemt in (besluitpunt 1).")
                .row("7", "Kwaliteitstoetsing cliëntervaring BW beleggen bij aanbieders BW", "Beschermd wonen", "Afgewezen",
                        "DS 2 Wmo-bundel", "Structureel", null, null, null,
                        "Besparing 45.000 per jaar op formatie Meerinzicht, 6.000 per jaar externe uitvoering (netto 39.000). "
                                + "Gefinancierd door centrumgemeente Harderwijk. College stemt niet in (besluitpunt 2).")
                .row("11", "Innovatiebudget Wmo", "Wmo", "Aangenomen", "DS 2 Wmo-bundel", "Incidenteel",
                        LocalDate.of(2026, 7, 1), LocalDate.of(2029, 6, 30), key,
                        "Circa 1% van het Wmo-budget: 210.000 per jaar, medio 2026 t/m medio 2029, in de gemeentelijke begroting. "
                                + "Besparing nog niet te bepalen.")
                .row("12+13", "Wmo actieve regie op stapeling Wmo en Wmo lichte hulpverlening voorliggend aanbieden",
                        "Wmo", "Aangenomen", "DS 2 Wmo-bundel", "Structureel", null, null, key,
                        "Samengevoegd voorstel. Investering tijdelijke formatie klantmanagement/administratie en routekaart (GR). "
                                + "Besparing voor Ermelo en Harderwijk al in de gemeentelijke begroting; Zeewolde 80.000 vanaf 2027.");
        b.sheet("Financieel", withYears(FINANCIAL_HEADERS, List.of(2026, 2027, 2028, 2029)))
                // Proposal 3: saving in the municipal budgets, from the measure's Startdatum, no end (structural).
                .row("3", "Besparing", "Zorgkosten", "Gemeente", null, 200, null, null)
                // Cost in the GR budget: own dates override the measure's; "-/- 102" exercises the Dutch negative form.
                .row("3", "Kosten", "Frictiekosten", "Regio", null, "-/- 102", LocalDate.of(2026, 4, 1), LocalDate.of(2028, 12, 31))
                // Proposal 7 (rejected): formation saving of the GR, paid by Harderwijk (GM0243).
                .row("7", "Besparing", "Formatie", "Regio", "GM0243", null, null, null, 45, 45, 45, 45)
                .row("7", "Kosten", "Externe uitvoering", "Regio", "GM0243", null, null, null, -6, -6, -6, -6)
                // Proposal 11: 210/yr between the measure's dates (1-7-2026 .. 30-6-2029); saving "nog niet te bepalen".
                .row("11", "Kosten", "Innovatiebudget", "Gemeente", null, -210, null, null)
                .row("11", "Besparing", "Zorgkosten", "Gemeente", null, null, null, null, "ntb", "ntb", "ntb", "ntb")
                // Proposal 12+13: "Budgettaire gevolgen" table of the proposal (2029 formation cell is "-").
                .row("12+13", "Kosten", "Formatie klantmanagement en administratie", "Regio", null, null, null, null, -44, -89, -44, "-")
                .row("12+13", "Kosten", "Routekaart", "Regio", null, null, null, null, -30, -2, -2, -2)
                .row("12+13", "Besparing", "Zorgkosten", "Gemeente", "GM0050", 80, LocalDate.of(2027, 1, 1), null);
        return b;
    }

    static Book meerinzichtVerdeelsleutels() {
        Book b = new Book(false);
        b.info("Verdeelsleutels", "GR Meerinzicht", "GR-MEERINZICHT", LocalDate.of(2025, 9, 30), "euro", "bedragen positief");
        // Shares derived from the document's per-municipality tables (see meerinzichtVoorstellen).
        b.sheet("Verdeelsleutels", List.of("Sleutel", "Gemeente", "Code", "Aandeel"))
                .row("Verdeelsleutel domein sociaal", "Ermelo", "GM0233", new Pct(0.255))
                .row("Verdeelsleutel domein sociaal", "Harderwijk", "GM0243", new Pct(0.575))
                .row("Verdeelsleutel domein sociaal", "Zeewolde", "GM0050", new Pct(0.170));
        b.sheet("Regio", List.of("Regio", "Code", "Gemeente", "Gemeentecode"))
                .row("GR Meerinzicht", "GR-MEERINZICHT", "Ermelo", "GM0233")
                .row("GR Meerinzicht", "GR-MEERINZICHT", "Harderwijk", "GM0243")
                .row("GR Meerinzicht", "GR-MEERINZICHT", "Zeewolde", "GM0050");
        return b;
    }

    // =====================================================================================
    // Seed 001: Regio Gooi en Vechtstreek (Hilversum's council letter, regional action programme)
    // =====================================================================================

    /*
     * Seed 001: "Naar een financieel gezond sociaal domein", college decision 12-1-2021, council meeting
     * 3-3-2021 (Peildatum). Measures 1-16 are the programme; measure 17 (selectieve preventie) is in the
     * annex "Niet opgenomen maatregelen" -> Afgewezen. Measures 1-16 are entered as Aangenomen (the region
     * adopts the programme jointly; execution starts June 2021).
     *
     * Convention: "besparing negatief" (Kosten positive, Effect/Opbrengst negative), Eenheid euro.
     * Soort uses the document's own words: "Effect" (measures 1-4) and "Opbrengst" (5-17), aliases of Besparing.
     * Reconstructions (the document's own typos):
     *   - measure 2, 2023: "--1.538.246" -> -1.538.246 (entered as Dutch text);
     *   - measure 7, 2023/2024: "523.695 1.047.390" without minus; Resultaat -433.695/-957.390 shows they are savings;
     *   - measure 14: table written the other way round (Kosten -80.000, Opbrengst 314.263, Resultaat 234.263);
     *     the text says one year 1 fte costing 80.000 and a structural saving of 314.263 -> Kosten 80.000, Opbrengst -314.263;
     *   - measure 15: Kosten "-80.000"; the text describes a one-year cost of 0,5 + 0,5 fte -> Kosten 80.000;
     *   - measure 17: Opbrengsten "180.000 360.000" positive while Resultaat is -90.000 -> savings, entered negative.
     * Kept as in the document: measure 13 "Kosten -600.000 -400.000 ..." are LOWER execution costs (costs move to
     * the regional budget, "gemeenten zullen daarmee wel besparen op kosten voor uitvoering"): a reversal per
     * the contract (loaded as a saving, with a warning). Measure 12 Opbrengsten "-" (nothing) and measure 16
     * Opbrengst "ntb" (unknown) are kept as markers. Printed Resultaat rows are not entered (they are derived;
     * some are inconsistent in the source, e.g. measure 6 2022 and measure 8 2022).
     */
    static Book gooiVoorstellen() {
        Book b = new Book(false);
        b.info("Voorstellen", "Regio Gooi en Vechtstreek", "GR-GOOI-VECHTSTREEK", LocalDate.of(2021, 3, 3),
                "euro", "besparing negatief");
        String key = "Inwoners 2020";
        String a = "Aangenomen";
        b.sheet("Maatregelen", MEASURE_HEADERS)
                .row("1", "Aanpak van vindplaats naar werkplaats", "Jeugd", a, "Jeugdhulp", "Structureel", null, null, key,
                        "Besparing 5.000 per kind, 100 kinderen oplopend tot 200; kosten projectleiding, inkoop, data.")
                .row("2", "In dialoog verwijzen naar effectieve jeugdhulp en afschalen waar nodig (middels bekostigingsprikkels)",
                        "Jeugd", a, "Jeugdhulp", "Structureel", null, null, key,
                        "5% minder instroom, 10% snellere uitstroom, 25% besparing per traject plus inkoopprikkels.")
                .row("3", "Borgen en intensiveren uitvoeringsagenda verblijf", "Jeugd", a, "Verblijf Jeugd", "Structureel",
                        null, null, key, "Doorbraaktafel, pleegzorg, gezinshuizen.")
                .row("4", "Gezamenlijke bekostiging van en toegang tot verblijf (via onafhankelijke commissie)", "Jeugd", a,
                        "Verblijf Jeugd", "Structureel", null, null, key, "Instroomverlaging en uitstroomverhoging, 100 euro per kind per dag.")
                .row("5", "Versoberen levering en aanscherpen toegangscriteria", "Wmo", a, "Huishoudelijke hulp", "Structureel",
                        null, null, key, "Structurele besparing 1.542.659 (netto).")
                .row("6", "Normenkader HHM toepassen", "Wmo", a, "Huishoudelijke hulp", "Structureel", null, null, key,
                        "Kosten gelijk aan maatregel 5 (hoeven niet twee keer als beide worden uitgevoerd).")
                .row("7", "Algemene voorziening voor thuisondersteuning", "Wmo", a, "Huishoudelijke hulp", "Structureel",
                        null, null, key, "Wassen/strijken en glazenwassen apart organiseren.")
                .row("8", "Eenvoudige zorg bij complexe situaties (pilot)", "Wmo", a, "Dagbesteding en begeleiding",
                        "Structureel", null, null, key, "50.000 per cliënt per jaar, 25% besparing; 25 cliënten, daarna 50.")
                .row("9", "Toegang aanscherpen", "Wmo", a, "Dagbesteding en begeleiding", "Structureel", null, null, key,
                        "Voorzichtige 2% besparing; 0,5 fte en training.")
                .row("10", "Algemene voorziening lichte begeleiding en dagbesteding", "Wmo", a, "Dagbesteding en begeleiding",
                        "Structureel", null, null, key, "Dagbesteding als algemene voorziening inrichten.")
                .row("11", "Sturen op arbeid in plaats van zorg", "Wmo", a, "Dagbesteding en begeleiding", "Structureel",
                        null, null, key, "Mensen vanuit arbeidsmatige dagbesteding aan een baan helpen.")
                .row("12", "Heronderzoek wachtlijst + bestaande cliënten", "Beschermd wonen", a, "Beschermd wonen", "Incidenteel",
                        null, null, key, "Kwalitatieve maatregel; kosten 150.000 uit de regiobegroting, geen direct financieel effect.")
                .row("13", "Gezamenlijke bekostiging en toegang beschermd wonen", "Beschermd wonen", a, "Beschermd wonen",
                        "Structureel", null, null, key,
                        "Verschuiving van uitvoeringskosten naar de regiobegroting: negatieve kosten = lagere kosten (omkering).")
                .row("14", "Verhogen eigen bijdrage Wmo-vervoer", "Wmo-vervoer", a, "Wmo-vervoer", "Structureel", null, null, key,
                        "Tarief +25%, kostendekkend tarief medereizigers, piek-/daltarief.")
                .row("15", "Grip op uitgaven", "Overig", a, "Kostenbeheersing", "Incidenteel", null, null, key,
                        "Eén jaar 0,5 fte projectleiding en 0,5 fte data-analist.")
                .row("16", "Versterken kostenbewustzijn", "Overig", a, "Kostenbewustzijn", "Structureel", null, null, key,
                        "Opbrengst nog te bepalen; twee jaar 80.000.")
                .row("17", "Investeren in selectieve preventie", "Voorveld", "Afgewezen", "Preventie (niet opgenomen)",
                        "Structureel", null, null, key, "Niet opgenomen: gemeenten willen preventie lokaal aanpakken.");
        b.sheet("Financieel", withYears(List.of("Nummer", "Soort", "Post"), List.of(2021, 2022, 2023, 2024)))
                .row("1", "Kosten", "Uitvoeringskosten", 76_000, 100_000, 100_000, 100_000)
                .row("1", "Effect", "Zorgkosten", -500_000, -750_000, -1_000_000, -1_000_000)
                .row("2", "Kosten", "Uitvoeringskosten", 240_000, 210_000, 80_000, 80_000)
                .row("2", "Effect", "Zorgkosten", -458_741, -1_308_875, "-1.538.246", -1_538_246)
                .row("3", "Kosten", "Uitvoeringskosten", 85_000, 85_000, 85_000, 85_000)
                .row("3", "Effect", "Zorgkosten", -379_600, -576_700, -576_700, -576_700)
                .row("4", "Kosten", "Uitvoeringskosten", 160_000, 130_000, 100_000, 100_000)
                .row("4", "Effect", "Zorgkosten", 0, -547_500, -912_500, -912_500)
                .row("5", "Kosten", "Uitvoeringskosten", 170_000, 572_625, 572_625, 90_000)
                .row("5", "Opbrengst", "Zorgkosten", 0, -816_329, "-1.632.659", -1_632_659)
                .row("6", "Kosten", "Uitvoeringskosten", 170_000, 572_625, 572_625, 90_000)
                .row("6", "Opbrengst", "Zorgkosten", 0, -406_520, -813_041, -813_041)
                .row("7", "Kosten", "Uitvoeringskosten", 300_000, 300_000, 90_000, 90_000)
                .row("7", "Opbrengst", "Zorgkosten", 0, -261_848, -523_695, -1_047_390)
                .row("8", "Kosten", "Projectkosten pilot", 80_000, 60_000, 40_000, 40_000)
                .row("8", "Opbrengst", "Zorgkosten", -312_500, -312_500, -625_000, -625_000)
                .row("9", "Kosten", "Uitvoeringskosten", 50_000, 10_000, 10_000, 10_000)
                .row("9", "Opbrengst", "Zorgkosten", -154_248, -308_496, -308_496, -308_496)
                .row("10", "Kosten", "Uitvoeringskosten", 280_000, 280_000, 180_000, 180_000)
                .row("10", "Opbrengst", "Zorgkosten", -656_991, -965_487, -1_273_983, -1_582_478)
                .row("11", "Kosten", "Uitvoeringskosten", 450_000, 450_000, 450_000, 450_000)
                .row("11", "Opbrengst", "Zorgkosten", 0, -375_000, -750_000, -750_000)
                .row("12", "Kosten", "Onderzoek en herindicatie", 150_000, null, null, null)
                .row("12", "Opbrengst", "Zorgkosten", "-", "-", "-", "-")
                .row("13", "Kosten", "Uitvoeringskosten", -600_000, -400_000, -400_000, -400_000)
                .row("13", "Opbrengst", "Zorgkosten", 0, 0, 0, 0)
                .row("14", "Kosten", "Formatie", 80_000, 0, 0, 0)
                .row("14", "Opbrengst", "Eigen bijdragen", -314_263, -314_263, -314_263, -314_263)
                .row("15", "Kosten", "Formatie", 80_000, 0, 0, 0)
                .row("15", "Opbrengst", "Zorgkosten", 0, 0, 0, 0)
                .row("16", "Kosten", "Formatie", 80_000, 80_000, 0, 0)
                .row("16", "Opbrengst", "Zorgkosten", "ntb", "ntb", "ntb", "ntb")
                .row("17", "Kosten", "Uitvoeringskosten", 90_000, 180_000, 180_000, 180_000)
                .row("17", "Opbrengst", "Zorgkosten", -180_000, -360_000, -360_000, -360_000);
        return b;
    }

    /*
     * Seed 001 gives no inhabitant counts, only "Het aandeel van Hilversum hierin bedraagt (op basis van
     * inwoneraantal) ongeveer 35%". The annex names eight municipalities (including Weesp, which left the
     * region on its merger with Amsterdam in 2022; the letter speaks of 7). The counts below are CBS
     * population figures of 1-1-2020, ROUNDED to hundreds and written from memory, not from a download:
     * illustrative, verify against CBS StatLine before real use. Hilversum: 90.800 / 265.200 = 34,24%.
     */
    static Book gooiVerdeelsleutels() {
        Book b = new Book(false);
        b.info("Verdeelsleutels", "Regio Gooi en Vechtstreek", "GR-GOOI-VECHTSTREEK", LocalDate.of(2021, 3, 3),
                "euro", "bedragen positief");
        String key = "Inwoners 2020";
        Object[][] members = {
            {"Blaricum", "GM0376", 11_200},
            {"Eemnes", "GM0317", 9_200},
            {"Gooise Meren", "GM1942", 57_900},
            {"Hilversum", "GM0402", 90_800},
            {"Huizen", "GM0406", 41_400},
            {"Laren", "GM0417", 11_200},
            {"Weesp", "GM0457", 19_300},
            {"Wijdemeren", "GM1696", 24_200},
        };
        SheetWriter keys = b.sheet("Verdeelsleutels", List.of("Sleutel", "Gemeente", "Code", "Inwoners"));
        SheetWriter region = b.sheet("Regio", List.of("Regio", "Code", "Gemeente", "Gemeentecode"));
        for (Object[] m : members) {
            keys.row(key, m[0], m[1], m[2]);
            region.row("Regio Gooi en Vechtstreek", "GR-GOOI-VECHTSTREEK", m[0], m[1]);
        }
        return b;
    }

    // =====================================================================================
    // Seed 004: Gemeente Huizen (monitoring of the savings on begeleiding)
    // =====================================================================================

    /*
     * Seed 004 is an undated memo of 2023 (it refers to "het vierde kwartaal van dit jaar" and uses 2022 actuals);
     * Peildatum 30-9-2023 is an assumption. Measures are the four lines of Tabel 3 ("uitsplitsing taakstelling van
     * beoogde netto besparingen"): planned NET savings (after the cost of the municipal begeleiders), so they are
     * entered as Besparing only. The specialist lines are the lumpsum target (175.000/350.000/550.000) moved two
     * years: 2024 100.000+75.000, 2025 200.000+150.000, 2026 330.000+220.000.
     * Taakstelling = the same Tabel 3 totals per domain (Wmo = regulier + specialistisch; Jeugd likewise):
     * 130.000 / 170.000 / 387.000 / 562.000 / 762.000 (the Totaal row of the Financieel sheet is Tabel 3's own total).
     */
    static Book huizenVoorstellen() {
        Book b = new Book(false);
        b.info("Voorstellen", "Gemeente Huizen", "GM0406", LocalDate.of(2023, 9, 30), "euro", "bedragen positief");
        b.sheet("Maatregelen", MEASURE_HEADERS)
                .row("1", "Begeleiding regulier Wmo via gemeentelijke (lokale) begeleiders", "Wmo", "Aangenomen",
                        "Begeleiding regulier", "Structureel", null, null, null,
                        "Afschalen van geïndiceerde begeleiding naar lokale begeleiders (gestart mei 2021). Netto besparing.")
                .row("2", "Begeleiding regulier Jeugd via gemeentelijke (lokale) begeleiders", "Jeugd", "Aangenomen",
                        "Begeleiding regulier", "Structureel", null, null, null, "Jeugdige individueel. Netto besparing.")
                .row("3", "Specialistische begeleiding Wmo (lumpsum, samengevoegd met lokale begeleiding)", "Wmo", "Aangenomen",
                        "Begeleiding specialistisch", "Structureel", null, null, null,
                        "Taakstelling lumpsumfinanciering twee jaar doorgeschoven naar 2024; in begroting 2024 samengevoegd met lokale begeleiding.")
                .row("4", "Specialistische begeleiding Jeugd (lumpsum, samengevoegd met lokale begeleiding)", "Jeugd", "Aangenomen",
                        "Begeleiding specialistisch", "Structureel", null, null, null, "Jeugdige in gezin. Idem.");
        b.sheet("Financieel", withYears(List.of("Nummer", "Soort", "Post", "Begroting"), List.of(2022, 2023, 2024, 2025, 2026)))
                .row("1", "Besparing", "Netto besparing begeleiding", "Gemeente", 115_000, 145_000, 175_000, 175_000, 175_000)
                .row("2", "Besparing", "Netto besparing begeleiding", "Gemeente", 15_000, 25_000, 37_000, 37_000, 37_000)
                .row("3", "Besparing", "Netto besparing begeleiding", "Gemeente", 0, 0, 100_000, 200_000, 330_000)
                .row("4", "Besparing", "Netto besparing begeleiding", "Gemeente", 0, 0, 75_000, 150_000, 220_000)
                .row("Totaal", null, null, null, 130_000, 170_000, 387_000, 562_000, 762_000);
        b.sheet("Taakstelling", withYears(List.of("Domein"), List.of(2022, 2023, 2024, 2025, 2026)))
                .row("Wmo", 115_000, 145_000, 275_000, 375_000, 505_000)
                .row("Jeugd", 15_000, 25_000, 112_000, 187_000, 257_000);
        return b;
    }

    /*
     * Realisatie for Huizen.
     * Begroting sheet = Tabel 2 exactly (domain.md rule 8 worked example). The memo labels all years
     * "(Verwachte) realisatie"; 2023 is entered as Realisatie (as domain.md rule 8 reads it), 2024-2026 as Prognose.
     *
     * Realisatie sheet: the memo gives totals only (Tabel 1): realised 2022 = 295.000, expected 2023-2026 =
     * 544.654 / 603.448 / 723.010 / 777.411 (= saldo + taakstelling). Per measure we assume:
     *   - Verwacht: the regular lines on plan; each domain's budget saldo added to its specialist line
     *     (Wmo 3: 0+215.378, 100.000+239.848, 200.000+259.410, 330.000+183.811;
     *      Jeugd 4: 0+159.276, 75.000-23.400, 150.000-98.400, 220.000-168.400), so per domain and in total the
     *     figures equal Tabel 2's saldo + taakstelling exactly;
     *   - Gerealiseerd 2022: the split of the 295.000 is ILLUSTRATIVE (the memo only says regular savings already
     *     exceed the 2024 plan of 212.000): 185.000 / 35.000 / 50.000 / 25.000.
     * Boekingen: illustrative monthly/quarterly bookings of 2022 that add up EXACTLY to those Gerealiseerd rows
     * (so each Gerealiseerd row is their control total, domain.md rule 9).
     */
    static Book huizenRealisatie() {
        Book b = new Book(false);
        b.info("Realisatie", "Gemeente Huizen", "GM0406", LocalDate.of(2023, 9, 30), "euro", "bedragen positief");
        List<Integer> years = List.of(2022, 2023, 2024, 2025, 2026);
        b.sheet("Realisatie", withYears(List.of("Nummer", "Soort", "Stand"), years))
                .row("1", "Besparing", "Gerealiseerd", 185_000, null, null, null, null)
                .row("2", "Besparing", "Gerealiseerd", 35_000, null, null, null, null)
                .row("3", "Besparing", "Gerealiseerd", 50_000, null, null, null, null)
                .row("4", "Besparing", "Gerealiseerd", 25_000, null, null, null, null)
                .row("1", "Besparing", "Verwacht", null, 145_000, 175_000, 175_000, 175_000)
                .row("2", "Besparing", "Verwacht", null, 25_000, 37_000, 37_000, 37_000)
                .row("3", "Besparing", "Verwacht", null, 215_378, 339_848, 459_410, 513_811)
                .row("4", "Besparing", "Verwacht", null, 159_276, 51_600, 51_600, 51_600);
        b.sheet("Begroting", withYears(List.of("Post", "Domein", "Soort"), List.of(2023, 2024, 2025, 2026)))
                .row("Wmo begeleiding", "Wmo", "Begroting", 1_852_736, 1_585_593, 1_485_593, 1_355_593)
                .row("Wmo begeleiding", "Wmo", "Realisatie", 1_637_358, null, null, null)
                .row("Wmo begeleiding", "Wmo", "Prognose", null, 1_345_745, 1_226_183, 1_171_782)
                .row("Jeugd begeleiding", "Jeugd", "Begroting", 1_885_030, "€ 1.702.354", 1_627_354, 1_557_354)
                .row("Jeugd begeleiding", "Jeugd", "Realisatie", 1_725_754, null, null, null)
                .row("Jeugd begeleiding", "Jeugd", "Prognose", null, 1_725_754, 1_725_754, 1_725_754);
        SheetWriter bookings = b.sheet("Boekingen", List.of("Datum", "Nummer", "Soort", "Bedrag", "Omschrijving"));
        String[] months = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december"};
        // Measure 1: twelve monthly bookings, the last one closes on 185.000,00 exactly.
        BigDecimal[] m1 = amounts("12850", "13420", "14975", "15210", "15680", "16045.50", "14390", "13985",
                "16820", "17240.25", "17615");
        writeBookings(bookings, "1", new BigDecimal("185000"), m1, 12, 1, months,
                "Minder inzet geïndiceerde begeleiding Wmo regulier");
        // Measure 2: four quarterly bookings.
        writeBookings(bookings, "2", new BigDecimal("35000"), amounts("7650", "8400", "9125.75"), 4, 3, months,
                "Minder inzet geïndiceerde begeleiding Jeugd regulier");
        // Measure 3: six two-monthly bookings.
        writeBookings(bookings, "3", new BigDecimal("50000"), amounts("6200", "7350", "8100", "8975", "9420.40"), 6, 2, months,
                "Afschaling specialistische begeleiding Wmo naar lokaal team");
        // Measure 4: four quarterly bookings.
        writeBookings(bookings, "4", new BigDecimal("25000"), amounts("5100", "5900", "6450"), 4, 3, months,
                "Afschaling specialistische begeleiding Jeugd naar lokaal team");
        return b;
    }

    /**
     * Writes {@code count} bookings in 2022 for one measure, every {@code step} months (dated at month end);
     * the given amounts come first and the last booking is the remainder, so they add up to {@code total}.
     * The second booking of each measure, and measure 1's bookings with cents, are written as Dutch text
     * ({@code 13.420}, {@code 16.045,50}) to exercise the parser.
     */
    private static void writeBookings(SheetWriter sheet, String number, BigDecimal total, BigDecimal[] first,
            int count, int step, String[] months, String description) {
        if (first.length != count - 1) {
            throw new IllegalArgumentException("need " + (count - 1) + " amounts for measure " + number);
        }
        BigDecimal sum = Arrays.stream(first).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal last = total.subtract(sum);
        if (last.signum() <= 0) {
            throw new IllegalStateException("bookings of measure " + number + " exceed " + total);
        }
        for (int i = 0; i < count; i++) {
            int month = (i + 1) * step;
            LocalDate date = LocalDate.of(2022, month, 1).withDayOfMonth(LocalDate.of(2022, month, 1).lengthOfMonth());
            BigDecimal amount = i < first.length ? first[i] : last;
            boolean asText = i == 1 || amount.stripTrailingZeros().scale() > 0 && number.equals("1");
            Object cell = asText ? dutch(amount) : amount;
            String period = step == 1 ? months[month - 1] : (step == 3 ? "kwartaal " + (i + 1) : months[month - step] + "-" + months[month - 1]);
            sheet.row(date, number, "Besparing", cell, description + ", " + period + " 2022");
        }
    }

    // =====================================================================================
    // Seed 003: Gemeente Noordoostpolder (uitvoeringsplan 'Grip op het sociaal domein', 28 april 2021)
    // =====================================================================================

    /*
     * The measure tables give "Huidig budget in €" and "Beoogde besparing in €" (full euros, not thousands)
     * without phasing; the plan aims to reach the target "in 2024", so each beoogde besparing is entered in 2024.
     * Status: "Aanvullend besluit nodig? Ja" -> Voorgesteld, "Nee" -> Aangenomen (our reading).
     * Categorie = the plan's group (Voorveld / Toegang / Maatwerk), Domein = Voorveld, Toegang, Participatie, Wmo, Jeugd.
     * Each block ends with the document's own Totaal row (control total) and a blank row; the Wmo block has no
     * Totaal because begeleiding 18+ is P.M. (document: "Totaal - 350.000").
     * Cost measures (not numbered in the plan, numbered here): project budgets per group (tables "Benodigd
     * projectbudget"), formation of USD per domain (C 1.2, C 2.2, C 3.2: Kosten formatie / Opbrengsten), overhead
     * C 4, and businesscases (Opbrengsten p.m.; 0,9 fte = 73.000 in 2021, split 0,5/0,2/0,2 fte by us:
     * 40.556 / 16.222 / 16.222). C 1.2 has Kosten formatie -28.000 in 2024 (a reduction of the permanent formation):
     * kept as in the document, a reversal per the contract (loaded as a saving, with a warning).
     * Known inconsistencies of the source (not ours): summary D.2 gives Kosten formatie 2021 1.043.600 where the
     * domain tables add up to 1.084.933, and Opbrengsten 2023 423.600 where they add up to 353.600.
     * Taakstelling 2024 = the group totals ("De maatregelen zijn taakstellend per onderdeel").
     */
    static Book noordoostpolderVoorstellen() {
        Book b = new Book(false);
        b.info("Voorstellen", "Gemeente Noordoostpolder", "GM0171", LocalDate.of(2021, 4, 28), "euro", "bedragen positief");
        SheetWriter m = b.sheet("Maatregelen", MEASURE_HEADERS);
        SheetWriter f = b.sheet("Financieel", withYears(List.of("Nummer", "Soort", "Post"), List.of(2021, 2022, 2023, 2024)));
        String v = "Voorgesteld";
        String a = "Aangenomen";
        // --- A: Voorveld
        nopMeasure(m, f, "A.1", "Effectievere inzet op preventie Jeugd", "Voorveld", v, "Voorveld", 826_000, 182_000, "Ja", "2022");
        nopMeasure(m, f, "A.2", "Minder inzet op minderheden", "Voorveld", a, "Voorveld", 50_000, 18_000, "Nee", "-");
        nopMeasure(m, f, "A.3", "Minder inzet op netwerkondersteuning", "Voorveld", v, "Voorveld", 750_000, 150_000, "Ja", "2022");
        nopMeasure(m, f, "A.4", "Minder inzet op beweegcoach en vitaliteit", "Voorveld", v, "Voorveld", 500_000, 100_000, "Ja", "2022");
        nopMeasure(m, f, "A.5", "Minder inzet op maatschappelijk werk", "Voorveld", v, "Voorveld", 650_000, 50_000, "Ja", "2022");
        nopMeasure(m, f, "A.6", "Integrale JGZ 0 - 18 jaar", "Voorveld", v, "Voorveld", 720_000, 100_000, "Ja", "2022");
        f.row("Totaal", null, null, null, null, null, 600_000).blank();
        // --- B: Toegang (B.1 written as Dutch text with euro sign)
        nopMeasure(m, f, "B.1", "Gerichte inzet procesbegeleiders", "Toegang", a, "Toegang", 500_000, "€ 250.000", "Nee", "2021");
        nopMeasure(m, f, "B.2", "Andere expertise in screeningsteam", "Toegang", a, "Toegang", 125_000, 40_000, "Nee", "2021");
        nopMeasure(m, f, "B.3", "Geen inzet meer van SAVE op drang", "Toegang", a, "Toegang", 80_000, 40_000, "Nee", "2021");
        nopMeasure(m, f, "B.4", "Duidelijke definitie cliëntondersteuning en met inzet van vrijwilligers", "Toegang", a, "Toegang",
                270_000, 80_000, "Nee", "2022");
        f.row("Totaal", null, null, null, null, null, 410_000).blank();
        // --- C1: Maatwerk Participatie (beleidskeuzes)
        nopMeasure(m, f, "C1.1", "MKB-doorgaan beëindigen", "Participatie", v, "Maatwerk", 15_000, 15_000, "Ja, in deelplan participatie", "Q1 2021");
        nopMeasure(m, f, "C1.2", "Minder inzet sociale recherche", "Participatie", a, "Maatwerk", 114_000, 25_000, "Nee", "Q1 2021");
        nopMeasure(m, f, "C1.3", "Ongebruikt budget minimaregeling (naar beneden bijstellen)", "Participatie", a, "Maatwerk",
                60_000, 60_000, "Nee", "-");
        nopMeasure(m, f, "C1.4", "Hervormen minimaregelingen", "Participatie", v, "Maatwerk", 680_000, 20_000, "Ja, in deelplan minima", "Q2 2021");
        nopMeasure(m, f, "C1.5", "Bewindvoering (aangaan partnerschap met bewindvoerder en bevorderen van uitstroom)", "Participatie", v,
                "Maatwerk", 525_000, 25_000, "Ja", "Q4 2021");
        nopMeasure(m, f, "C1.6", "Verminderen bijdrage aan de WerkCorporatie", "Participatie", v, "Maatwerk", 1_400_000, 100_000,
                "Ja, in deelplan participatie", "Q1 2021");
        nopMeasure(m, f, "C1.7", "Versoberen van de dienstverleningsovereenkomst met Concern voor Werk (plustaak: beschikbaarheidsbijdrage)",
                "Participatie", v, "Maatwerk", 130_000, 100_000, "Ja, in deelplan participatie", "Q1 2021");
        f.row("Totaal", null, null, null, null, null, 345_000).blank();
        // --- C2: Maatwerk Wmo (beleidskeuzes); begeleiding 18+ is P.M.
        nopMeasure(m, f, "C2.1", "Dagactiviteiten 18+", "Wmo", v, "Maatwerk", 1_400_000, 250_000, "Ja, in deelplan Wmo", "Q2 2021");
        nopMeasure(m, f, "C2.2", "Begeleiding 18+", "Wmo", v, "Maatwerk", 2_600_000, "P.M.", "Ja, in deelplan Wmo", "Q2 2021");
        nopMeasure(m, f, "C2.3", "Hulp in de huishouding (o.a. algemene voorziening was- en strijkservice)", "Wmo", v, "Maatwerk",
                2_800_000, 100_000, "Ja, in deelplan Wmo", "Q2 2021");
        f.blank();
        // --- C3: Maatwerk Jeugd (beleidskeuzes); '*' = part of the maatwerkbudget (no separate current budget)
        nopMeasure(m, f, "C3.1", "Preventieve GGZ (psychoflex)", "Jeugd", a, "Maatwerk", 45_000, 40_000, "Nee", "-");
        nopMeasure(m, f, "C3.2", "Losstaande eerstelijns vaktherapieën", "Jeugd", a, "Maatwerk", 50_000, 50_000, "Nee", "-");
        nopMeasure(m, f, "C3.3", "Stoppen met stapelen van zorg", "Jeugd", a, "Maatwerk", null, 50_000, "Nee", "-");
        nopMeasure(m, f, "C3.4", "Minder inzet op het KBC", "Jeugd", a, "Maatwerk", 628_000, 175_000, "Nee", "-");
        nopMeasure(m, f, "C3.5", "Met minder aanbieders sturen op meer resultaat en innovatie", "Jeugd", a, "Maatwerk", null, 75_000, "Nee", "-");
        nopMeasure(m, f, "C3.6", "Beperken kosten zorgboerderij door kinderen op andere wijze naar opvang te verwijzen", "Jeugd", a,
                "Maatwerk", null, 25_000, "Nee", "-");
        f.row("Totaal", null, null, null, null, null, 415_000).blank();
        // --- Uitvoeringsbudget: project budgets, formation USD, overhead, businesscases
        m.row("A-PROJ", "Projectbudget hervorming voorveld", "Voorveld", a, "Voorveld", "Incidenteel", null, null, null,
                "Projectformatie 0,6 fte in 2022 en 2023; overige implementatiekosten.");
        f.row("A-PROJ", "Kosten", "Projectformatie", null, 70_000, 70_000, null);
        f.row("A-PROJ", "Kosten", "Overige implementatiekosten", 1_904, 49_036, 143_832, 94_797);
        m.row("B-PROJ", "Projectbudget maatregelen toegang", "Toegang", a, "Toegang", "Incidenteel", null, null, null,
                "Overige implementatiekosten (mogelijke frictiekosten bij afbouw menskracht).");
        f.row("B-PROJ", "Kosten", "Overige implementatiekosten", 30_457, 9_518, 30_457, "-");
        m.row("C2-PROJ", "Projectformatie beleidskeuzes Wmo", "Wmo", a, "Maatwerk", "Incidenteel", null, null, null,
                "Projectformatie 0,1 fte in 2021 en 2022.");
        f.row("C2-PROJ", "Kosten", "Projectformatie", 8_533, 4_267, null, null);
        m.row("C3-PROJ", "Projectformatie beleidskeuzes Jeugd", "Jeugd", a, "Maatwerk", "Incidenteel", null, null, null,
                "Projectformatie 0,2 fte in 2021.");
        f.row("C3-PROJ", "Kosten", "Projectformatie", 14_000, null, null, null);
        m.row("C1-USD", "Reguliere bedrijfsvoering USD Participatie", "Participatie", a, "Maatwerk", "Structureel", null, null, null,
                "Formatie volgens onderzoek USD 2,1 / 1,8 / 1,5 / -0,4 fte plus projectformatie; opbrengsten door lagere lasten.");
        f.row("C1-USD", "Kosten", "Formatie", 229_333, 146_667, 120_000, -28_000);
        f.row("C1-USD", "Besparing", "Lagere lasten verstrekkingen", "-", 72_600, 72_600, 72_600);
        m.row("C2-USD", "Reguliere bedrijfsvoering USD Wmo", "Wmo", a, "Maatwerk", "Structureel", null, null, null,
                "Formatie 3,7 / 3,2 / 2,0 / 2,0 fte plus projectformatie.");
        f.row("C2-USD", "Kosten", "Formatie", 356_267, 288_267, 160_000, 160_000);
        f.row("C2-USD", "Besparing", "Lagere lasten verstrekkingen", "-", 121_000, 121_000, 121_000);
        m.row("C3-USD", "Reguliere bedrijfsvoering USD Jeugd", "Jeugd", a, "Maatwerk", "Structureel", null, null, null,
                "Formatie 2,3 / 2,0 / 1,0 / 0,3 fte plus projectformatie.");
        f.row("C3-USD", "Kosten", "Formatie", 229_333, 158_400, 81_600, 21_600);
        f.row("C3-USD", "Besparing", "Lagere lasten verstrekkingen", "-", 160_000, 160_000, 160_000);
        m.row("C4", "Overige inzet USD en B&FPC (aansturing, kwaliteit, planning & control)", "Overig", a, "Overig", "Structureel",
                null, null, null, "2,5 fte USD en 0,8 fte B&FPC.");
        f.row("C4", "Kosten", "Formatie", 270_000, 270_000, 270_000, 270_000);
        businessCase(m, f, "C1-BC", "Businesscases Participatie (uitstroom, fraudepreventie, werk bij aanvraag)", "Participatie", 40_556, "0,5");
        businessCase(m, f, "C2-BC", "Businesscases Wmo (afschalen, opschonen Wlz-voorzieningen)", "Wmo", 16_222, "0,2");
        businessCase(m, f, "C3-BC", "Businesscases Jeugd (afschalen, van instelling naar thuissituatie)", "Jeugd", 16_222, "0,2");
        b.sheet("Taakstelling", withYears(List.of("Domein"), List.of(2021, 2022, 2023, 2024)))
                .row("Voorveld", null, null, null, 600_000)
                .row("Toegang", null, null, null, 410_000)
                .row("Participatie", null, null, null, 345_000)
                .row("Wmo", null, null, null, 350_000)
                .row("Jeugd", null, null, null, 415_000);
        return b;
    }

    private static void nopMeasure(SheetWriter m, SheetWriter f, String number, String name, String domain, String status,
            String category, Integer currentBudget, Object saving, String decisionNeeded, String planning) {
        String budget = currentBudget == null ? "maatwerkbudget" : "€ " + dutch(BigDecimal.valueOf(currentBudget));
        m.row(number, name, domain, status, category, "Structureel", null, null, null,
                "Huidig budget: " + budget + "; aanvullend besluit nodig: " + decisionNeeded + "; planning: " + planning + ".");
        f.row(number, "Besparing", "Beoogde besparing", null, null, null, saving);
    }

    private static void businessCase(SheetWriter m, SheetWriter f, String number, String name, String domain, int cost, String fte) {
        m.row(number, name, domain, "Voorgesteld", "Maatwerk", "Structureel", null, null, null,
                "Per businesscase een voorstel aan het college; " + fte + " fte voorbereiding in 2021 (aandeel in 0,9 fte = 73.000).");
        f.row(number, "Kosten", "Voorbereiding businesscase", cost, null, null, null);
        f.row(number, "Besparing", "Zorgkosten", "P.M.", "P.M.", "P.M.", "P.M.");
    }

    // =====================================================================================
    // Seed 002: Gemeente Renkum (implementatieplan 'Zorg voor/om miljoenen')
    // =====================================================================================

    /*
     * Undated plan written early 2025 (first results of November 2024, trainings "voorjaar 2025"):
     * Peildatum 31-1-2025 (assumption).
     * Target: Wmo 1.000.000 less than 2024, of which 500.000 in 2025 and 500.000 in 2026 -> cumulative
     * 500.000 (2025) and 1.000.000 (2026). Jeugdwet: no formal extra target, but staying within the budget
     * means 14.035.003 - 13.025.794 = 1.009.209 less in 2026 (2025's budget is higher than 2024's) -> entered as
     * Jeugd target for 2026 (written as Dutch text).
     * The plan gives the expected saving of the seven measures only per law for 2026 (Wmo 511.500, Jeugdwet
     * 618.500; total 1.130.000), not per measure, so the measures are grouped per law (W, J), entered as structural
     * Jaarbedrag from 1-1-2026 (the measure's Startdatum; runs to the planning horizon). Afschaffen
     * abonnementstarief: indication 375.000 from 2027 (not yet decided: Voorgesteld). SMI from autumn 2025,
     * amount unknown (P.M.), needs a change of the verordening (Voorgesteld). Collectieve voorzieningen and
     * Eigen Kracht are not worked out ("niet kwantificeren"): Ingetrokken, P.M.
     * Gap 2026 (and Wmo 2027): Wmo 1.000.000 - 511.500 = 488.500; Jeugd 1.009.209 - 618.500 = 390.709.
     * 2025: nothing planned in figures, Wmo gap 500.000.
     */
    static Book renkumVoorstellen() {
        Book b = new Book(false);
        b.info("Voorstellen", "Gemeente Renkum", "GM0274", LocalDate.of(2025, 1, 31), "euro", "bedragen positief");
        b.sheet("Maatregelen", MEASURE_HEADERS)
                .row("W", "Maatregelen Wmo: afschaffen algemene voorziening huishoudelijke ondersteuning (1), sturen op basisbegeleiding (2), "
                        + "PGB-regels (5), Wlz-voorzieningen (6)", "WMO", "Aangenomen", "Taskforce: quick wins en gelijk doen",
                        "Structureel", LocalDate.of(2026, 1, 1), null, null, "Verwachte besparing 2026 volgens adviesrapport: 511.500 (Wmo-deel), structureel.")
                .row("J", "Maatregelen Jeugdwet: basisbegeleiding (2), verlengde jeugdwet (3), jeugdhulp binnen onderwijs (4), PGB-regels (5), "
                        + "Wlz (6), verblijf en begeleidingskosten (7)", "Jeugdwet", "Aangenomen", "Taskforce: quick wins en gelijk doen",
                        "Structureel", LocalDate.of(2026, 1, 1), null, null, "Verwachte besparing 2026 volgens adviesrapport: 618.500 (Jeugdwet-deel), structureel.")
                .row("ABO", "Afschaffen abonnementstarief", "Wmo", "Voorgesteld", "Plannen voor later", "Structureel",
                        LocalDate.of(2027, 1, 1), null, null, "Op zijn vroegst 2027; voorlopige indicatie 375.000 per jaar.")
                .row("SMI", "Sociaal medische indicatie uit de Jeugdwet (eigen bijdrage)", "Jeugd", "Voorgesteld", "Overige maatregelen",
                        "Structureel", LocalDate.of(2025, 9, 1), null, null, "Vanaf najaar 2025, na aanpassing verordening; bedrag onbekend.")
                .row("CV", "Collectieve voorzieningen", "Voorveld", "Ingetrokken", "Overige maatregelen", "Structureel", null, null, null,
                        "Niet verder uitgewerkt in de taskforce: besparing niet te kwantificeren.")
                .row("EK", "Eigen Kracht", "Overig", "Ingetrokken", "Overige maatregelen", "Structureel", null, null, null,
                        "Geen aanvullend programma: kosten wegen niet op tegen de baten.");
        b.sheet("Financieel", withYears(List.of("Nummer", "Soort", "Post", "Jaarbedrag"), List.of(2025, 2026, 2027)))
                .row("W", "Besparing", "Zorgkosten Wmo", 511_500)
                .row("J", "Besparing", "Zorgkosten Jeugdwet", 618_500)
                .row("ABO", "Besparing", "Huishoudelijke ondersteuning", 375_000)
                .row("SMI", "Besparing", "Zorgkosten Jeugdwet", null, "P.M.", "P.M.", "P.M.")
                .row("CV", "Besparing", "Zorgkosten", null, null, "P.M.", "P.M.")
                .row("EK", "Besparing", "Zorgkosten", null, null, "P.M.", "P.M.");
        b.sheet("Taakstelling", withYears(List.of("Domein"), List.of(2025, 2026, 2027)))
                .row("Wmo", 500_000, 1_000_000, 1_000_000)
                .row("Jeugd", null, "1.009.209", null);
        return b;
    }

    // =====================================================================================
    // Helpers
    // =====================================================================================

    static List<String> withYears(List<String> headers, List<Integer> years) {
        List<String> all = new ArrayList<>(headers);
        years.forEach(y -> all.add(String.valueOf(y)));
        return all;
    }

    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    private static BigDecimal[] amounts(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }

    /** Dutch notation: thousands with dots, decimals (if any) with a comma: 16.045,50. */
    static String dutch(BigDecimal amount) {
        BigDecimal abs = amount.abs();
        String whole = abs.setScale(0, java.math.RoundingMode.DOWN).toPlainString();
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        BigDecimal fraction = abs.subtract(abs.setScale(0, java.math.RoundingMode.DOWN));
        String text = grouped.toString();
        if (fraction.signum() != 0) {
            text += "," + abs.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString().replaceAll("^.*\\.", "");
        }
        return (amount.signum() < 0 ? "-" : "") + text;
    }

    /** A share, written as a fraction with a percent format (0,255 shows as 25,5%). */
    record Pct(double fraction) {
    }

    /** One workbook under construction, with its shared styles. */
    static final class Book {
        private final XSSFWorkbook wb = new XSSFWorkbook();
        private final boolean template;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle integer;
        private final CellStyle decimal;
        private final CellStyle percent;
        private final CellStyle title;
        private final CellStyle wrap;

        Book(boolean template) {
            this.template = template;
            DataFormat df = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            date = wb.createCellStyle();
            date.setDataFormat(df.getFormat("d-m-yyyy"));
            integer = wb.createCellStyle();
            integer.setDataFormat(df.getFormat("#,##0"));
            decimal = wb.createCellStyle();
            decimal.setDataFormat(df.getFormat("#,##0.00"));
            percent = wb.createCellStyle();
            percent.setDataFormat(df.getFormat("0.0%"));
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = wb.createCellStyle();
            title.setFont(big);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
        }

        /** The Info sheet: label/value rows, no header row. */
        void info(String kind, String organisation, String code, LocalDate peildatum, String unit, String signs) {
            Sheet s = wb.createSheet("Info");
            Object[][] rows = {
                {"Soort bestand", kind},
                {"Organisatie", organisation},
                {"Code", code},
                {"Peildatum", peildatum},
                {"Eenheid", unit},
                {"Tekenconventie", signs},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                Cell label = row.createCell(0);
                label.setCellValue((String) rows[r][0]);
                label.setCellStyle(header);
                write(row.createCell(1), rows[r][1]);
            }
            s.setColumnWidth(0, 18 * 256);
            s.setColumnWidth(1, 34 * 256);
            if (template) {
                list(s, FILE_KINDS, 0, 0, 1);
                list(s, UNITS, 4, 4, 1);
                list(s, SIGN_CONVENTIONS, 5, 5, 1);
            }
        }

        SheetWriter sheet(String name, List<String> headers) {
            Sheet s = wb.createSheet(name);
            Row row = s.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                s.setColumnWidth(c, width(headers.get(c)) * 256);
            }
            s.createFreezePane(0, 1);
            if (template) {
                for (int c = 0; c < headers.size(); c++) {
                    String[] values = listFor(name, headers.get(c));
                    if (values != null) {
                        list(s, values, 1, 500, c);
                    }
                }
            }
            return new SheetWriter(this, s, headers.size());
        }

        void toelichting(List<String> lines) {
            Sheet s = wb.createSheet("Toelichting");
            s.setColumnWidth(0, 130 * 256);
            int r = 0;
            for (String line : lines) {
                if (line.startsWith("## ")) {
                    r++; // an empty line before each heading
                }
                Cell cell = s.createRow(r++).createCell(0);
                if (line.startsWith("# ")) {
                    cell.setCellValue(line.substring(2));
                    cell.setCellStyle(title);
                } else if (line.startsWith("## ")) {
                    cell.setCellValue(line.substring(3));
                    cell.setCellStyle(header);
                } else {
                    cell.setCellValue(line);
                    cell.setCellStyle(wrap);
                }
            }
        }

        private static String[] listFor(String sheet, String header) {
            return switch (header) {
                case "Domein" -> DOMAINS;
                case "Status" -> STATUSES;
                case "Stand" -> STANDS;
                case "Type" -> TYPES;
                case "Begroting" -> BUDGET_HOLDERS;
                case "Soort" -> sheet.equals("Begroting") ? BUDGET_KINDS : LINE_KINDS;
                default -> null;
            };
        }

        private static int width(String header) {
            return switch (header) {
                case "Naam" -> 60;
                case "Toelichting", "Omschrijving" -> 70;
                case "Post", "Categorie", "Sleutel", "Regio" -> 30;
                case "Verdeelsleutel", "Gemeente" -> 22;
                case "Startdatum", "Einddatum", "Datum", "Stand", "Soort", "Status", "Type", "Begroting", "Domein" -> 14;
                case "Gemeentecode", "Code", "Jaarbedrag", "Bedrag", "Inwoners", "Aandeel" -> 14;
                case "Nummer" -> 10;
                default -> 13;
            };
        }

        private void list(Sheet s, String[] values, int firstRow, int lastRow, int col) {
            DataValidationHelper helper = s.getDataValidationHelper();
            DataValidationConstraint constraint = helper.createExplicitListConstraint(values);
            DataValidation dv = helper.createValidation(constraint, new CellRangeAddressList(firstRow, lastRow, col, col));
            dv.setSuppressDropDownArrow(true); // XSSF: true = show the in-cell arrow
            dv.setShowErrorBox(true);
            dv.createErrorBox("Ongeldige waarde", "Kies een waarde uit de lijst.");
            s.addValidationData(dv);
        }

        void write(Cell cell, Object value) {
            if (value instanceof String str) {
                cell.setCellValue(str);
            } else if (value instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(date);
            } else if (value instanceof Pct p) {
                cell.setCellValue(p.fraction());
                cell.setCellStyle(percent);
            } else if (value instanceof BigDecimal bd) {
                cell.setCellValue(bd.doubleValue());
                cell.setCellStyle(bd.stripTrailingZeros().scale() > 0 ? decimal : integer);
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(integer);
            } else {
                throw new IllegalArgumentException("unsupported cell value " + value);
            }
        }

        void save(Path target) throws IOException {
            var core = wb.getProperties().getCoreProperties();
            Date fixed = Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator("Besparingsmonitor SampleWorkbookGenerator");
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            wb.write(raw);
            wb.close();
            Files.createDirectories(target.getParent());
            Files.write(target, withFixedZipTimes(raw.toByteArray()));
        }

        /** Rewrites the zip with fixed entry times so that the bytes do not depend on the clock. */
        private static byte[] withFixedZipTimes(byte[] zip) {
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (ZipOutputStream zout = new ZipOutputStream(out)) {
                    ZipEntry entry;
                    while ((entry = in.getNextEntry()) != null) {
                        ZipEntry copy = new ZipEntry(entry.getName());
                        copy.setTimeLocal(FIXED_TIME);
                        zout.putNextEntry(copy);
                        in.transferTo(zout);
                        zout.closeEntry();
                    }
                }
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Appends rows to one data sheet; a null value leaves the cell empty. */
    static final class SheetWriter {
        private final Book book;
        private final Sheet sheet;
        private final int columns;
        private int next = 1;

        SheetWriter(Book book, Sheet sheet, int columns) {
            this.book = book;
            this.sheet = sheet;
            this.columns = columns;
        }

        SheetWriter row(Object... values) {
            if (values.length > columns) {
                throw new IllegalArgumentException(sheet.getSheetName() + " row " + (next + 1) + ": "
                        + values.length + " values for " + columns + " columns");
            }
            Row row = sheet.createRow(next++);
            IntStream.range(0, values.length)
                    .filter(c -> values[c] != null)
                    .forEach(c -> book.write(row.createCell(c), values[c]));
            return this;
        }

        SheetWriter blank() {
            next++;
            return this;
        }
    }
}
