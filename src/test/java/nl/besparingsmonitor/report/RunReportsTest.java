package nl.besparingsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report and the extracts are written at the same time, but an extract lands only after the report:
 * a run whose report cannot be put in place leaves the previous run's extracts exactly as they were,
 * and no temporary file of its own.
 */
class RunReportsTest {

    private static final int MEMBERS = 12;

    @Test
    void writesTheReportAndEveryExtractLeavingNoTemporaryFile(@TempDir Path output) throws IOException {
        RunReports.Written written = RunReports.write(output, ReportContexts.huizenAndRegion(MEMBERS, 3), 2);

        assertThat(written.report()).exists().hasFileName("consolidatie-2024-03-01.xlsx");
        assertThat(written.extracts()).hasSize(MEMBERS + 1).allSatisfy(e -> assertThat(e).isRegularFile());
        assertThat(written.extracts().get(0).getFileName().toString()).startsWith("GM0406 Huizen");
        assertThat(written.reportNanos()).isPositive().isLessThanOrEqualTo(written.totalNanos());
        assertThat(temporaryFiles(output)).isEmpty();
    }

    @Test
    void whenTheReportCannotBePutInPlaceNoExtractOfTheRunLands(@TempDir Path output) throws IOException {
        ReportContext yesterday = ReportContexts.huizenAndRegion(MEMBERS, 3);
        Path report = RunReports.write(output, yesterday, 2).report();
        Map<Path, byte[]> previous = extracts(output);
        assertThat(previous).hasSize(MEMBERS + 1);
        // today's report lands where a folder with a file now stands: the rename fails
        Files.delete(report);
        Files.writeString(Files.createDirectories(report).resolve("in de weg.txt"), "bezet");
        ReportContext today = new ReportContext(8, yesterday.runTime().plusSeconds(86_400), yesterday.input(),
                yesterday.result(), yesterday.files(), yesterday.tolerance(), "vandaag", yesterday.changes(),
                yesterday.currentFiles(), yesterday.outstandingRejections());

        assertThatThrownBy(() -> RunReports.write(output, today, 2)).isInstanceOf(IOException.class);

        Map<Path, byte[]> after = extracts(output);
        assertThat(after.keySet()).isEqualTo(previous.keySet());
        previous.forEach((file, bytes) -> assertThat(after.get(file)).as(file.toString()).isEqualTo(bytes));
        assertThat(temporaryFiles(output)).isEmpty();

        // the next run, with the report's place free again, replaces every extract
        Files.delete(report.resolve("in de weg.txt"));
        Files.delete(report);
        RunReports.write(output, today, 2);
        Map<Path, byte[]> replaced = extracts(output);
        assertThat(replaced.keySet()).isEqualTo(previous.keySet());
        previous.forEach((file, bytes) -> assertThat(replaced.get(file)).as(file.toString()).isNotEqualTo(bytes));
    }

    private static Map<Path, byte[]> extracts(Path output) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(output.resolve(MunicipalityExtracts.FOLDER))) {
            for (Path file : list.toList()) {
                files.put(file.getFileName(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static java.util.List<Path> temporaryFiles(Path output) throws IOException {
        try (Stream<Path> all = Files.walk(output)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
