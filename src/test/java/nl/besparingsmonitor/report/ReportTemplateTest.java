package nl.besparingsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The committed template is what the generator produces, and the writer finds everything it needs in it. */
class ReportTemplateTest {

    @Test
    void committedTemplateMatchesTheGenerator() throws IOException {
        if (Boolean.getBoolean("template.regenerate") || !Files.exists(ReportTemplate.SOURCE)) {
            ReportTemplateGenerator.write(ReportTemplate.SOURCE);
        }
        try (XSSFWorkbook committed = new XSSFWorkbook(Files.newInputStream(ReportTemplate.SOURCE));
             XSSFWorkbook generated = ReportTemplateGenerator.build()) {
            assertThat(texts(committed)).as("templates/Rapportsjabloon.xlsx is out of date: run ReportTemplateGenerator")
                    .isEqualTo(texts(generated));
        }
    }

    @Test
    void templateOnTheClassPathHasEveryStyleAndSheet() throws IOException {
        try (XSSFWorkbook template = ReportTemplate.open()) {
            ReportStyles styles = ReportStyles.takeFrom(template);
            assertThat(styles.get(ReportStyles.Style.EURO).getDataFormatString()).contains("#,##0").contains("[Red]");
            List<String> names = new ArrayList<>();
            template.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactlyElementsOf(ReportLayout.SHEET_ORDER);
        }
    }

    /** Every cell's text and style data format, sheet by sheet: what a change of layout would change. */
    private static List<String> texts(Workbook wb) {
        DataFormatter formatter = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (Sheet sheet : wb) {
            out.add("# " + sheet.getSheetName() + (wb.isSheetHidden(wb.getSheetIndex(sheet)) ? " (hidden)" : ""));
            for (Row row : sheet) {
                for (Cell cell : row) {
                    out.add(cell.getAddress() + " " + formatter.formatCellValue(cell) + " | "
                            + cell.getCellStyle().getDataFormatString() + " | " + cell.getCellStyle().getFontIndex());
                }
            }
        }
        return out;
    }
}
