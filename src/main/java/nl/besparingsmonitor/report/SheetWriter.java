package nl.besparingsmonitor.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import nl.besparingsmonitor.calculation.MonitoringStatus;
import nl.besparingsmonitor.calculation.RoundingPolicy;
import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.excel.InertText;
import nl.besparingsmonitor.report.ReportStyles.Style;

/**
 * Appends rows to one sheet and remembers how wide each column's content is, so that column widths
 * fit without POI's auto-size (which needs every row in memory and font metrics).
 *
 * <p>Money leaves {@link java.math.BigDecimal} only here, at the cell: cents are kept in the cell
 * value, whole euros are a matter of the number format.
 */
final class SheetWriter {

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 60;
    private static final int NUMBER_WIDTH = 14;
    /** A line of the 10-point explanation font, with its spacing. */
    static final float EXPLANATION_LINE_POINTS = 14f;
    /** A line of the 11-point text font, with its spacing. */
    static final float TEXT_LINE_POINTS = 15f;

    private final Sheet sheet;
    private final ReportStyles styles;
    private final int[] widths = new int[64];
    private int next;

    SheetWriter(Sheet sheet, ReportStyles styles, int firstRow) {
        this.sheet = sheet;
        this.styles = styles;
        this.next = firstRow;
    }

    Sheet sheet() {
        return sheet;
    }

    ReportStyles styles() {
        return styles;
    }

    /** 0-based index of the row {@link #row()} will create next. */
    int nextRow() {
        return next;
    }

    Row row() {
        return sheet.createRow(next++);
    }

    void skip() {
        next++;
    }

