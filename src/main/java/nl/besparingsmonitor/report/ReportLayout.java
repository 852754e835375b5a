package nl.besparingsmonitor.report;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sheet names and column headers of the consolidated report, shared by the writer and the
 * generator of {@code templates/Rapportsjabloon.xlsx}, so that the template and the code cannot
 * drift apart. Every sheet of the template has its title in row 1, an explanation in row 2 and the
 * header of its first table in row 4 ({@link #HEADER_ROW}); data is appended below.
 */
final class ReportLayout {

    static final String SAMENVATTING = "Samenvatting";
    static final String TAAKSTELLING = "Taakstelling";
    static final String MONITORING = "Monitoring";
    static final String MAATREGELEN = "Maatregelen";
    static final String BEGROTING = "Begroting";
    static final String WIJZIGINGEN = "Wijzigingen";
    /** Prototype of the per-municipality sheets; cloned per municipality, then removed. */
    static final String GEMEENTE = "Gemeente";
    static final String GRAFIEKEN = "Grafieken";
    static final String VALIDATIE = "Validatie";
    static final String OVER = "Over dit rapport";
    /** Hidden sheet of the template holding one sample cell per {@link ReportStyles.Style}. */
    static final String STIJLEN = "Stijlen";

    static final List<String> SHEET_ORDER = List.of(SAMENVATTING, TAAKSTELLING, MONITORING, MAATREGELEN, BEGROTING, WIJZIGINGEN,
            GEMEENTE, GRAFIEKEN, VALIDATIE, OVER);

    /** 0-based index of row 2 of every table sheet: what the sheet shows and how to read it. */
    static final int EXPLANATION_ROW = 1;
    /** 0-based index of the first table's header row on every sheet. */
    static final int HEADER_ROW = 3;
    static final int FIRST_DATA_ROW = HEADER_ROW + 1;

    /**
     * One word for every total with an unknown part: a P.M. or ntb amount, a budget line without realisation or
     * forecast, or a target unknown for want of proposals. Naming one cause here sent controllers looking for a
     * P.M. that was not there; 'Over dit rapport' (rule 3) lists the causes.
     */
    static final String INCOMPLETE = "onvolledig";
    /** The header of the column that holds {@link #INCOMPLETE}. */
    static final String MARKER_HEADER = "Volledigheid";

    static final List<String> SUMMARY_COLUMNS = List.of("Regio", "Code", "Naam", "Jaar", "Taakstelling",
            "Gepland netto", "Gerealiseerd", "Verwacht", "Tekort t.o.v. taakstelling", "Dekking %", "Status",
            MARKER_HEADER);
    static final List<String> TARGET_COLUMNS = List.of("Code", "Organisatie", "Domein", "Jaar", "Taakstelling",
            "Gepland netto", "Tekort t.o.v. taakstelling", "Dekking %", MARKER_HEADER);
    static final List<String> MONITORING_COLUMNS = List.of("Code", "Organisatie", "Nummer", "Maatregel", "Domein",
            "Jaar", "Gepland netto", "Gerealiseerd", "Verwacht", "Afwijking", "Afwijking %", "Status", MARKER_HEADER);
    static final List<String> MEASURE_COLUMNS = List.of("Code", "Organisatie", "Nummer", "Naam", "Domein",
            "Categorie", "Status", "Type", "Startdatum", "Einddatum", "Verdeelsleutel", "Jaar", "Besparing", "Kosten",
            "Netto", MARKER_HEADER);
    static final List<String> BUDGET_COLUMNS = List.of("Code", "Organisatie", "Post", "Domein", "Jaar", "Begroting",
            "Realisatie / prognose", "Soort", "Saldo", MARKER_HEADER);
    /** The second table of Begroting, in the same columns as the first so that widths fit both. */
    static final List<String> EXPECTED_SAVING_COLUMNS = List.of("Code", "Organisatie", "", "", "Jaar", "Totaal saldo",
            "Taakstelling", "", "Verwachte totale besparing", MARKER_HEADER);
    static final List<String> CHANGE_COLUMNS = List.of("Code", "Organisatie", "Soort bestand", "Peildatum oud",
            "Peildatum nieuw", "Wijziging", "Onderdeel", "Nummer / post", "Naam / domein", "Jaar", "Status oud",
            "Status nieuw", "Oud bedrag", "Nieuw bedrag", "Verschil", MARKER_HEADER);
    /**
     * Fixed columns; one column per year follows, then {@link #INCOMPLETE}'s column. Key and share say
     * how a regional measure's amounts were split, so that a member can check its part.
     */
    static final List<String> MUNICIPALITY_COLUMNS = List.of("Organisatie", "Nummer", "Maatregel", "Domein", "Herkomst",
            "Verdeelsleutel", "Aandeel", "Grondslag");
    static final List<String> CHART_YEAR_COLUMNS = List.of("Jaar", "Gepland netto", "Gepland, met realisatie of prognose",
            "Gerealiseerd", "Verwacht");
    static final List<String> CHART_COVERAGE_COLUMNS = List.of("Organisatie", "Dekking taakstelling, alle jaren");
    static final List<String> VALIDATION_COLUMNS = List.of("Bestand", "Uitkomst", "Ernst", "Blad", "Cel", "Regel",
            "Gevonden waarde", "Verwacht", "Melding");
    static final List<String> FILE_COLUMNS = List.of("Bestand", "Soort", "Code", "Organisatie", "Peildatum",
            "SHA-256", "Uitkomst");
    /** The files the figures rest on: as {@link #FILE_COLUMNS}, with the run that loaded each instead of an outcome. */
    static final List<String> CURRENT_FILE_COLUMNS = List.of("Bestand", "Soort", "Code", "Organisatie", "Peildatum",
            "SHA-256", "Geladen");

    /**
     * Columns of amounts, percentages, years and dates: Excel puts those at the right of their cells, so
     * their headers go right too, above the figures instead of a column's width away from them.
     */
    private static final Set<String> FIGURE_HEADERS = Set.of("Jaar", "Taakstelling", "Gepland netto",
            "Gepland, met realisatie of prognose", "Gerealiseerd", "Verwacht", "Tekort t.o.v. taakstelling", "Dekking %",
            "Dekking taakstelling, alle jaren", "Afwijking", "Afwijking %", "Besparing", "Kosten", "Netto", "Begroting",
            "Realisatie / prognose", "Saldo", "Totaal saldo", "Verwachte totale besparing", "Oud bedrag", "Nieuw bedrag",
            "Verschil", "Aandeel", "Startdatum", "Einddatum", "Peildatum", "Peildatum oud", "Peildatum nieuw");
    /** A year column of a municipality sheet. */
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The style of a column header: at the right above figures, at the left above text. */
    static ReportStyles.Style headerStyle(String header) {
        return FIGURE_HEADERS.contains(header) || YEAR.matcher(header).matches()
                ? ReportStyles.Style.FIGURE_HEADER : ReportStyles.Style.HEADER;
    }

    /** Labels in column A of 'Over dit rapport' whose value (column B) the writer fills in. */
    static final String LABEL_RUN_TIME = "Rapport gemaakt op";
    static final String LABEL_RUN_ID = "Run";
    static final String LABEL_REPORT_DATE = "Peildatum rapport";
    static final String LABEL_VERSION = "Programmaversie";
    static final String LABEL_TOLERANCE = "Tolerantie monitoring";
    static final List<String> ABOUT_LABELS = List.of(LABEL_RUN_TIME, LABEL_RUN_ID, LABEL_REPORT_DATE, LABEL_VERSION,
            LABEL_TOLERANCE);

    private ReportLayout() {
    }
}
