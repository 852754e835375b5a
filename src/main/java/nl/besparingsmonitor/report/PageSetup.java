package nl.besparingsmonitor.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Frozen panes and print setup shared by every table sheet: landscape, fit to width, header rows repeated. */
final class PageSetup {

    private PageSetup() {
    }

    /**
     * @param frozenColumns leading columns that stay visible when scrolling right
     */
    static void apply(Sheet sheet, int frozenColumns) {
        sheet.createFreezePane(frozenColumns, ReportLayout.HEADER_ROW + 1);
        sheet.setRepeatingRows(new CellRangeAddress(ReportLayout.HEADER_ROW, ReportLayout.HEADER_ROW, -1, -1));
        printOnly(sheet);
    }

    static void printOnly(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
    }
}
