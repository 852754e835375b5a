package nl.besparingsmonitor.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the report, taken from the template's hidden sheet {@value ReportLayout#STIJLEN}:
 * column A names the style, column B is a cell carrying it. Keeping the look in the template lets a
 * finance team restyle the report without a code change.
 */
final class ReportStyles {

    enum Style {
        TITLE("titel"),
        SUBTITLE("toelichting"),
        EXPLANATION("toelichting-blok"),
        SECTION("kop"),
        HEADER("kolomkop"),
        FIGURE_HEADER("kolomkop-getal"),
        TEXT("tekst"),
        QUOTED("tekst-letterlijk"),
        WRAP("tekst-terugloop"),
        YEAR("jaar"),
        DATE("datum"),
        EURO("euro"),
        EURO_INCOMPLETE("euro-onvolledig"),
        EURO_TOTAL("euro-totaal"),
        EURO_TOTAL_INCOMPLETE("euro-totaal-onvolledig"),
        GAP("tekort"),
        GAP_INCOMPLETE("tekort-onvolledig"),
        GAP_TOTAL("tekort-totaal"),
        GAP_TOTAL_INCOMPLETE("tekort-totaal-onvolledig"),
        PERCENT("procent"),
        PERCENT_TOTAL("procent-totaal"),
        TOTAL_LABEL("totaal-label"),
        MARKER("onvolledig"),
        STATUS("status"),
        ERROR("fout");

        private final String key;

        Style(String key) {
            this.key = key;
        }

        String key() {
            return key;
        }
    }

    private final Map<Style, CellStyle> styles;

    private ReportStyles(Map<Style, CellStyle> styles) {
        this.styles = styles;
    }

    /** Reads the styles and removes the style sheet, which is no part of the report. */
    static ReportStyles takeFrom(Workbook template) {
        Sheet sheet = template.getSheet(ReportLayout.STIJLEN);
        if (sheet == null) {
            throw new IllegalStateException("Rapportsjabloon mist het blad '" + ReportLayout.STIJLEN + "'");
        }
        Map<String, CellStyle> byKey = new HashMap<>();
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(1) != null) {
                byKey.put(row.getCell(0).getStringCellValue().trim(), row.getCell(1).getCellStyle());
            }
        }
        Map<Style, CellStyle> styles = new EnumMap<>(Style.class);
        for (Style s : Style.values()) {
            CellStyle style = byKey.get(s.key());
            if (style == null) {
                throw new IllegalStateException("Rapportsjabloon mist de stijl '" + s.key() + "'");
            }
            styles.put(s, style);
        }
        template.removeSheetAt(template.getSheetIndex(sheet));
        return new ReportStyles(styles);
    }

    CellStyle get(Style style) {
        return styles.get(style);
    }

    CellStyle euro(boolean total, boolean incomplete) {
        if (total) {
            return get(incomplete ? Style.EURO_TOTAL_INCOMPLETE : Style.EURO_TOTAL);
        }
        return get(incomplete ? Style.EURO_INCOMPLETE : Style.EURO);
    }

    /**
     * A gap to the target: there a positive amount is the bad news (a shortfall) and is red, where every
     * other amount is red when negative; a negative gap is more planned than the target.
     */
    CellStyle gap(boolean total, boolean incomplete) {
        if (total) {
            return get(incomplete ? Style.GAP_TOTAL_INCOMPLETE : Style.GAP_TOTAL);
        }
        return get(incomplete ? Style.GAP_INCOMPLETE : Style.GAP);
    }
}
