package nl.besparingsmonitor.report;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;

import nl.besparingsmonitor.calculation.MonitoringStatus;

/**
 * Colours status cells by their text (conditional formatting, so a controller who edits a status
 * sees the colour follow): op koers green, achter red, voor blue, onbekend grey.
 */
final class StatusFormatting {

    private StatusFormatting() {
    }

    /** Status cells in one column. */
    static void apply(Sheet sheet, int col, int firstRow, int lastRow) {
        if (lastRow >= firstRow) {
            apply(sheet, new CellRangeAddress(firstRow, lastRow, col, col));
        }
    }

    static void apply(Sheet sheet, CellRangeAddress cells) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule[] rules = {
                rule(cf, MonitoringStatus.OP_KOERS, "C6EFCE"),
                rule(cf, MonitoringStatus.ACHTER, "FFC7CE"),
                rule(cf, MonitoringStatus.VOOR, "BDD7EE"),
                rule(cf, MonitoringStatus.ONBEKEND, "D9D9D9")};
        CellRangeAddress[] range = {cells};
        // POI accepts at most three rules per call for the old binary format; add them in two calls.
        cf.addConditionalFormatting(range, new ConditionalFormattingRule[] {rules[0], rules[1]});
        cf.addConditionalFormatting(range, new ConditionalFormattingRule[] {rules[2], rules[3]});
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, MonitoringStatus status, String rgb) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + status.label() + "\"");
        PatternFormatting fill = rule.createPatternFormatting();
        ((XSSFPatternFormatting) fill).setFillBackgroundColor(new XSSFColor(hex(rgb), null));
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        return rule;
    }

    private static byte[] hex(String rgb) {
        return new byte[] {(byte) Integer.parseInt(rgb.substring(0, 2), 16),
                (byte) Integer.parseInt(rgb.substring(2, 4), 16), (byte) Integer.parseInt(rgb.substring(4, 6), 16)};
    }
}
