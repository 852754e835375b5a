package nl.besparingsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a report in LibreOffice (headless), which recalculates every formula and writes the file
 * again: proof that a real spreadsheet program opens the report and gets the same totals. Skipped,
 * with a visible message, where LibreOffice is not installed; CI installs it.
 */
class LibreOfficeConversionTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeOpensTheReportAndRecalculatesTheSameTotals() throws Exception {
        String soffice = soffice();
        if (soffice == null) {
            System.out.println("SKIPPED LibreOfficeConversionTest: LibreOffice (soffice) not installed;"
                    + " install libreoffice-calc-nogui to run it");
        }
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) not installed: skipping the conversion test");

        ReportContext context = ReportContexts.huizenAndRegion(3, 2);
        RunReports.Written reports = RunReports.write(dir.resolve("output"), context, 2);
        Path report = reports.report();
        Path extract = reports.extracts().get(1);
        Path out = Files.createDirectories(dir.resolve("converted"));
        Path home = Files.createDirectories(dir.resolve("home"));
        // One LibreOffice start for both files: starting it costs more than converting.
        ProcessBuilder pb = new ProcessBuilder(soffice, "--headless", "--norestore", "--calc", "--convert-to", "xlsx",
                "--outdir", out.toString(), report.toString(), extract.toString());
        pb.environment().put("HOME", home.toString());
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile());
        Process process = pb.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish within 120 s");
        }
        Path converted = out.resolve(report.getFileName());
        assertThat(converted).as(Files.readString(dir.resolve("soffice.log"))).exists();

        try (OpenedReport lo = new OpenedReport(converted)) {
            assertThat(lo.sheetNames()).contains("Samenvatting", "Grafieken", "Over dit rapport", "GM0406 Huizen");
            Row expected = lastRowWithYear(lo, "GM0406", 2023);
            assertThat(expected.getCell(8).getCellType()).isEqualTo(CellType.FORMULA);
            // the cached results are LibreOffice's own recalculation now
            assertThat(expected.getCell(5).getNumericCellValue()).isEqualTo(374_654);
            assertThat(expected.getCell(8).getNumericCellValue()).isEqualTo(544_654);
            Row all = lo.row("Samenvatting", 2, "Totaal alle organisaties", 3, 2023);
            Cell planned = all.getCell(5);
            assertThat(planned.getCellType()).isEqualTo(CellType.FORMULA);
            try (OpenedReport ours = new OpenedReport(report)) {
                double written = ours.row("Samenvatting", 2, "Totaal alle organisaties", 3, 2023).getCell(5).getNumericCellValue();
                assertThat(planned.getNumericCellValue()).isCloseTo(written, within(0.01));
            }
            Cell hostile = lo.row("Maatregelen", 3, ReportFixtureFiles.HOSTILE).getCell(3);
            assertThat(hostile.getCellType()).isEqualTo(CellType.STRING);
        }
        assertThat(out.resolve(extract.getFileName())).as(Files.readString(dir.resolve("soffice.log"))).exists();
        try (OpenedReport lo = new OpenedReport(out.resolve(extract.getFileName()));
             OpenedReport ours = new OpenedReport(extract)) {
            String sheet = ours.sheetNames().get(0);
            assertThat(lo.sheetNames()).isEqualTo(ours.sheetNames());
            int year = ReportLayout.MUNICIPALITY_COLUMNS.size();
            Cell total = lo.row(sheet, 2, "Totaal gepland netto").getCell(year);
            assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getNumericCellValue())
                    .isEqualTo(ours.row(sheet, 2, "Totaal gepland netto").getCell(year).getNumericCellValue())
                    .isPositive();
        }
    }

    private static Row lastRowWithYear(OpenedReport report, String code, int year) {
        Row last = null;
        for (Row row : report.sheet("Begroting")) {
            Cell a = row.getCell(0);
            Cell e = row.getCell(4);
            if (a != null && a.getCellType() == CellType.STRING && code.equals(a.getStringCellValue())
                    && e != null && e.getCellType() == CellType.NUMERIC && e.getNumericCellValue() == year) {
                last = row;
            }
        }
        return last;
    }

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"soffice", "libreoffice"}) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }
}
