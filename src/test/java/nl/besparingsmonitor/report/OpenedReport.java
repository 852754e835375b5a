package nl.besparingsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A written report re-opened with POI (read-only), with the look-ups the report tests share. */
final class OpenedReport implements AutoCloseable {

    private final XSSFWorkbook wb;
    private final XSSFFormulaEvaluator evaluator;
    private final DataFormatter formatter = new DataFormatter();

    OpenedReport(Path file) throws IOException {
        try {
            this.wb = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
        this.evaluator = wb.getCreationHelper().createFormulaEvaluator();
    }

    XSSFWorkbook workbook() {
        return wb;
    }

    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    Sheet sheet(String name) {
        Sheet s = wb.getSheet(name);
        assertThat(s).as("sheet " + name).isNotNull();
        return s;
    }

    String text(Cell cell) {
        return cell == null || cell.getCellType() == CellType.FORMULA ? (cell == null ? "" : "=" + cell.getCellFormula())
                : formatter.formatCellValue(cell);
    }

    /** The first row whose cells in the given columns have these texts (numbers as plain text). */
    Row row(String sheet, Object... columnsAndTexts) {
        for (Row row : sheet(sheet)) {
            boolean match = true;
            for (int i = 0; i < columnsAndTexts.length; i += 2) {
                Cell c = row.getCell((Integer) columnsAndTexts[i]);
                match &= c != null && Objects.equals(plain(c), String.valueOf(columnsAndTexts[i + 1]));
            }
            if (match) {
                return row;
            }
        }
        throw new AssertionError("no row in " + sheet + " with " + List.of(columnsAndTexts));
    }

    private static String plain(Cell c) {
        switch (c.getCellType()) {
            case STRING:
                return c.getStringCellValue();
            case NUMERIC:
                double d = c.getNumericCellValue();
                return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
            default:
                return null;
        }
    }

    /** Evaluates a formula cell with POI's own evaluator (the file holds no trusted result). */
    double evaluate(Cell cell) {
        assertThat(cell.getCellType()).as("formula in " + cell.getAddress()).isEqualTo(CellType.FORMULA);
        CellValue v = evaluator.evaluate(cell);
        assertThat(v.getCellType()).as("numeric result of " + cell.getCellFormula()).isEqualTo(CellType.NUMERIC);
        return v.getNumberValue();
    }

    /** Every formula cell of the workbook, evaluated, equals the cached figure the calculation wrote. */
    int assertEveryFormulaEvaluatesToItsStoredFigure() {
        int count = 0;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    count++;
                    CellValue v = evaluator.evaluate(cell);
                    String where = sheet.getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula();
                    if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                        assertThat(v.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
                        assertThat(v.getNumberValue()).as(where).isCloseTo(cell.getNumericCellValue(), within(0.006));
                    } else {
                        assertThat(v.getCellType()).as(where).isIn(CellType.STRING, CellType.BLANK);
                    }
                }
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}
