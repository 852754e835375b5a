package nl.besparingsmonitor.validation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.excel.InertText;

/**
 * The Dutch feedback workbook for a file: every problem with sheet, cell, rule, value found and what
 * was expected, so that the sender can fix them all in one go.
 */
public final class FeedbackWorkbook {


    private FeedbackWorkbook() {
    }

    /** Writes {@code <file name>.feedback.xlsx} into the folder (atomically) and returns its path. */
    public static Path write(Path folder, String fileName, boolean rejected, List<ValidationIssue> issues) throws IOException {
        return write(folder, fileName, rejected, issues, null);
    }

    /**
     * @param note an extra line for the reader, e.g. why no marked-up copy was made; may be null
     */
    public static Path write(Path folder, String fileName, boolean rejected, List<ValidationIssue> issues, String note)
            throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(InertText.safeFileName(fileName) + ".feedback.xlsx");
        Path temp = Files.createTempFile(folder, ".feedback", ".tmp");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(temp)) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle header = wb.createCellStyle();
            header.cloneStyleFrom(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);

            Sheet sheet = wb.createSheet("Terugkoppeling");
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue("Terugkoppeling op aangeleverd bestand");
            title.getCell(0).setCellStyle(bold);
            InertText.set(labelRow(sheet, r++, "Bestand"), fileName, quoted);
            labelRow(sheet, r++, "Uitkomst").setCellValue(rejected
                    ? "Afgewezen: er is niets uit dit bestand geladen. Herstel de fouten en lever het bestand opnieuw aan."
                    : "Geaccepteerd met waarschuwingen.");
            labelRow(sheet, r++, "Datum").setCellValue(LocalDateTime.now(DutchTime.ZONE)
                    .format(DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")));
            if (note != null) {
                labelRow(sheet, r++, "Let op").setCellValue(note);
            }
            long errors = issues.stream().filter(ValidationIssue::isError).count();
            labelRow(sheet, r++, "Aantal").setCellValue(errors + " fout(en), " + (issues.size() - errors) + " waarschuwing(en)");
            r++;
            IssueTable.write(sheet, r, issues, header, quoted, (cell, issue) -> InertText.set(cell, issue.cell(), quoted));
            wb.write(out);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static Cell labelRow(Sheet sheet, int index, String label) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        return row.createCell(1);
    }
}
