package nl.besparingsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report and the extracts for 342 municipalities (all of the Netherlands) are written in a small
 * heap, with valid sheet and file names.
 */
class LargeReportTest {

    static final String SMALL_HEAP = "-Xmx96m";

    @TempDir
    Path dir;

    @Test
    void aReportAndExtractsFor342MunicipalitiesFitInASmallHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, SMALL_HEAP, "-cp", classPath, LargeReportMain.class.getName(),
                dir.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished in time").isTrue();
        String log = Files.readString(dir.resolve("child.log"));
        assertThat(process.exitValue()).as(log).isZero();
        Path report = dir.resolve("consolidatie-" + ReportContexts.PEILDATUM + ".xlsx");
        assertThat(report).exists();

        // Sheet names from the workbook part only: parsing 343 sheets would cost more than writing them.
        try (OPCPackage pkg = OPCPackage.open(report.toFile(), PackageAccess.READ)) {
            List<String> names = new ArrayList<>();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            List<String> municipal = names.stream().filter(n -> n.startsWith("GM")).toList();
            assertThat(municipal).hasSize(LargeReportMain.MUNICIPALITIES + 1);
            assertThat(names).allSatisfy(n -> {
                assertThat(n.length()).isLessThanOrEqualTo(31);
                assertThat(n).doesNotContainPattern("[\\[\\]:*?/\\\\]");
            });
            assertThat(new HashSet<>(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList())).hasSize(names.size());
            assertThat(municipal).contains("GM1000 Heel erg lange gemeenten", "GM0406 Huizen");
            assertThat(names.get(names.size() - 1)).isEqualTo("Over dit rapport");
        }

        List<String> extracts;
        try (Stream<Path> files = Files.list(dir.resolve(MunicipalityExtracts.FOLDER))) {
            extracts = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(extracts).hasSize(LargeReportMain.MUNICIPALITIES + 1)
                .contains("GM0406 Huizen.xlsx", "GM1000 Heel erg lange gemeentenaam aan de rivier nummer 0.xlsx")
                .allSatisfy(n -> assertThat(n).matches("GM\\d{4} [\\p{L}\\p{N} ._()-]+\\.xlsx"));
        try (OPCPackage pkg = OPCPackage.open(dir.resolve(MunicipalityExtracts.FOLDER).resolve(extracts.get(1)).toFile(),
                PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
            assertThat(names).containsExactly("GM1000 Heel erg lange gemeenten", "Maatregelen", "Monitoring",
                    "Over dit rapport");
        }
    }
}
