package nl.besparingsmonitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import nl.besparingsmonitor.calculation.Total;
import nl.besparingsmonitor.calculation.TotalLevel;
import nl.besparingsmonitor.excel.InertText;
import nl.besparingsmonitor.store.ReceivedFileRecord;
import nl.besparingsmonitor.validation.ValidationIssue;

/**
 * Writes the consolidated workbook of a run. Written under a temporary name and renamed at the
 * end, so a failed run leaves the previous report in place.
 */
public final class ConsolidatedReportWriter {

    private ConsolidatedReportWriter() {
    }

    public static Path write(Path outputFolder, ReportContext context) throws IOException {
        Files.createDirectories(outputFolder);
        Path target = outputFolder.resolve(fileName(context));
        Path temp = Files.createTempFile(outputFolder, ".consolidatie", ".tmp");
        try {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(temp)) {
                wb.setCompressTempFiles(true);
                CellStyle quoted = wb.createCellStyle();
                quoted.setQuotePrefixed(true);
                CellStyle euro = wb.createCellStyle();
                euro.setDataFormat(wb.createDataFormat().getFormat("€ #,##0;[Red]€ -#,##0"));
                writeSummary(wb.createSheet("Samenvatting"), context, quoted, euro);
                writeValidation(wb.createSheet("Validatie"), context, quoted);
                wb.write(out);
                wb.dispose();
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // also when the final rename fails (disk error): no temp file stays behind
            Files.deleteIfExists(temp);
            throw e;
        }
        return target;
    }

    static String fileName(ReportContext context) {
        LocalDate date = context.files().stream().map(ReceivedFileRecord::peildatum).filter(d -> d != null)
                .max(Comparator.naturalOrder())
                .orElse(LocalDate.ofInstant(context.runTime(), ZoneId.of("Europe/Amsterdam")));
        return "consolidatie-" + date + ".xlsx";
    }

    private static void writeSummary(Sheet sheet, ReportContext context, CellStyle quoted, CellStyle euro) {
        String[] headers = {"Organisatie", "Jaar", "Taakstelling", "Gepland netto", "Gerealiseerd", "Verwacht", "Tekort", "Dekking %", "Status", "Onvolledig"};
        Row h = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            h.createCell(i).setCellValue(headers[i]);
        }
        int r = 1;
        for (Total t : context.result().totals()) {
            if (t.level() != TotalLevel.ORGANISATION_YEAR) {
                continue;
            }
            Row row = sheet.createRow(r++);
            InertText.set(row.createCell(0), t.organisationCode(), quoted);
            row.createCell(1).setCellValue(t.year());
            money(row, 2, t.target(), euro);
            money(row, 3, t.plannedNet(), euro);
            money(row, 4, t.realisedNet(), euro);
            money(row, 5, t.expectedNet(), euro);
            money(row, 6, t.gap(), euro);
            if (t.coveragePct() != null) {
                row.createCell(7).setCellValue(t.coveragePct().doubleValue());
            }
            row.createCell(8).setCellValue(t.status() == null ? "" : t.status().label());
            row.createCell(9).setCellValue(t.incomplete() ? "onvolledig (P.M.)" : "");
        }
    }

    private static void money(Row row, int col, nl.besparingsmonitor.domain.Amount amount, CellStyle euro) {
        if (amount != null) {
            var cell = row.createCell(col);
            cell.setCellValue(amount.value().doubleValue());
            cell.setCellStyle(euro);
        }
    }

    private static void writeValidation(Sheet sheet, ReportContext context, CellStyle quoted) {
        String[] headers = {"Bestand", "Uitkomst", "Ernst", "Blad", "Cel", "Regel", "Melding"};
        Row h = sheet.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            h.createCell(i).setCellValue(headers[i]);
        }
        int r = 1;
        for (ReceivedFileRecord f : context.files()) {
            for (ValidationIssue issue : f.messages()) {
                Row row = sheet.createRow(r++);
                InertText.set(row.createCell(0), f.fileName(), quoted);
                row.createCell(1).setCellValue(f.outcome().json());
                row.createCell(2).setCellValue(issue.severity().label());
                InertText.set(row.createCell(3), issue.sheet(), quoted);
                InertText.set(row.createCell(4), issue.cell(), quoted);
                InertText.set(row.createCell(5), issue.rule(), quoted);
                InertText.set(row.createCell(6), issue.message(), quoted);
            }
        }
    }
}