    /** Counts a header for the width without writing it (the template holds it). */
    void measureHeaders(List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            track(c, headers.get(c).length());
        }
    }

    Row header(List<String> headers) {
        Row row = row();
        for (int c = 0; c < headers.size(); c++) {
            if (!headers.get(c).isEmpty()) {
                label(row, c, headers.get(c), ReportLayout.headerStyle(headers.get(c)));
            }
        }
        return row;
    }

    /** A blank row, then a section title. */
    void section(String title) {
        skip();
        Cell cell = row().createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(styles.get(Style.SECTION));
    }

    /** Text the program wrote itself. */
    Cell label(Row row, int col, String text, Style style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(text);
        cell.setCellStyle(styles.get(style));
        track(col, text.length());
        return cell;
    }

    /** Text that came from an input workbook: never a formula, whatever it starts with. */
    Cell inert(Row row, int col, String text) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(styles.get(Style.TEXT));
        InertText.set(cell, text, styles.get(Style.QUOTED));
        track(col, text == null ? 0 : text.length());
        return cell;
    }

    void money(Row row, int col, Amount amount, boolean total) {
        if (amount != null) {
            number(row, col, amount.value(), styles.euro(total, amount.unknown()));
        }
    }

    /** A gap to the target, red when it is a shortfall (see {@link ReportStyles#gap}). */
    void gap(Row row, int col, Amount gap) {
        if (gap != null) {
            number(row, col, gap.value(), styles.gap(false, gap.unknown()));
        }
    }

    void number(Row row, int col, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(col);
            cell.setCellValue(cents(value));
            cell.setCellStyle(style);
            track(col, NUMBER_WIDTH);
        }
    }

    /** @param percent as the calculation carries it: 51.15 means 51.15% */
    void percent(Row row, int col, BigDecimal percent, boolean total) {
        if (percent != null) {
            Cell cell = row.createCell(col);
            cell.setCellValue(fraction(percent));
            cell.setCellStyle(styles.get(total ? Style.PERCENT_TOTAL : Style.PERCENT));
            track(col, 10);
        }
    }

    void year(Row row, int col, Integer year) {
        if (year != null) {
            Cell cell = row.createCell(col);
            cell.setCellValue(year);
            cell.setCellStyle(styles.get(Style.YEAR));
            track(col, 6);
        }
    }

    void date(Row row, int col, LocalDate date) {
        if (date != null) {
            Cell cell = row.createCell(col);
            cell.setCellValue(date);
            cell.setCellStyle(styles.get(Style.DATE));
            track(col, 11);
        }
    }

    /**
     * A formula with the figure the calculation computed as its cached result, so that a viewer that
     * does not recalculate still shows the right number; Excel and LibreOffice recalculate on opening.
     */
    void formula(Row row, int col, String formula, Double cached, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellFormula(formula);
        if (cached != null) {
            cell.setCellValue(cached);
        } else {
            cell.setCellValue("");
        }
        cell.setCellStyle(style);
        track(col, NUMBER_WIDTH);
    }

    void status(Row row, int col, MonitoringStatus status) {
        label(row, col, (status == null ? MonitoringStatus.ONBEKEND : status).label(), Style.STATUS);
    }

    void marker(Row row, int col, boolean incomplete) {
        if (incomplete) {
            label(row, col, ReportLayout.INCOMPLETE, Style.MARKER);
        }
    }

    /** Column range in A1 style with absolute rows, e.g. {@code F$5:F$12}. */
    static String column(int col, int firstRow, int lastRow) {
        String c = CellReference.convertNumToColString(col);
        return c + "$" + (firstRow + 1) + ":" + c + "$" + (lastRow + 1);
    }

    static String cell(int col, int row) {
        return CellReference.convertNumToColString(col) + (row + 1);
    }

    void autoFilter(int headerRow, int lastRow, int lastCol) {
        if (lastRow > headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastCol));
        }
    }

    void fitColumns(int count) {
        int tableChars = 0;
        for (int c = 0; c < count; c++) {
            int chars = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widths[c] + 2));
            sheet.setColumnWidth(c, chars * 256);
            tableChars += chars;
        }
        fitExplanation(count, tableChars);
    }

    /**
     * The sheet's explanation (row 2) wraps within the table's width: left in one cell it ran several
     * table widths to the right, off screen and off the printed page.
     */
    private void fitExplanation(int count, int tableChars) {
        Row row = existingRow(ReportLayout.EXPLANATION_ROW);
        if (count >= 2 && row != null) {
            wrapAcross(row, count, tableChars, Style.EXPLANATION, EXPLANATION_LINE_POINTS);
        }
    }

    /**
     * Lets the text in column A of a row that holds nothing else wrap over the first {@code count} columns.
     * Each line is counted as a column width's worth of characters, so the row is rather too high than too
     * low: Excel keeps a row height it is given and cuts off what does not fit.
     */
    void wrapAcross(Row row, int count, int tableChars, Style style, float pointsPerLine) {
        Cell cell = row.getCell(0);
        if (cell == null || cell.getCellType() != CellType.STRING || cell.getStringCellValue().isBlank()) {
            return;
        }
        int lines = Math.max(1, (cell.getStringCellValue().length() + tableChars - 1) / tableChars);
        cell.setCellStyle(styles.get(style));
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, count - 1));
        row.setHeightInPoints(lines * pointsPerLine);
    }

    /** A row the template already had: a streamed sheet only knows the rows appended to it. */
    private Row existingRow(int index) {
        if (sheet instanceof SXSSFSheet streamed) {
            return streamed.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName()).getRow(index);
        }
        return sheet.getRow(index);
    }

    private void track(int col, int length) {
        if (col < widths.length) {
            widths[col] = Math.max(widths[col], length);
        }
    }

    /** Money as stored in a cell: in euros with cents; null stays null. */
    static Double cents(Amount amount) {
        return amount == null ? null : cents(amount.value());
    }

    static double cents(BigDecimal value) {
        return value.setScale(2, RoundingPolicy.MODE).doubleValue();
    }

    static double fraction(BigDecimal percent) {
        return percent.movePointLeft(2).doubleValue();
    }
}
