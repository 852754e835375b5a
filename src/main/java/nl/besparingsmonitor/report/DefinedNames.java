package nl.besparingsmonitor.report;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;

/** Workbook-level names for the main tables, so that a controller can jump to or refer to them. */
final class DefinedNames {

    private DefinedNames() {
    }

    static void define(Workbook wb, String name, Sheet sheet, int firstRow, int lastRow, int lastCol) {
        if (lastRow < firstRow) {
            return;
        }
        AreaReference area = new AreaReference(new CellReference(sheet.getSheetName(), firstRow, 0, true, true),
                new CellReference(sheet.getSheetName(), lastRow, lastCol, true, true), SpreadsheetVersion.EXCEL2007);
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(area.formatAsString());
    }
}
