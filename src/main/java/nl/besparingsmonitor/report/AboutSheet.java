package nl.besparingsmonitor.report;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import nl.besparingsmonitor.domain.DutchTime;
import nl.besparingsmonitor.report.ReportStyles.Style;
import nl.besparingsmonitor.store.ReceivedFileRecord;

/**
 * Sheet {@value ReportLayout#OVER}: when and by which version the report was made, the tolerance,
 * the input files of the run with Peildatum and hash, and the files the figures rest on, whichever
 * run loaded them. The rules text is boilerplate of the template; this class fills in the run's
 * values.
 */
final class AboutSheet {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss")
            .withZone(DutchTime.ZONE);

    /** An extract's run may have brought nothing of its organisations; a header alone would look unfinished. */
    static final String NO_FILES_IN_RUN = "Geen bestanden voor dit rapport in deze run.";
    static final String NO_CURRENT_FILES = "Nog geen bestanden geladen.";

    private AboutSheet() {
    }

    static void write(Sheet sheet, ReportModel model, ReportStyles styles, Workbook wb) {
        ReportContext c = model.context();
        value(sheet, ReportLayout.LABEL_RUN_TIME, STAMP.format(c.runTime()));
        value(sheet, ReportLayout.LABEL_RUN_ID, String.valueOf(c.runId()));
        value(sheet, ReportLayout.LABEL_REPORT_DATE, model.reportDate().format(DateTimeFormatter.ofPattern("d-M-yyyy")));
        value(sheet, ReportLayout.LABEL_VERSION, c.programVersion() == null ? "onbekend (ontwikkelversie)" : c.programVersion());
        value(sheet, ReportLayout.LABEL_TOLERANCE, tolerance(c.tolerance()));

        int templateRows = sheet.getLastRowNum() + 1;
        SheetWriter w = new SheetWriter(sheet, styles, templateRows);
        w.section("Invoerbestanden van deze run");
        int header = w.nextRow();
        w.header(ReportLayout.FILE_COLUMNS);
        for (ReceivedFileRecord f : c.files()) {
            fileRow(w, f, ValidationSheet.outcome(f.outcome()));
        }
        DefinedNames.define(wb, "Invoerbestanden", sheet, header, w.nextRow() - 1, ReportLayout.FILE_COLUMNS.size() - 1);
        if (c.files().isEmpty()) {
            w.label(w.row(), 0, NO_FILES_IN_RUN, Style.SUBTITLE);
        }

        // A report written after another organisation's delivery rests on files of earlier runs too.
        w.section("Gegevens waarop de cijfers rusten: de nieuwste versie per organisatie en soort bestand");
        header = w.nextRow();
        w.header(ReportLayout.CURRENT_FILE_COLUMNS);
        for (ReceivedFileRecord f : c.currentFiles()) {
            fileRow(w, f, ValidationSheet.runAndDate(f));
        }
        DefinedNames.define(wb, "Geldende_bestanden", sheet, header, w.nextRow() - 1,
                ReportLayout.CURRENT_FILE_COLUMNS.size() - 1);
        if (c.currentFiles().isEmpty()) {
            w.label(w.row(), 0, NO_CURRENT_FILES, Style.SUBTITLE);
        }
        w.fitColumns(ReportLayout.FILE_COLUMNS.size());
        sheet.setColumnWidth(0, 40 * 256);
        wrapTemplateText(sheet, w, styles, templateRows);
        PageSetup.printOnly(sheet);
    }

    private static void fileRow(SheetWriter w, ReceivedFileRecord f, String last) {
        Row row = w.row();
        w.inert(row, 0, f.fileName());
        w.label(row, 1, f.kindLabel(), Style.TEXT);
        w.inert(row, 2, f.organisationCode());
        w.inert(row, 3, f.organisationName());
        w.date(row, 4, f.peildatum());
        w.inert(row, 5, f.sha256());
        w.label(row, 6, last, Style.TEXT);
    }

    /** The template's rules and reading notes wrap over the file table's width instead of running far past it. */
    private static void wrapTemplateText(Sheet sheet, SheetWriter w, ReportStyles styles, int templateRows) {
        int count = ReportLayout.FILE_COLUMNS.size();
        int chars = 0;
        for (int c = 0; c < count; c++) {
            chars += sheet.getColumnWidth(c) / 256;
        }
        short text = styles.get(Style.TEXT).getIndex();
        for (int r = ReportLayout.EXPLANATION_ROW + 1; r < templateRows; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getLastCellNum() == 1 && row.getCell(0) != null
                    && row.getCell(0).getCellStyle().getIndex() == text) {
                w.wrapAcross(row, count, chars, Style.WRAP, SheetWriter.TEXT_LINE_POINTS);
            }
        }
    }

    private static String tolerance(BigDecimal fraction) {
        String percent = fraction.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',');
        return percent + "% (afwijking binnen deze marge is 'op koers')";
    }

    private static void value(Sheet sheet, String label, String value) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
                Cell cell = row.getCell(1) == null ? row.createCell(1) : row.getCell(1);
                cell.setCellValue(value);
                return;
            }
        }
        throw new IllegalStateException("Rapportsjabloon mist in '" + ReportLayout.OVER + "' het label '" + label + "'");
    }
}
