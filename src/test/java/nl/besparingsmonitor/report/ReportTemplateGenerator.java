package nl.besparingsmonitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.besparingsmonitor.report.ReportStyles.Style;

/**
 * Generates {@code templates/Rapportsjabloon.xlsx}, so that the committed template is reproducible.
 * Run {@link #main} from the project root (or the test with {@code -Dtemplate.regenerate=true})
 * after changing the layout; {@code ReportTemplateTest} fails while the committed file is out of date.
 */
public final class ReportTemplateGenerator {

    static final String EURO = "[$€-413] #,##0;[Red][$€-413] -#,##0";
    /** A gap to the target: a shortfall (positive) is the bad news, so red; more planned than the target is not. */
    static final String GAP = "[Red][$€-413] #,##0;[$€-413] -#,##0;[$€-413] 0";

    private ReportTemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : ReportTemplate.SOURCE;
        write(target);
        System.out.println("Rapportsjabloon geschreven naar " + target.toAbsolutePath());
    }

    static void write(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (XSSFWorkbook wb = build(); OutputStream out = Files.newOutputStream(target)) {
            wb.write(out);
        }
    }

    static XSSFWorkbook build() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles s = new Styles(wb);
        table(wb, s, ReportLayout.SAMENVATTING, "Samenvatting besparingen per organisatie en gemeente",
                "Per jaar: taakstelling, geplande netto besparing (aangenomen maatregelen), gerealiseerd, verwacht, "
                        + "tekort en dekking. Bovenaan per organisatie met alleen haar eigen maatregelen, daaronder per "
                        + "gemeente met ook haar aandeel in regionale maatregelen. Positief = voordeel, behalve bij het "
                        + "tekort (taakstelling - gepland): daar is een tekort rood en negatief meer gepland dan de taakstelling. Oranje = "
                        + "onvolledig: een deel is nog onbekend (regel 3 in 'Over dit rapport'). Een totaalregel telt alleen de tekorten van wie een taakstelling "
                        + "heeft (regel 6 in 'Over dit rapport').",
                ReportLayout.SUMMARY_COLUMNS);
        table(wb, s, ReportLayout.TAAKSTELLING, "Taakstelling en dekking per domein",
                "Per organisatie, domein en jaar: de taakstelling naast de geplande netto besparing van haar eigen "
                        + "aangenomen maatregelen in dat domein, het tekort (taakstelling - gepland) en de dekking (regel 6 "
                        + "in 'Over dit rapport'). Een domein met maatregelen maar zonder taakstelling staat er met "
                        + "taakstelling 0. De Samenvatting telt de domeinen per jaar op; hier is te zien welk domein "
                        + "achterblijft. Een tekort is rood, negatief is meer gepland dan de taakstelling; oranje = onvolledig.",
                ReportLayout.TARGET_COLUMNS);
        table(wb, s, ReportLayout.MONITORING, "Monitoring per maatregel en jaar",
                "Gepland versus gerealiseerd en verwacht netto effect; afwijking = gerealiseerd (of verwacht) - gepland.",
                ReportLayout.MONITORING_COLUMNS);
        table(wb, s, ReportLayout.MAATREGELEN, "Maatregelen",
                "Alle maatregelen met hun gegevens en geplande besparing, kosten en netto effect per jaar. "
                        + "Alleen aangenomen maatregelen tellen mee; de overige staan in een apart blok onderaan.",
                ReportLayout.MEASURE_COLUMNS);
        table(wb, s, ReportLayout.BEGROTING, "Begroting, realisatie en saldo",
                "Saldo = begroting - (verwachte) realisatie. Verwachte totale besparing = som van de saldi + taakstelling.",
                ReportLayout.BUDGET_COLUMNS);
        table(wb, s, ReportLayout.WIJZIGINGEN, "Wijzigingen sinds de vorige aanlevering",
                "Per organisatie de vergeleken versies (Peildatum oud en nieuw): nieuwe en vervallen maatregelen, "
                        + "statuswijzigingen, en per maatregel, soort en jaar het oude en nieuwe bedrag en het verschil; "
                        + "ook taakstelling, realisatie en begroting, en per verdeelsleutel het aandeel van elke gemeente "
                        + "(in procenten). Grootste wijziging eerst.",
                ReportLayout.CHANGE_COLUMNS);
        table(wb, s, ReportLayout.GEMEENTE, "Gemeente",
                "Eigen aangenomen maatregelen en het aandeel van deze gemeente in regionale maatregelen, met de "
                        + "verdeelsleutel en het aandeel waarmee verdeeld is; netto besparing per jaar; daaronder "
                        + "taakstelling, dekking, gerealiseerd, verwacht en status (regionale realisaties verdeeld zoals "
                        + "gepland). Tekort = taakstelling - gepland: een tekort is rood, negatief is meer gepland dan "
                        + "de taakstelling.",
                ReportLayout.MUNICIPALITY_COLUMNS);
        table(wb, s, ReportLayout.GRAFIEKEN, "Grafieken",
                "Geplande versus gerealiseerde en verwachte netto besparing per jaar, en de dekking van de taakstelling "
                        + "per organisatie over alle jaren samen (per jaar: Samenvatting; per domein: blad Taakstelling). Gerealiseerd en verwacht tellen alleen de maatregelen met een realisatie of "
                        + "prognose; vergelijk ze met 'Gepland, met realisatie of prognose'. De grafieken lezen de tabellen op dit blad.",
                ReportLayout.CHART_YEAR_COLUMNS);
        table(wb, s, ReportLayout.VALIDATIE, "Validatie: meldingen en afgewezen bestanden",
                "Afgewezen bestanden zijn niet geladen en tellen nergens mee. Waarschuwingen zijn geladen, maar verdienen aandacht. "
                        + "Ook hier: de waarschuwingen bij gegevens uit een eerdere run die nog in dit rapport staan ('eerder "
                        + "geladen') en afgewezen aanleveringen die nieuwer waren dan de cijfers in dit rapport, of waarvan "
                        + "nog niets geladen is ('eerder afgewezen').",
                ReportLayout.VALIDATION_COLUMNS);
        about(wb, s);
        styleSheet(wb, s);
        wb.setActiveSheet(0);
        return wb;
    }

    private static void table(XSSFWorkbook wb, Styles s, String name, String title, String explanation, List<String> headers) {
        XSSFSheet sheet = wb.createSheet(name);
        text(sheet.createRow(0), 0, title, s.get(Style.TITLE));
        text(sheet.createRow(1), 0, explanation, s.get(Style.SUBTITLE));
        Row header = sheet.createRow(ReportLayout.HEADER_ROW);
        header.setHeightInPoints(30);
        for (int c = 0; c < headers.size(); c++) {
            text(header, c, headers.get(c), s.get(ReportLayout.headerStyle(headers.get(c))));
            sheet.setColumnWidth(c, Math.max(10, headers.get(c).length() + 2) * 256);
        }
    }

    private static void about(XSSFWorkbook wb, Styles s) {
        XSSFSheet sheet = wb.createSheet(ReportLayout.OVER);
        int r = 0;
        text(sheet.createRow(r++), 0, "Over dit rapport", s.get(Style.TITLE));
        text(sheet.createRow(r++), 0, "Hoe dit rapport tot stand kwam en hoe u het leest.", s.get(Style.SUBTITLE));
        r++;
        for (String label : ReportLayout.ABOUT_LABELS) {
            text(sheet.createRow(r++), 0, label, s.get(Style.TOTAL_LABEL));
        }
        r = block(sheet, s, r + 1, "Rekenregels", List.of(
                "1. Teken: besparingen en kosten worden als bedrag met soort vastgelegd; netto effect = besparing - kosten, positief is voordeel.",
                "2. Eenheid: bedragen in 'x 1.000 euro' worden met 1.000 vermenigvuldigd.",
                "3. P.M. en ntb zijn onbekende bedragen, geen nul: elk totaal waarin zo'n bedrag zit, is gemarkeerd als '"
                        + ReportLayout.INCOMPLETE + "' en oranje gekleurd; het getoonde bedrag is alleen het bekende deel. "
                        + "Zo ook een saldo van een begrotingspost zonder realisatie of prognose voor dat jaar, en een "
                        + "taakstelling van een organisatie waarvan geen Voorstellen zijn geladen (regel 8).",
                "4. Jaarbedragen met begin- en einddatum worden naar rato van de actieve maanden over kalenderjaren verdeeld ('medio' = 1 juli of 30 juni).",
                "5. Regionale bedragen worden met de verdeelsleutel over de gemeenten verdeeld; de delen worden zo afgerond dat ze precies optellen tot het totaal.",
                "6. Dekking = geplande netto besparing van aangenomen maatregelen / taakstelling; tekort = taakstelling - gepland, per organisatie "
                        + "over haar eigen maatregelen; per gemeente (tweede deel van de Samenvatting, gemeentebladen en "
                        + "uittreksels) telt ook haar aandeel in regionale maatregelen mee; een totaal telt de tekorten op van wie een "
                        + "taakstelling heeft; blad 'Taakstelling' toont het per domein, zoals de raad de taakstelling oplegt. "
                        + "Voorgestelde, afgewezen en ingetrokken maatregelen tellen niet mee.",
                "7. Monitoring: afwijking = gerealiseerd - gepland (verwacht - gepland zolang een jaar open is: in het jaar van de peildatum "
                        + "telt de verwachting voor het hele jaar, de realisatie tot nu toe alleen zonder verwachting); status op koers (binnen de tolerantie), achter, voor of onbekend. "
                        + "Een totaalregel vergelijkt de opgetelde afwijkingen met het opgetelde plan; onbekend zolang één regel onbekend is. "
                        + "Per gemeente telt ook haar aandeel in regionale realisaties en prognoses mee, verdeeld zoals gepland: naar de gemeente "
                        + "die de regel noemt, anders met de verdeelsleutel van de maatregel.",
                "8. Saldo = begroting - (verwachte) realisatie: in een afgesloten jaar de realisatie, in het jaar van de peildatum de prognose "
                        + "(anders de realisatie tot nu toe). De taakstelling zit al in de begroting: verwachte totale besparing = som van de saldi + taakstelling.",
                "9. Regels 'Totaal' in invoerbestanden zijn controletotalen: ze worden gecontroleerd, niet als gegevens geladen."));
        block(sheet, s, r + 1, "Lezen", List.of(
                "Bedragen in euro's; de weergave rondt af op hele euro's, de cel bevat centen. Negatieve bedragen zijn rood, behalve in de kolom tekort: daar is een tekort (positief) rood.",
                "Totalen zijn Excel-formules over de regels erboven: klik een totaal aan om te zien waaruit het bestaat.",
                "Blad 'Wijzigingen' vergelijkt per organisatie de nieuwste aanlevering met de vorige versie van hetzelfde soort bestand.",
                "Per gemeente staat in de map 'gemeenten' naast dit rapport een uittreksel met dezelfde cijfers: eigen "
                        + "maatregelen, het aandeel in regionale maatregelen met verdeelsleutel en aandeel, taakstelling, "
                        + "dekking en monitoring.",
                "Statuskleuren: groen = op koers, rood = achter, blauw = voor, grijs = onbekend.",
                "Tekst uit invoerbestanden (namen, omschrijvingen) staat er altijd als tekst in en wordt nooit als formule uitgevoerd."));
        sheet.setColumnWidth(0, 40 * 256);
    }

    private static int block(XSSFSheet sheet, Styles s, int r, String title, List<String> lines) {
        text(sheet.createRow(r++), 0, title, s.get(Style.SECTION));
        for (String line : lines) {
            text(sheet.createRow(r++), 0, line, s.get(Style.TEXT));
        }
        return r;
    }

    /** One row per style: its key and a sample cell carrying it; the writer reads and removes this sheet. */
    private static void styleSheet(XSSFWorkbook wb, Styles s) {
        XSSFSheet sheet = wb.createSheet(ReportLayout.STIJLEN);
        int r = 0;
        for (Style style : Style.values()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(style.key());
            Cell sample = row.createCell(1);
            sample.setCellValue(-1234.5);
            sample.setCellStyle(s.get(style));
        }
        wb.setSheetHidden(wb.getSheetIndex(sheet), true);
    }

    private static void text(Row row, int col, String text, XSSFCellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** The look of the report, in one place. */
    private static final class Styles {
        private final java.util.EnumMap<Style, XSSFCellStyle> map = new java.util.EnumMap<>(Style.class);

        Styles(XSSFWorkbook wb) {
            short euro = wb.createDataFormat().getFormat(EURO);
            short percent = wb.createDataFormat().getFormat("0.00%");
            XSSFColor orange = rgb(0xFC, 0xE4, 0xD6);
            put(wb, Style.TITLE, font(wb, true, false, 14, rgb(0x1F, 0x38, 0x64)));
            XSSFFont grey = font(wb, false, true, 10, rgb(0x59, 0x59, 0x59));
            put(wb, Style.SUBTITLE, grey);
            XSSFCellStyle explanation = put(wb, Style.EXPLANATION, grey);
            explanation.setWrapText(true);
            explanation.setVerticalAlignment(VerticalAlignment.TOP);
            put(wb, Style.SECTION, font(wb, true, false, 12, rgb(0x1F, 0x38, 0x64)));
            XSSFCellStyle header = put(wb, Style.HEADER, font(wb, true, false, 10, null));
            header.setFillForegroundColor(rgb(0xD9, 0xE1, 0xF2));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            XSSFCellStyle figureHeader = put(wb, Style.FIGURE_HEADER, null);
            figureHeader.cloneStyleFrom(header);
            figureHeader.setAlignment(HorizontalAlignment.RIGHT);
            put(wb, Style.TEXT, null);
            put(wb, Style.QUOTED, null).setQuotePrefixed(true);
            put(wb, Style.WRAP, null).setWrapText(true);
            XSSFCellStyle year = put(wb, Style.YEAR, null);
            year.setDataFormat(wb.createDataFormat().getFormat("0"));
            // also for years stored as text (chart categories), which Excel would otherwise put at the left
            year.setAlignment(HorizontalAlignment.RIGHT);
            put(wb, Style.DATE, null).setDataFormat(wb.createDataFormat().getFormat("d-m-yyyy"));
            amounts(wb, euro, orange, Style.EURO, Style.EURO_INCOMPLETE, Style.EURO_TOTAL, Style.EURO_TOTAL_INCOMPLETE);
            amounts(wb, wb.createDataFormat().getFormat(GAP), orange,
                    Style.GAP, Style.GAP_INCOMPLETE, Style.GAP_TOTAL, Style.GAP_TOTAL_INCOMPLETE);
            put(wb, Style.PERCENT, null).setDataFormat(percent);
            XSSFCellStyle percentTotal = put(wb, Style.PERCENT_TOTAL, font(wb, true, false, 10, null));
            percentTotal.setDataFormat(percent);
            percentTotal.setBorderTop(BorderStyle.THIN);
            XSSFCellStyle totalLabel = put(wb, Style.TOTAL_LABEL, font(wb, true, false, 10, null));
            totalLabel.setBorderTop(BorderStyle.THIN);
            XSSFCellStyle marker = put(wb, Style.MARKER, font(wb, true, false, 10, rgb(0xC6, 0x59, 0x11)));
            fill(marker, orange);
            put(wb, Style.STATUS, null).setAlignment(HorizontalAlignment.CENTER);
            put(wb, Style.ERROR, font(wb, true, false, 10, rgb(0xC0, 0x00, 0x00)));
        }

        /** One number format in the four looks of an amount: plain, incomplete (orange), total, incomplete total. */
        private void amounts(XSSFWorkbook wb, short format, XSSFColor orange,
                Style plain, Style incomplete, Style total, Style incompleteTotal) {
            put(wb, plain, null).setDataFormat(format);
            XSSFCellStyle inc = put(wb, incomplete, font(wb, false, true, 10, null));
            inc.setDataFormat(format);
            fill(inc, orange);
            XSSFCellStyle tot = put(wb, total, font(wb, true, false, 10, null));
            tot.setDataFormat(format);
            tot.setBorderTop(BorderStyle.THIN);
            XSSFCellStyle incTot = put(wb, incompleteTotal, font(wb, true, true, 10, null));
            incTot.setDataFormat(format);
            incTot.setBorderTop(BorderStyle.THIN);
            fill(incTot, orange);
        }

        XSSFCellStyle get(Style style) {
            return map.get(style);
        }

        private XSSFCellStyle put(XSSFWorkbook wb, Style style, XSSFFont font) {
            XSSFCellStyle s = wb.createCellStyle();
            if (font != null) {
                s.setFont(font);
            }
            s.setVerticalAlignment(VerticalAlignment.TOP);
            map.put(style, s);
            return s;
        }

        private static XSSFFont font(XSSFWorkbook wb, boolean bold, boolean italic, int points, XSSFColor color) {
            XSSFFont f = wb.createFont();
            f.setBold(bold);
            f.setItalic(italic);
            f.setFontHeightInPoints((short) points);
            if (color != null) {
                f.setColor(color);
            }
            return f;
        }

        private static void fill(XSSFCellStyle style, XSSFColor color) {
            style.setFillForegroundColor(color);
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static XSSFColor rgb(int r, int g, int b) {
            return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
        }
    }
}
