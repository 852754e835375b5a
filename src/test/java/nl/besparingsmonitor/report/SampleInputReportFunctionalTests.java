package nl.besparingsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The report of the project's own {@code sample-input/} (copied, so the samples stay untouched),
 * when that folder exists and holds workbooks: every sheet is there and every formula adds up.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:samples-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=test", "monitor.inbox=target/unused", "monitor.output=target/unused"})
@EnabledIf("hasSampleInput")
class SampleInputReportFunctionalTests {

    static final Path SAMPLES = Path.of("sample-input");

    @Autowired
    JobOperator operator;
    @Autowired
    JobRepository repository;
    @Autowired
    Job consolidationJob;

    @TempDir
    Path root;

    static boolean hasSampleInput() throws IOException {
        if (!Files.isDirectory(SAMPLES)) {
            return false;
        }
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.anyMatch(p -> p.getFileName().toString().toLowerCase().endsWith(".xlsx"));
        }
    }

    @Test
    void theSampleReportHasEverySheetAndConsistentTotals() throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path p : files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".xlsx")).toList()) {
                Files.copy(p, inbox.resolve(p.getFileName()));
            }
        }
        JobOperatorTestUtils jobs = new JobOperatorTestUtils(operator, repository);
        jobs.setJob(consolidationJob);
        JobExecution execution = jobs.startJob(new JobParametersBuilder()
                .addString("inbox", inbox.toString())
                .addString("output", root.resolve("output").toString())
                .addString("rejected", root.resolve("rejected").toString())
                .addLong("run.time", System.currentTimeMillis())
                .toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Path report;
        try (Stream<Path> out = Files.list(root.resolve("output"))) {
            report = out.filter(p -> p.getFileName().toString().startsWith("consolidatie-")).findFirst().orElseThrow();
        }
        try (OpenedReport opened = new OpenedReport(report)) {
            assertThat(opened.sheetNames()).startsWith("Samenvatting", "Taakstelling", "Monitoring", "Maatregelen", "Begroting")
                    .endsWith("Grafieken", "Validatie", "Over dit rapport");
            assertThat(opened.sheetNames().stream().filter(n -> n.matches("GM\\d{4}.*"))).isNotEmpty();
            opened.assertEveryFormulaEvaluatesToItsStoredFigure();
            // Huizen realised 295,000 in 2022 (its own Realisatie): shown in its organisation row and in
            // its municipality row alike; but its coverage differs: 130,000 of own measures against its 130,000
            // target (100%) in the organisation table, 831,438 with its share of the region's measures (639.57%)
            // in the municipality table; the sheet's explanation says which is which
            List<Double> realised = new java.util.ArrayList<>();
            List<Double> coverage = new java.util.ArrayList<>();
            List<org.apache.poi.ss.usermodel.Cell> gaps = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : opened.sheet("Samenvatting")) {
                var code = row.getCell(1);
                var year = row.getCell(3);
                if (code != null && year != null && "GM0406".equals(opened.text(code)) && "2022".equals(opened.text(year))) {
                    realised.add(row.getCell(6).getNumericCellValue());
                    coverage.add(row.getCell(9).getNumericCellValue());
                    gaps.add(row.getCell(8));
                }
            }
            assertThat(realised).containsExactly(295_000.0, 295_000.0);
            assertThat(coverage).hasSize(2);
            assertThat(coverage.get(0)).isEqualTo(1.0);
            assertThat(coverage.get(1)).isCloseTo(831_438 / 130_000.0, org.assertj.core.api.Assertions.within(1e-6));
            assertThat(opened.text(opened.sheet("Samenvatting").getRow(1).getCell(0)))
                    .contains("Bovenaan per organisatie met alleen haar eigen maatregelen",
                            "daaronder per gemeente met ook haar aandeel in regionale maatregelen",
                            "tekort (taakstelling - gepland): daar is een tekort rood en negatief meer gepland dan de taakstelling");
            assertThat(opened.text(opened.sheet("GM0406 Huizen").getRow(ReportLayout.EXPLANATION_ROW).getCell(0)))
                    .contains("Tekort = taakstelling - gepland: een tekort is rood, negatief is meer gepland dan de taakstelling.");
            // Huizen's 'tekort' of -701,438 in its municipality row is a surplus: not red, as every other negative
            // amount is; a shortfall is (the euro format made it the other way round)
            assertThat(gaps.get(1).getNumericCellValue()).isEqualTo(-701_438.0);
            assertThat(shownRed(gaps.get(1), -701_438.0)).isFalse();
            assertThat(shownRed(gaps.get(1), 1_000.0)).isTrue();
            assertThat(shownRed(gaps.get(1).getRow().getCell(6), -1_000.0)).isTrue();
            // 2024: Huizen's target 387,000 is met by its own measures, Noordoostpolder is 1,356,797 short of its
            // 2,120,000; the region's 10.2 million planned has no target and covers neither
            var all2024 = opened.row("Samenvatting", 2, "Totaal alle organisaties", 3, 2024);
            assertThat(opened.evaluate(all2024.getCell(4))).isEqualTo(2_507_000.0);
            assertThat(opened.evaluate(all2024.getCell(8))).isEqualTo(1_356_797.0);
            assertThat(shownRed(all2024.getCell(8), 1_356_797.0)).isTrue();
            var sheetGaps = java.util.stream.StreamSupport.stream(
                    opened.row("GM0406 Huizen", 2, "Tekort t.o.v. taakstelling").spliterator(), false)
                    .filter(c -> c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA).toList();
            assertThat(sheetGaps).isNotEmpty().allSatisfy(c -> {
                assertThat(shownRed(c, c.getNumericCellValue())).isEqualTo(c.getNumericCellValue() > 0);
            });
            assertThat(sheetGaps).anySatisfy(c -> assertThat(c.getNumericCellValue()).isEqualTo(-701_438.0));
            assertThat(opened.evaluate(all2024.getCell(9))).isCloseTo((387_000 + 763_203) / 2_507_000.0,
                    org.assertj.core.api.Assertions.within(1e-9));
            // rule 6 per domain, as Renkum's council set it: its 2026 target of 2,009,209 is 1,000,000 for Wmo and
            // 1,009,209 for Jeugd; its two adopted measures plan 511,500 (Wmo) and 618,500 (Jeugd), so both domains
            // fall short on their own line; in 2027 Jeugd has no target left and its 618,500 covers nothing
            var wmo = opened.row("Taakstelling", 0, "GM0274", 2, "Wmo", 3, 2026);
            assertThat(wmo.getCell(4).getNumericCellValue()).isEqualTo(1_000_000.0);
            assertThat(wmo.getCell(5).getNumericCellValue()).isEqualTo(511_500.0);
            assertThat(opened.evaluate(wmo.getCell(6))).isEqualTo(488_500.0);
            assertThat(shownRed(wmo.getCell(6), 488_500.0)).isTrue();
            assertThat(opened.evaluate(wmo.getCell(7))).isCloseTo(0.5115, org.assertj.core.api.Assertions.within(1e-9));
            var youth = opened.row("Taakstelling", 0, "GM0274", 2, "Jeugd", 3, 2026);
            assertThat(youth.getCell(4).getNumericCellValue()).isEqualTo(1_009_209.0);
            assertThat(youth.getCell(5).getNumericCellValue()).isEqualTo(618_500.0);
            assertThat(opened.evaluate(youth.getCell(6))).isEqualTo(390_709.0);
            assertThat(opened.evaluate(youth.getCell(7))).isCloseTo(618_500 / 1_009_209.0,
                    org.assertj.core.api.Assertions.within(1e-9));
            var youth2027 = opened.row("Taakstelling", 0, "GM0274", 2, "Jeugd", 3, 2027);
            assertThat(youth2027.getCell(4).getNumericCellValue()).isZero();
            assertThat(opened.evaluate(youth2027.getCell(6))).isEqualTo(-618_500.0);
            assertThat(youth2027.getCell(7).getCachedFormulaResultType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(youth2027.getCell(7).getStringCellValue()).isEmpty();
            // Noordoostpolder's 2024 coverage of 36% in the Samenvatting is Jeugd over its target, Voorveld below zero
            var npJeugd = opened.row("Taakstelling", 0, "GM0171", 2, "Jeugd", 3, 2024);
            assertThat(opened.evaluate(npJeugd.getCell(7))).isCloseTo(553_400 / 415_000.0,
                    org.assertj.core.api.Assertions.within(1e-9));
            assertThat(shownRed(npJeugd.getCell(6), opened.evaluate(npJeugd.getCell(6)))).isFalse();
            var npVoorveld = opened.row("Taakstelling", 0, "GM0171", 2, "Voorveld", 3, 2024);
            assertThat(opened.evaluate(npVoorveld.getCell(7))).isCloseTo(-76_797 / 600_000.0,
                    org.assertj.core.api.Assertions.within(1e-9));
            // the chart's coverage is over all years together: Noordoostpolder plans -1,541,468 net over 2021-2024
            // against its one target of 2,120,000 (2024), where the Samenvatting shows 36% for 2024 alone
            var npChart = opened.row("Grafieken", 0, "Gemeente Noordoostpolder");
            assertThat(npChart.getCell(1).getNumericCellValue()).isCloseTo(-1_541_468 / 2_120_000.0,
                    org.assertj.core.api.Assertions.within(1e-6));
            assertThat(opened.text(opened.row("Grafieken", 0, "Organisatie").getCell(1)))
                    .isEqualTo("Dekking taakstelling, alle jaren");
            // the domains add up to the organisation's line of the Samenvatting
            var renkum2026 = opened.row("Samenvatting", 1, "GM0274", 3, 2026);
            assertThat(wmo.getCell(4).getNumericCellValue() + youth.getCell(4).getNumericCellValue())
                    .isEqualTo(renkum2026.getCell(4).getNumericCellValue());
            assertThat(wmo.getCell(5).getNumericCellValue() + youth.getCell(5).getNumericCellValue())
                    .isEqualTo(renkum2026.getCell(5).getNumericCellValue());
            // the region's measures as its council paper numbers them, 9 before 10 (text order put 10 to 16 before 2)
            List<String> regional = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : opened.sheet("GM0406 Huizen")) {
                var organisation = row.getCell(0);
                if (organisation != null && "GR-GOOI-VECHTSTREEK".equals(opened.text(organisation))) {
                    regional.add(opened.text(row.getCell(1)));
                }
            }
            assertThat(regional).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
                    "14", "15", "16");
            assertEveryExplanationWrapsWithinItsTable(opened);
            // headers of figures stand at the right, above the figures (Excel puts numbers at the right of a cell)
            var summaryHeader = opened.sheet("Samenvatting").getRow(ReportLayout.HEADER_ROW);
            assertThat(summaryHeader.getCell(4).getStringCellValue()).isEqualTo("Taakstelling");
            assertThat(summaryHeader.getCell(4).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            assertThat(summaryHeader.getCell(2).getStringCellValue()).isEqualTo("Naam");
            assertThat(summaryHeader.getCell(2).getCellStyle().getAlignment()).isNotEqualTo(HorizontalAlignment.RIGHT);
            var years = java.util.stream.StreamSupport.stream(opened.sheet("GM0406 Huizen").getRow(ReportLayout.HEADER_ROW)
                    .spliterator(), false).filter(c -> opened.text(c).equals("2022")).toList();
            assertThat(years).hasSize(1);
            assertThat(years.get(0).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            // the chart table's years are text, so that the charts take them as categories, and stand at the
            // right under their header like every other year (text alone goes left, a column's width away)
            var charts = opened.sheet("Grafieken");
            assertThat(charts.getRow(ReportLayout.HEADER_ROW).getCell(0).getCellStyle().getAlignment())
                    .isEqualTo(HorizontalAlignment.RIGHT);
            var firstYear = charts.getRow(ReportLayout.FIRST_DATA_ROW).getCell(0);
            assertThat(firstYear.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(firstYear.getStringCellValue()).isEqualTo("2021");
            assertThat(firstYear.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            // a municipality sheet has the years of its own figures: Blaricum's come from the region's measures of
            // 2021 to 2024, not the 2029 of GR Meerinzicht's measures elsewhere (shown before as plans of zero)
            assertThat(headerYears(opened, "GM0376 Blaricum")).containsExactly("2021", "2022", "2023", "2024", "Volledigheid");
            assertThat(headerYears(opened, "GM0406 Huizen"))
                    .containsExactly("2021", "2022", "2023", "2024", "2025", "2026", "Volledigheid");
            // and its year and 'Volledigheid' columns are wide enough for their headers, also where no line of
            // Noordoostpolder's is incomplete (the header wrapped as 'Volledigh-eid')
            var noordoostpolder = opened.sheet("GM0171 Noordoostpolder");
            var header = noordoostpolder.getRow(ReportLayout.HEADER_ROW);
            for (int c = ReportLayout.MUNICIPALITY_COLUMNS.size(); c < header.getLastCellNum(); c++) {
                assertThat(noordoostpolder.getColumnWidth(c)).as(opened.text(header.getCell(c)))
                        .isGreaterThanOrEqualTo((opened.text(header.getCell(c)).length() + 2) * 256);
            }
            // so do the rules on 'Over dit rapport' (rule 6 alone is about 330 characters)
            var about = opened.sheet("Over dit rapport");
            var rule6 = java.util.stream.StreamSupport.stream(about.spliterator(), false)
                    .filter(r -> r.getCell(0) != null && opened.text(r.getCell(0)).startsWith("6. Dekking")).findFirst().orElseThrow();
            assertThat(about.getMergedRegions()).anyMatch(m -> m.getFirstRow() == rule6.getRowNum() && m.getFirstColumn() == 0
                    && m.getLastColumn() == ReportLayout.FILE_COLUMNS.size() - 1);
            assertThat(rule6.getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(rule6.getHeightInPoints()).isGreaterThanOrEqualTo(2 * SheetWriter.TEXT_LINE_POINTS);
        }
        try (OpenedReport extract = new OpenedReport(root.resolve("output/gemeenten/GM0406 Huizen.xlsx"))) {
            assertEveryExplanationWrapsWithinItsTable(extract);
        }
    }

    /**
     * Row 2 of a table sheet explains it. Left in cell A2 the Samenvatting's ran about three table widths
     * to the right, off screen and off the printed page; now it is merged over the table's columns, wraps,
     * and its row is high enough for its lines (a column width's worth of characters per line).
     */
    /** The header cells of a municipality sheet after its fixed columns: the years, then 'Volledigheid'. */
    private static List<String> headerYears(OpenedReport report, String sheet) {
        var header = report.sheet(sheet).getRow(ReportLayout.HEADER_ROW);
        List<String> texts = new java.util.ArrayList<>();
        for (int c = ReportLayout.MUNICIPALITY_COLUMNS.size(); c < header.getLastCellNum(); c++) {
            if (header.getCell(c) != null && !report.text(header.getCell(c)).isEmpty()) {
                texts.add(report.text(header.getCell(c)));
            }
        }
        return texts;
    }

    private static void assertEveryExplanationWrapsWithinItsTable(OpenedReport report) {
        int checked = 0;
        for (org.apache.poi.ss.usermodel.Sheet sheet : report.workbook()) {
            var row = sheet.getRow(ReportLayout.EXPLANATION_ROW);
            var cell = row == null ? null : row.getCell(0);
            if (cell == null || report.workbook().isSheetHidden(report.workbook().getSheetIndex(sheet))
                    || cell.getStringCellValue().isBlank()) {
                continue;
            }
            var merged = sheet.getMergedRegions().stream()
                    .filter(r -> r.getFirstRow() == ReportLayout.EXPLANATION_ROW && r.getFirstColumn() == 0).findFirst();
            assertThat(merged).as(sheet.getSheetName()).isPresent();
            int chars = 0;
            for (int c = 0; c <= merged.get().getLastColumn(); c++) {
                chars += sheet.getColumnWidth(c) / 256;
            }
            int lines = (cell.getStringCellValue().length() + chars - 1) / chars;
            assertThat(merged.get().getLastColumn()).as(sheet.getSheetName()).isGreaterThan(0);
            assertThat(cell.getCellStyle().getWrapText()).as(sheet.getSheetName()).isTrue();
            assertThat(row.getHeightInPoints()).as(sheet.getSheetName()).isGreaterThanOrEqualTo(lines * SheetWriter.EXPLANATION_LINE_POINTS);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }

    /** Whether Excel shows {@code value} in red in this cell, by the cell's own number format. */
    private static boolean shownRed(org.apache.poi.ss.usermodel.Cell cell, double value) {
        var color = org.apache.poi.ss.format.CellFormat.getInstance(cell.getCellStyle().getDataFormatString())
                .apply(value).textColor;
        return java.awt.Color.RED.equals(color);
    }
}
