package nl.besparingsmonitor.validation;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import nl.besparingsmonitor.excel.InertText;

/**
 * The list of problems as the feedback workbook and the marked-up copy both show it: one row per
 * problem with severity, sheet, cell, rule, value found, what was expected and the message, errors
 * before warnings. All text from the sender's file goes in inert.
 */
final class IssueTable {

    private static final String[] HEADERS = {"Ernst", "Blad", "Cel", "Regel", "Gevonden waarde", "Verwacht", "Melding"};
    private static final int[] WIDTHS = {14, 18, 8, 28, 28, 36, 90};
    private static final int CELL_COLUMN = 2;

    private IssueTable() {
    }

    /**
     * Writes the header at {@code headerRow} and the problems below it, then sets widths, frozen
     * header, print setup and autofilter.
     *
     * @param cellColumn writes the Cell column (plain text, or a link to the cell)
     */
    static void write(Sheet sheet, int headerRow, List<ValidationIssue> issues, CellStyle header, CellStyle quoted,
                      BiConsumer<Cell, ValidationIssue> cellColumn) {
        Row h = sheet.createRow(headerRow);
        for (int c = 0; c < HEADERS.length; c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(HEADERS[c]);
            cell.setCellStyle(header);
        }
        int r = headerRow + 1;
        // errors first, each kind in the order of the sheets and cells: what must be fixed comes before what may be
        for (ValidationIssue issue : issues.stream().sorted(Comparator.comparing(i -> !i.isError())).toList()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(issue.severity().label());
            InertText.set(row.createCell(1), issue.sheet(), quoted);
            cellColumn.accept(row.createCell(CELL_COLUMN), issue);
            InertText.set(row.createCell(3), issue.rule(), quoted);
            InertText.set(row.createCell(4), issue.value(), quoted);
            InertText.set(row.createCell(5), issue.expected(), quoted);
            InertText.set(row.createCell(6), issue.message(), quoted);
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        // Printed for a meeting: landscape, all columns on one page width.
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        if (!issues.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, r - 1, 0, HEADERS.length - 1));
        }
    }
}
