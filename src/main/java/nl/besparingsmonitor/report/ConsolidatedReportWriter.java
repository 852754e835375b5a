package nl.besparingsmonitor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private ConsolidatedReportWriter() {
    }

    public static Path write(Path outputFolder, ReportContext context) throws IOException {
        ReportModel model = new ReportModel(context);
        Path target = outputFolder.resolve(fileName(model));
        Path temp = ReportFiles.temp(outputFolder, ".consolidatie");
        try {
            XSSFWorkbook template = ReportTemplate.open();
            ReportStyles styles;
            MunicipalitySheets municipalities = MunicipalitySheets.forReport(model, new KeyShares(context.input().keys()),
                    model.municipalityList());
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
            StreamedWorkbook.write(template, temp, wb -> stream(wb, model, styles, municipalities));
        } catch (IOException | RuntimeException e) {
            // also when the final rename fails (disk error): no temp file stays behind
            Files.deleteIfExists(temp);
            throw e;
        }
        return ReportFiles.publish(temp, target);
    }

    static String fileName(ReportModel model) {
        return "consolidatie-" + model.reportDate() + ".xlsx";
    }

    /** Frozen header rows and leading columns, and print setup; set once the sheet order is final. */
    private static void layout(XSSFWorkbook wb, MunicipalitySheets municipalities) {
        PageSetup.apply(wb.getSheet(ReportLayout.SAMENVATTING), 3);
        PageSetup.apply(wb.getSheet(ReportLayout.TAAKSTELLING), 3);
        PageSetup.apply(wb.getSheet(ReportLayout.MONITORING), 4);
        PageSetup.apply(wb.getSheet(ReportLayout.MAATREGELEN), 4);
        PageSetup.apply(wb.getSheet(ReportLayout.BEGROTING), 3);
        PageSetup.apply(wb.getSheet(ReportLayout.WIJZIGINGEN), 2);
        PageSetup.apply(wb.getSheet(ReportLayout.VALIDATIE), 1);
        municipalities.sheetNames().values().forEach(name -> PageSetup.apply(wb.getSheet(name), 3));
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
    }

    private static void stream(SXSSFWorkbook wb, ReportModel model, ReportStyles styles,
                               MunicipalitySheets municipalities) throws IOException {
        new SummarySheet(model).write(StreamedWorkbook.writer(wb, ReportLayout.SAMENVATTING, styles), wb);
        TargetSheet.write(StreamedWorkbook.writer(wb, ReportLayout.TAAKSTELLING, styles), model, wb);
        MonitoringSheet.write(StreamedWorkbook.writer(wb, ReportLayout.MONITORING, styles), model, wb);
        new MeasuresSheet(model).write(StreamedWorkbook.writer(wb, ReportLayout.MAATREGELEN, styles), wb);
        BudgetSheet.write(StreamedWorkbook.writer(wb, ReportLayout.BEGROTING, styles), model, wb);
        ChangesSheet.write(StreamedWorkbook.writer(wb, ReportLayout.WIJZIGINGEN, styles), model, wb);
        municipalities.write(wb, styles);
        ValidationSheet.write(StreamedWorkbook.writer(wb, ReportLayout.VALIDATIE, styles), model, wb);
    }
}
