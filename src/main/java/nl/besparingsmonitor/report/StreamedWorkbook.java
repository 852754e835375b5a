package nl.besparingsmonitor.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The second phase of writing a report workbook: the prepared template is wrapped for streaming
 * (SXSSF), the growing sheets are appended row by row, and the workbook is written and its temporary
 * files removed. Shared by the consolidated report and the municipal extracts.
 */
final class StreamedWorkbook {

    /** Rows of a streamed sheet kept in memory; the rest is flushed to a temporary file. */
    static final int ROW_WINDOW = 200;

    /** Appends the streamed sheets. */
    interface Body {
        void write(SXSSFWorkbook wb) throws IOException;
    }

    private StreamedWorkbook() {
    }

    /** Streams {@code prepared} into {@code file}; the prepared workbook is closed with it. */
    static void write(XSSFWorkbook prepared, Path file, Body body) throws IOException {
        // No compression of the temporary files: one open deflater per municipality sheet would cost
        // far more memory than the disk space it saves.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(prepared, ROW_WINDOW, false, false);
             OutputStream out = Files.newOutputStream(file)) {
            try {
                body.write(wb);
                wb.setForceFormulaRecalculation(true);
                wb.write(out);
            } finally {
                wb.dispose();
            }
        }
    }

    static SheetWriter writer(SXSSFWorkbook wb, String sheet, ReportStyles styles) {
        return new SheetWriter(wb.getSheet(sheet), styles, ReportLayout.FIRST_DATA_ROW);
    }
}
