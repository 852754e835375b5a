package nl.besparingsmonitor.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report template {@code templates/Rapportsjabloon.xlsx}: styles, titles, explanations, column
 * headers and the 'Over dit rapport' boilerplate. The build puts it on the class path, so the batch
 * finds it wherever it runs; it is read into memory and never written back.
 */
final class ReportTemplate {

    static final String RESOURCE = "/templates/Rapportsjabloon.xlsx";
    static final Path SOURCE = Path.of("templates", "Rapportsjabloon.xlsx");

    private ReportTemplate() {
    }

    /** The template with {@code sheets} removed, as bytes to {@link #open(byte[]) open} many times. */
    static byte[] without(List<String> sheets) throws IOException {
        try (XSSFWorkbook wb = open(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.forEach(name -> wb.removeSheetAt(wb.getSheetIndex(name)));
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Opens a template kept in memory, such as one made by {@link #without}: read and pruned once for many workbooks. */
    static XSSFWorkbook open(byte[] template) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(template));
    }

    static XSSFWorkbook open() throws IOException {
        InputStream in = ReportTemplate.class.getResourceAsStream(RESOURCE);
        if (in == null && Files.isRegularFile(SOURCE)) {
            in = Files.newInputStream(SOURCE);
        }
        if (in == null) {
            throw new IOException("Rapportsjabloon niet gevonden: " + RESOURCE + " (class path) of " + SOURCE.toAbsolutePath());
        }
        try (InputStream template = in) {
            return new XSSFWorkbook(template);
        }
    }
}
