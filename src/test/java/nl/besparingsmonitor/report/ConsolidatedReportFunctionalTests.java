package nl.besparingsmonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the real consolidatie job on POI-written input workbooks and checks the consolidated report
 * as a controller would read it, re-opened with POI. Figures are compared with the totals the same
 * run wrote to run-summary.json.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:report-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=test", "monitor.inbox=target/unused", "monitor.output=target/unused"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolidatedReportFunctionalTests {

    @TempDir
    static Path root;

    /** Column of 2023 on a municipality sheet: after the fixed columns, the first year of the fixtures. */
    static final int YEAR_2023 = ReportLayout.MUNICIPALITY_COLUMNS.size();

    Path report;
    OpenedReport opened;
    JsonNode summary;

    @BeforeAll
    void runTheJob(@Autowired JobOperator operator, @Autowired JobRepository repository, @Autowired Job consolidationJob)
            throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path output = root.resolve("output");
        ReportFixtureFiles.writeAll(inbox);
        JobOperatorTestUtils jobs = new JobOperatorTestUtils(operator, repository);
        jobs.setJob(consolidationJob);
        JobExecution execution = jobs.startJob(new JobParametersBuilder()
                .addString("inbox", inbox.toString())
                .addString("output", output.toString())
                .addString("rejected", root.resolve("rejected").toString())
                .addLong("run.time", System.currentTimeMillis())
                .toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        report = output.resolve("consolidatie-2024-03-01.xlsx");
        assertThat(report).exists();
        opened = new OpenedReport(report);
        summary = JsonMapper.builder().build().readTree(output.resolve("run-summary.json").toFile());
    }

    @AfterAll
    void close() throws IOException {
        if (opened != null) {
            opened.close();
        }
    }

    @Test
    void everySheetIsPresentInTheOrderAControllerReadsThem() {
        assertThat(opened.sheetNames()).containsExactly("Samenvatting", "Taakstelling", "Monitoring", "Maatregelen", "Begroting",
                "Wijzigingen", "GM0050 Zeewolde", "GM0233 Ermelo", "GM0243 Harderwijk", "GM0406 Huizen",
                "Grafieken", "Validatie", "Over dit rapport");
        assertThat(opened.workbook().getActiveSheetIndex()).isZero();
    }

    @Test
    void theHuizenBudgetSaldoOfRule8IsShownAndTraceable() {
        Row wmo = opened.row("Begroting", 2, "Wmo begeleiding", 4, 2023);
        assertThat(opened.evaluate(wmo.getCell(8))).isEqualTo(215_378);
        Row jeugd = opened.row("Begroting", 2, "Jeugd begeleiding", 4, 2023);
        assertThat(opened.evaluate(jeugd.getCell(8))).isEqualTo(159_276);

        Row expected = opened.row("Begroting", 0, "GM0406", 4, 2023, 1, "Gemeente Huizen");
        // rows of the first block also match code and year; the second block's row has the expected total in I
        Row total = lastMatching("Begroting", 0, "GM0406", 4, 2023);
        assertThat(total.getRowNum()).isGreaterThan(expected.getRowNum());
        assertThat(opened.evaluate(total.getCell(5))).isEqualTo(374_654);
        assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(170_000);
        assertThat(opened.evaluate(total.getCell(8))).isEqualTo(544_654);
        assertThat(number(total("organisation_year", "GM0406", null, 2023), "expected_total_saving")).isEqualTo(544_654);
    }

    @Test
    void everyFormulaEvaluatesToTheFigureTheCalculationStored() {
        assertThat(opened.assertEveryFormulaEvaluatesToItsStoredFigure()).isGreaterThan(30);
    }

    @Test
    void summaryTotalsAreFormulasThatAddUpToTheCalculatedTotals() {
        for (int year : List.of(2023, 2024)) {
            Row all = opened.row("Samenvatting", 2, "Totaal alle organisaties", 3, year);
            JsonNode calculated = total("year", null, null, year);
            assertThat(opened.evaluate(all.getCell(5))).as("planned %d", year)
                    .isCloseTo(number(calculated, "planned_net"), within(0.01));
            assertThat(opened.evaluate(all.getCell(4))).as("target %d", year)
                    .isCloseTo(number(calculated, "target"), within(0.01));
            assertThat(all.getCell(5).getCellFormula()).startsWith("SUM(");
        }
        Row region = opened.row("Samenvatting", 2, "Totaal GR Meerinzicht", 3, 2023);
        assertThat(region.getCell(5).getCellFormula()).startsWith("SUMIFS(");
        double expected = number(total("organisation_year", "GR-MEERINZICHT", null, 2023), "planned_net")
                + number(total("organisation_year", "GM0233", null, 2023), "planned_net");
        assertThat(opened.evaluate(region.getCell(5))).isCloseTo(expected, within(0.01));

        Row huizen = opened.row("Samenvatting", 1, "GM0406", 3, 2023);
        assertThat(huizen.getCell(5).getNumericCellValue())
                .isEqualTo(number(total("organisation_year", "GM0406", null, 2023), "planned_net"));
        // 2023: planned 130,000, realised 125,000: -3.8%, within the 5% tolerance
        assertThat(huizen.getCell(10).getStringCellValue()).isEqualTo("op koers");
        // a total row's status: its rows' variances against their plans, unknown while one row is unknown
        assertThat(opened.row("Samenvatting", 2, "Totaal Overige organisaties", 3, 2023).getCell(10).getStringCellValue())
                .isEqualTo("op koers");
        assertThat(region.getCell(10).getStringCellValue()).as("the region's measure has no realisation")
                .isEqualTo("onbekend");

        Row municipalities = opened.row("Samenvatting", 2, "Totaal alle gemeenten", 3, 2023);
        double sum = 0;
        for (JsonNode t : summary.get("totals")) {
            if ("municipality_year".equals(t.get("level").asString()) && t.get("year").asInt() == 2023) {
                sum += number(t, "planned_net");
            }
        }
        assertThat(opened.evaluate(municipalities.getCell(5))).isCloseTo(sum, within(0.01));
    }

    @Test
    void incompleteTotalsAreMarkedNeverShownAsComplete() {
        Row huizen2024 = opened.row("Samenvatting", 1, "GM0406", 3, 2024);
        assertThat(huizen2024.getCell(11).getStringCellValue()).isEqualTo("onvolledig");
        assertThat(huizen2024.getCell(5).getCellStyle().getFillForegroundColorColor()).isNotNull();
        Row all2024 = opened.row("Samenvatting", 2, "Totaal alle organisaties", 3, 2024);
        assertThat(all2024.getCell(11).getStringCellValue()).isEqualTo("onvolledig");
        Row all2023 = opened.row("Samenvatting", 2, "Totaal alle organisaties", 3, 2023);
        assertThat(all2023.getCell(11)).isNull();
        // per domain: Huizen's Jeugd measure is P.M. in 2024 (and Jeugd has no target), its Wmo line is complete
        Row youth2024 = opened.row("Taakstelling", 0, "GM0406", 2, "Jeugd", 3, 2024);
        assertThat(youth2024.getCell(8).getStringCellValue()).isEqualTo("onvolledig");
        assertThat(youth2024.getCell(4).getNumericCellValue()).isZero();
        Row wmo2024 = opened.row("Taakstelling", 0, "GM0406", 2, "Wmo", 3, 2024);
        assertThat(wmo2024.getCell(8)).isNull();
        assertThat(wmo2024.getCell(4).getNumericCellValue()).isEqualTo(170_000.0);
        assertThat(opened.evaluate(wmo2024.getCell(6))).isEqualTo(90_000.0);
    }

    @Test
    void statusCellsHaveConditionalFormatsForEveryStatus() {
        for (String sheet : List.of("Samenvatting", "Monitoring", "GM0406 Huizen")) {
            SheetConditionalFormatting cf = opened.sheet(sheet).getSheetConditionalFormatting();
            StringBuilder rules = new StringBuilder();
            for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
                ConditionalFormatting f = cf.getConditionalFormattingAt(i);
                for (int r = 0; r < f.getNumberOfRules(); r++) {
                    rules.append(f.getRule(r).getFormula1()).append(';');
                    assertThat(f.getRule(r).getPatternFormatting()).isNotNull();
                }
            }
            assertThat(rules.toString()).as(sheet)
                    .contains("\"op koers\"", "\"achter\"", "\"voor\"", "\"onbekend\"");
        }
        SheetConditionalFormatting monitoring = opened.sheet("Monitoring").getSheetConditionalFormatting();
        assertThat(monitoring.getConditionalFormattingAt(0).getFormattingRanges()[0].getFirstColumn()).isEqualTo(11);
        Row measure1 = opened.row("Monitoring", 0, "GM0406", 2, "1", 5, 2024);
        assertThat(measure1.getCell(11).getStringCellValue()).isEqualTo("voor");
    }

    @Test
    void aHostileNameIsPlainTextEverywhere() {
        for (String sheetAndColumn : List.of("Monitoring:3", "Maatregelen:3", "GM0406 Huizen:2")) {
            String sheet = sheetAndColumn.split(":")[0];
            int col = Integer.parseInt(sheetAndColumn.split(":")[1]);
            Cell name = opened.row(sheet, col, ReportFixtureFiles.HOSTILE).getCell(col);
            assertThat(name.getCellType()).as(sheet).isEqualTo(CellType.STRING);
            assertThat(name.getCellStyle().getQuotePrefixed()).as(sheet).isTrue();
        }
        Row measure = opened.row("Maatregelen", 3, ReportFixtureFiles.HOSTILE);
        assertThat(measure.getCell(5).getStringCellValue()).isEqualTo("@SUM(1)");
        for (Sheet sheet : opened.workbook()) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertThat(cell.getCellFormula()).doesNotContainIgnoringCase("HYPERLINK");
                    }
                }
            }
        }
    }

    @Test
    void rejectedAndWithdrawnMeasuresAreListedApartAndNotCounted() {
        Row section = opened.row("Maatregelen", 0, "Niet meegeteld: voorgestelde, afgewezen en ingetrokken maatregelen");
        Row rejected = opened.row("Maatregelen", 3, "Afgewezen voorstel");
        Row withdrawn = opened.row("Maatregelen", 3, "Ingetrokken voorstel");
        Row gr = opened.row("Maatregelen", 3, "Innovatiebudget");
        assertThat(Stream.of(rejected, withdrawn, gr).mapToInt(Row::getRowNum)).allMatch(r -> r > section.getRowNum());
        Row total2023 = opened.row("Maatregelen", 3, "Totaal aangenomen maatregelen", 11, 2023);
        assertThat(total2023.getRowNum()).isLessThan(section.getRowNum());
        assertThat(opened.evaluate(total2023.getCell(14)))
                .isCloseTo(number(total("year", null, null, 2023), "planned_net"), within(0.01));
        assertThat(opened.evaluate(total2023.getCell(13)))
                .isCloseTo(number(total("year", null, null, 2023), "planned_cost"), within(0.01));
    }

    @Test
    void aMunicipalitySheetShowsItsOwnAndRegionalMeasuresWithTargetCoverage() {
        Row regional = opened.row("GM0233 Ermelo", 0, "GR-MEERINZICHT", 1, "1");
        assertThat(regional.getCell(4).getStringCellValue()).isEqualTo("aandeel GR Meerinzicht");
        assertThat(regional.getCell(5).getStringCellValue()).isEqualTo("Vast");
        assertThat(regional.getCell(6).getNumericCellValue()).isCloseTo(0.30, within(1e-9));
        assertThat(regional.getCell(6).getCellStyle().getDataFormatString()).contains("%");
        assertThat(regional.getCell(7).getStringCellValue()).isEqualTo("aandeel 30%");
        assertThat(regional.getCell(YEAR_2023).getNumericCellValue()).isEqualTo(45_000); // 30% of 200,000 - 50,000
        Row own = opened.row("GM0233 Ermelo", 0, "GM0233", 1, "1");
        assertThat(own.getCell(4).getStringCellValue()).isEqualTo("eigen maatregel");
        assertThat(own.getCell(5)).isNull();
        Row total = opened.row("GM0233 Ermelo", 2, "Totaal gepland netto");
        JsonNode calculated = total("municipality_year", null, "GM0233", 2023);
        assertThat(opened.evaluate(total.getCell(YEAR_2023))).isEqualTo(number(calculated, "planned_net")).isEqualTo(75_000);
        Row coverage = opened.row("GM0233 Ermelo", 2, "Dekking %");
        assertThat(opened.evaluate(coverage.getCell(YEAR_2023)) * 100).isCloseTo(number(calculated, "coverage"), within(0.01));
        Row gap = opened.row("GM0233 Ermelo", 2, "Tekort t.o.v. taakstelling");
        assertThat(opened.evaluate(gap.getCell(YEAR_2023))).isEqualTo(25_000);
        Row harderwijk = opened.row("GM0243 Harderwijk", 0, "GR-MEERINZICHT", 1, "1");
        assertThat(harderwijk.getCell(7).getStringCellValue()).isEqualTo("aandeel 45,5%");
    }

    @Test
    void theChartPlotsPlannedRealisedAndExpectedPerYear() {
        XSSFSheet sheet = (XSSFSheet) opened.sheet("Grafieken");
        List<XSSFChart> charts = sheet.createDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(2);
        XSSFChart years = charts.get(0);
        assertThat(years.getTitleText().getString()).isEqualTo(ChartsSheet.YEAR_CHART_TITLE);
        XDDFChartData data = years.getChartSeries().get(0);
        assertThat(data.getSeriesCount()).isEqualTo(4);
        assertThat(Stream.of(0, 1, 2, 3).map(i -> seriesTitle(data.getSeries(i))))
                .containsExactly("Gepland netto", "Gepland, met realisatie of prognose", "Gerealiseerd", "Verwacht");
        XDDFChartData.Series planned = data.getSeries(0);
        assertThat(planned.getCategoryData().getPointAt(0)).isEqualTo("2023");
        double plannedAll = ((Number) planned.getValuesData().getPointAt(0)).doubleValue();
        assertThat(plannedAll).isEqualTo(number(total("year", null, null, 2023), "planned_net"));
        assertThat(planned.getValuesData().getDataRangeReference()).isEqualTo("Grafieken!$B$5:$B$6");
        // beside realised and expected, the plan of the same measures: the Monitoring rows of 2023 that have either
        double plannedMonitored = 0;
        for (Row row : opened.sheet("Monitoring")) {
            if (row.getRowNum() > 3 && cellNumber(row.getCell(5)) == 2023
                    && (row.getCell(7) != null || row.getCell(8) != null)) {
                plannedMonitored += cellNumber(row.getCell(6));
            }
        }
        double charted = ((Number) data.getSeries(1).getValuesData().getPointAt(0)).doubleValue();
        assertThat(charted).isEqualTo(plannedMonitored).isNotZero().isNotEqualTo(plannedAll);
        assertThat(charts.get(1).getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount()).isEqualTo(2);
    }

    @Test
    void validationListsTheRejectedFileWithItsReasons() {
        Row renkum = opened.row("Validatie", 0, "GM0274 Renkum - Voorstellen.xlsx", 4, "C3");
        assertThat(renkum.getCell(1).getStringCellValue()).isEqualTo("afgewezen, niet geladen");
        assertThat(renkum.getCell(2).getStringCellValue()).isEqualTo("fout");
        assertThat(renkum.getCell(6).getStringCellValue()).isEqualTo("veel");
    }

    @Test
    void aboutListsEveryInputFileWithPeildatumAndHash() {
        Row huizen = opened.row("Over dit rapport", 0, "GM0406 Huizen - Realisatie.xlsx");
        assertThat(huizen.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(ReportFixtureFiles.PEILDATUM);
        assertThat(huizen.getCell(5).getStringCellValue()).matches("[0-9a-f]{64}");
        assertThat(opened.row("Over dit rapport", 0, "Tolerantie monitoring").getCell(1).getStringCellValue()).startsWith("5%");
        assertThat(opened.row("Over dit rapport", 0, "Programmaversie").getCell(1).getStringCellValue()).isNotBlank();
    }

    @Test
    void presentationFreezesPanesFiltersPrintsAndNamesTables() {
        Sheet monitoring = opened.sheet("Monitoring");
        assertThat(monitoring.getPaneInformation().isFreezePane()).isTrue();
        assertThat(monitoring.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 4);
        assertThat(monitoring.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
        assertThat(((XSSFSheet) monitoring).getCTWorksheet().isSetAutoFilter()).isTrue();
        assertThat(monitoring.getPrintSetup().getLandscape()).isTrue();
        assertThat(monitoring.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(monitoring.getRepeatingRows().formatAsString()).isEqualTo("4:4");
        assertThat(opened.sheet("GM0406 Huizen").getRepeatingRows()).isNotNull();
        assertThat(opened.workbook().getName("Samenvatting_Organisaties")).isNotNull();
        assertThat(opened.workbook().getName("Begroting_VerwachteBesparing").getRefersToFormula())
                .startsWith("Begroting!$A$");
        assertThat(opened.sheet("Samenvatting").getColumnWidth(2)).isGreaterThan(10 * 256);
        Cell money = opened.row("Samenvatting", 1, "GM0406", 3, 2023).getCell(5);
        assertThat(money.getCellStyle().getDataFormatString()).contains("#,##0").contains("[Red]");
    }

    /** The series title as Excel caches it next to its cell reference. */
    private static double cellNumber(Cell cell) {
        return cell == null || cell.getCellType() != CellType.NUMERIC ? Double.NaN : cell.getNumericCellValue();
    }

    private static String seriesTitle(XDDFChartData.Series series) {
        var tx = ((XDDFBarChartData.Series) series).getCTBarSer().getTx();
        return tx.getStrRef().getStrCache().getPtArray(0).getV();
    }

    private Row lastMatching(String sheet, int col1, String text1, int col2, int year) {
        Row last = null;
        for (Row row : opened.sheet(sheet)) {
            Cell a = row.getCell(col1);
            Cell b = row.getCell(col2);
            if (a != null && a.getCellType() == CellType.STRING && text1.equals(a.getStringCellValue())
                    && b != null && b.getCellType() == CellType.NUMERIC && b.getNumericCellValue() == year) {
                last = row;
            }
        }
        return last;
    }

    private JsonNode total(String level, String organisation, String municipality, int year) {
        for (JsonNode t : summary.get("totals")) {
            if (level.equals(t.get("level").asString()) && t.get("year").asInt() == year
                    && (organisation == null || organisation.equals(t.get("organisation").asString()))
                    && (municipality == null || municipality.equals(t.get("municipality").asString()))
                    && (!level.equals("organisation_year") || t.get("domain").isNull())) {
                return t;
            }
        }
        throw new AssertionError("no " + level + " total for " + organisation + "/" + municipality + "/" + year);
    }

    private static double number(JsonNode total, String field) {
        return total.get(field).asDouble();
    }
}
