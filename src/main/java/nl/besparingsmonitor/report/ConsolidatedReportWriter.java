package nl.besparingsmonitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the consolidated workbook of a run, {@code consolidatie-<peildatum>.xlsx}, from the report
 * template. Written under a temporary name and renamed at the end, so a failed run leaves the
 * previous report in place.
 *
 * <p>Two phases. First, on the template as a plain XSSF workbook, everything that needs the full
 * object model or is small: the municipality sheets are cloned, the charts and 'Over dit rapport'
 * written, panes and print setup set. Then the workbook is wrapped for streaming (SXSSF) and the
 * sheets that grow with the number of organisations and measures are appended row by row, so that
 * a report for hundreds of municipalities fits in a small heap.
 */
public final class ConsolidatedReportWriter {

    /** Rows of a streamed sheet kept in memory; the rest is flushed to a temporary file. */
    private static final int ROW_WINDOW = 200;

    private ConsolidatedReportWriter() {
    }

    public static Path write(Path outputFolder, ReportContext context) throws IOException {
        Files.createDirectories(outputFolder);
        ReportModel model = new ReportModel(context);
        Path target = outputFolder.resolve(fileName(model));
        Path temp = Files.createTempFile(outputFolder, ".consolidatie", ".tmp");
        try {
            XSSFWorkbook template = ReportTemplate.open();
            ReportStyles styles;
            MunicipalitySheets municipalities = new MunicipalitySheets(model);
            try {
                styles = ReportStyles.takeFrom(template);
                municipalities.prepare(template, styles);
                ChartsSheet.write(template.getSheet(ReportLayout.GRAFIEKEN), model, styles);
                AboutSheet.write(template.getSheet(ReportLayout.OVER), model, styles, template);
                layout(template, municipalities);
            } catch (RuntimeException e) {
                template.close();
                throw e;
            }
            stream(template, model, styles, municipalities, temp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        readableByOthers(temp);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Temporary files are private to their owner; the report is for the controllers who share the folder. */
    private static void readableByOthers(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    static String fileName(ReportModel model) {
        return "consolidatie-" + model.reportDate() + ".xlsx";
    }

    /** Frozen header rows and leading columns, and print setup; set once the sheet order is final. */
    private static void layout(XSSFWorkbook wb, MunicipalitySheets municipalities) {
        PageSetup.apply(wb.getSheet(ReportLayout.SAMENVATTING), 3);
        PageSetup.apply(wb.getSheet(ReportLayout.MONITORING), 4);
        PageSetup.apply(wb.getSheet(ReportLayout.MAATREGELEN), 4);
        PageSetup.apply(wb.getSheet(ReportLayout.BEGROTING), 3);
        PageSetup.apply(wb.getSheet(ReportLayout.VALIDATIE), 1);
        municipalities.sheetNames().values().forEach(name -> PageSetup.apply(wb.getSheet(name), 3));
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
    }

    private static void stream(XSSFWorkbook template, ReportModel model, ReportStyles styles,
                               MunicipalitySheets municipalities, Path temp) throws IOException {
        // No compression of the temporary files: one open deflater per municipality sheet would cost
        // far more memory than the disk space it saves.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(template, ROW_WINDOW, false, false);
             OutputStream out = Files.newOutputStream(temp)) {
            try {
                new SummarySheet(model).write(writer(wb, ReportLayout.SAMENVATTING, styles), wb);
                MonitoringSheet.write(writer(wb, ReportLayout.MONITORING, styles), model, wb);
                new MeasuresSheet(model).write(writer(wb, ReportLayout.MAATREGELEN, styles), wb);
                BudgetSheet.write(writer(wb, ReportLayout.BEGROTING, styles), model, wb);
                municipalities.write(wb, styles);
                ValidationSheet.write(writer(wb, ReportLayout.VALIDATIE, styles), model, wb);
                wb.setForceFormulaRecalculation(true);
                wb.write(out);
            } finally {
                wb.dispose();
            }
        }
    }

    private static SheetWriter writer(SXSSFWorkbook wb, String sheet, ReportStyles styles) {
        return new SheetWriter(wb.getSheet(sheet), styles, ReportLayout.FIRST_DATA_ROW);
    }
}
