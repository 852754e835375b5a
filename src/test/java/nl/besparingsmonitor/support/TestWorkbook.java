package nl.besparingsmonitor.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds real .xlsx files with POI for tests, so each scenario reads like the workbook a finance
 * officer would fill in. Strings become text cells, numbers numeric cells, {@link LocalDate}s date
 * cells, {@link Formula}s formulas with a cached result, {@link FormulaWithoutResult}s formulas
 * without one, as a tool that does not calculate writes them, and {@link Formatted} numbers with a
 * number format of their own.
 */
public final class TestWorkbook {

    /** A formula cell; POI evaluates it before writing so the file carries a cached value. */
    public record Formula(String expression) {
    }

    /** A formula cell written without a result (no {@code <v>}), as scripts and some exports write them. */
    public record FormulaWithoutResult(String expression) {
    }

    /** A number with a number format of its own, such as {@code #,##0,} (shown in thousands). */
    public record Formatted(Number value, String format) {
    }

    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

    public static TestWorkbook create() {
        return new TestWorkbook();
    }

    /** An Info sheet with the four required labels (and optional extra label/value pairs). */
    public static TestWorkbook withInfo(String kind, String organisation, String code, LocalDate peildatum, Object... extra) {
        TestWorkbook wb = new TestWorkbook();
        List<Object[]> info = new ArrayList<>();
        info.add(new Object[] {"Soort bestand", kind});
        info.add(new Object[] {"Organisatie", organisation});
        info.add(new Object[] {"Code", code});
        info.add(new Object[] {"Peildatum", peildatum});
        for (int i = 0; i + 1 < extra.length; i += 2) {
            info.add(new Object[] {extra[i], extra[i + 1]});
        }
        wb.sheets.put("Info", info);
        return wb;
    }

    public TestWorkbook sheet(String name, Object[]... rows) {
        sheets.put(name, new ArrayList<>(List.of(rows)));
        return this;
    }

    public static Object[] row(Object... cells) {
        return cells;
    }

    public Path write(Path folder, String fileName) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(fileName);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("d-m-yyyy"));
            for (Map.Entry<String, List<Object[]>> e : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(e.getKey());
                int r = 0;
                for (Object[] values : e.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; values != null && c < values.length; c++) {
                        set(row.createCell(c), values[c], date, wb);
                    }
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            // set after the evaluation, so POI writes them without a result
            for (Map.Entry<String, List<Object[]>> e : sheets.entrySet()) {
                Sheet sheet = wb.getSheet(e.getKey());
                for (int r = 0; r < e.getValue().size(); r++) {
                    Object[] values = e.getValue().get(r);
                    for (int c = 0; values != null && c < values.length; c++) {
                        if (values[c] instanceof FormulaWithoutResult f) {
                            sheet.getRow(r).getCell(c).setCellFormula(f.expression());
                        }
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static void set(Cell cell, Object value, CellStyle date, XSSFWorkbook wb) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.expression());
        } else if (value instanceof Formatted f) {
            cell.setCellValue(f.value().doubleValue());
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(f.format()));
            cell.setCellStyle(style);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof FormulaWithoutResult) {
            // written after the evaluation, see write
        } else {
            throw new IllegalArgumentException("Unsupported cell value " + value);
        }
    }
}
