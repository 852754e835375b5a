package nl.besparingsmonitor.report;

import static nl.besparingsmonitor.support.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
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
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;

import nl.besparingsmonitor.support.ConsolidationRuns;
import nl.besparingsmonitor.support.TestWorkbook;

/**
 * A regional run through the real job: GR Oost splits measures over four members by inhabitants and
 * by fixed shares, in amounts that do not divide evenly; Groningen also delivers its own measure and
 * target. Every member gets one extract in {@code output/gemeenten}, and re-opened with POI the
 * members' shares of every regional measure add up exactly to the regional total.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:extracts-${random.uuid};hsqldb.tx=mvcc",
        "monitor.mode=test", "monitor.inbox=target/unused", "monitor.output=target/unused"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MunicipalityExtractsFunctionalTests {

    static final LocalDate PEILDATUM = LocalDate.of(2025, 4, 1);
    static final String REGION = "GR-OOST";
    /** A name with a slash is made safe for every file system, with a short hash because it had to change. */
    static final String OLDAMBT = nl.besparingsmonitor.excel.InertText.safeFileName("GM1895 Oldambt/Winschoten") + ".xlsx";
    static final List<String> EXTRACTS = List.of("GM0014 Groningen.xlsx", "GM0037 Stadskanaal.xlsx",
            "GM0796 's-Hertogenbosch.xlsx", OLDAMBT);

    @TempDir
    static Path root;

    Path folder;
    final Map<String, OpenedReport> extracts = new TreeMap<>();
    OpenedReport report;
    JsonNode summary;

    @BeforeAll
    void regionalRun(@Autowired JobOperator operator, @Autowired Job consolidationJob) throws Exception {
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        ConsolidationRuns runs = new ConsolidationRuns(operator, consolidationJob, root);
        folder = Files.createDirectories(runs.output().resolve(MunicipalityExtracts.FOLDER));
        Files.writeString(folder.resolve("GM9999 Opgeheven.xlsx"), "extract of an earlier run");
        Files.writeString(folder.resolve("notities.xlsx"), "not ours");
        TestWorkbook.withInfo("Verdeelsleutels", "GR Oost", REGION, PEILDATUM)
                .sheet("Verdeelsleutels",
                        row("Sleutel", "Gemeente", "Code", "Aandeel", "Inwoners"),
                        row("Inwoners", "Groningen", "GM0014", null, 12_345),
                        row("Inwoners", "Stadskanaal", "GM0037", null, 31_000),
                        row("Inwoners", "'s-Hertogenbosch", "GM0796", null, 27_777),
                        row("Inwoners", "Oldambt/Winschoten", "GM1895", null, 38_101),
                        row("Vast", "Groningen", "GM0014", "33,33%", null),
                        row("Vast", "Stadskanaal", "GM0037", "33,33%", null),
                        row("Vast", "'s-Hertogenbosch", "GM0796", "33,34%", null))
                .sheet("Regio",
                        row("Regio", "Code", "Gemeente", "Gemeentecode"),
                        row("GR Oost", REGION, "Groningen", "GM0014"),
                        row("GR Oost", REGION, "Stadskanaal", "GM0037"),
                        row("GR Oost", REGION, "'s-Hertogenbosch", "GM0796"),
                        row("GR Oost", REGION, "Oldambt/Winschoten", "GM1895"))
                .write(inbox, "GR Oost - Verdeelsleutels.xlsx");
        TestWorkbook.withInfo("Voorstellen", "GR Oost", REGION, PEILDATUM)
                .sheet("Maatregelen",
                        row("Nummer", "Naam", "Domein", "Status", "Verdeelsleutel"),
                        row("1", "Gezamenlijke inkoop", "Wmo", "Aangenomen", "Inwoners"),
                        row("2", "Regionaal loket", "Jeugd", "Aangenomen", "Vast"),
                        row("3", "Onderzoek", "Wmo", "Voorgesteld", "Inwoners"))
                .sheet("Financieel",
                        row("Nummer", "Soort", 2025, 2026),
                        row("1", "Besparing", 100_001, 77_777.77),
                        row("1", "Kosten", 12_345.67, null),
                        row("2", "Besparing", 10_001, 20_002),
                        row("2", "Kosten", 1, null),
                        row("3", "Besparing", 5_000, null))
                .write(inbox, "GR Oost - Voorstellen.xlsx");
        // measure 2 realised: 9.000 for the region (split by its key 'Vast'), 1.000 of it named Stadskanaal's
        TestWorkbook.withInfo("Realisatie", "GR Oost", REGION, PEILDATUM)
                .sheet("Realisatie",
                        row("Nummer", "Soort", "Stand", "Gemeente", 2025),
                        row("2", "Besparing", "Gerealiseerd", null, 9_000),
                        row("2", "Besparing", "Gerealiseerd", "GM0037", 1_000))
                .write(inbox, "GR Oost - Realisatie.xlsx");
        TestWorkbook.withInfo("Voorstellen", "Gemeente Groningen", "GM0014", PEILDATUM)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status"), row("1", "Eigen plan", "Wmo", "Aangenomen"))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 40_000))
                .sheet("Taakstelling", row("Domein", 2025), row("Wmo", 100_000))
                .write(inbox, "GM0014 Groningen - Voorstellen.xlsx");
        assertThat(runs.run(inbox).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        summary = runs.summary();
        report = new OpenedReport(runs.output().resolve("consolidatie-" + PEILDATUM + ".xlsx"));
        for (String name : EXTRACTS) {
            extracts.put(name, new OpenedReport(folder.resolve(name)));
        }
    }

    @AfterAll
    void close() throws IOException {
        for (OpenedReport r : extracts.values()) {
            r.close();
        }
        if (report != null) {
            report.close();
        }
    }

    @Test
    void everyMemberGetsExactlyOneExtractAndStaleOnesAreRemoved() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(Stream.concat(EXTRACTS.stream(), Stream.of("notities.xlsx")).sorted().toList());
        }
        assertThat(extracts.get("GM0037 Stadskanaal.xlsx").sheetNames())
                .containsExactly("GM0037 Stadskanaal", "Maatregelen", "Monitoring", "Over dit rapport");
        assertThat(extracts.get(OLDAMBT).sheetNames().get(0)).isEqualTo("GM1895 Oldambt Winschoten");
    }

    @Test
    void theMembersSharesOfEveryRegionalMeasureAddUpToTheRegionalTotal() {
        int checked = 0;
        for (String measure : List.of("1", "2")) {
            for (int year : List.of(2025, 2026)) {
                double sum = 0;
                for (OpenedReport extract : extracts.values()) {
                    Sheet sheet = extract.workbook().getSheetAt(0);
                    int col = yearColumn(sheet, year);
                    for (Row row : sheet) {
                        if (REGION.equals(text(row, 0)) && measure.equals(text(row, 1))) {
                            sum += row.getCell(col).getNumericCellValue();
                        }
                    }
                }
                double regional = plannedNet(measure, year);
                assertThat(sum).as("measure %s in %d", measure, year).isEqualTo(regional);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(4);
        // Largest remainder: savings of 100,001 and costs of 12,345.67 become 100,001 and 12,346 whole euros.
        assertThat(plannedNet("1", 2025)).isEqualTo(87_655);
        assertThat(plannedNet("2", 2026)).isEqualTo(20_002);
    }

    @Test
    void theSharesOfAMeasureThatDoesNotCountAddUpToo() {
        double sum = 0;
        for (OpenedReport extract : extracts.values()) {
            for (Row row : extract.sheet("Maatregelen")) {
                if (REGION.equals(text(row, 0)) && "3".equals(text(row, 2)) && row.getCell(14) != null) {
                    sum += row.getCell(14).getNumericCellValue();
                }
            }
        }
        Row consolidated = report.row("Maatregelen", 0, REGION, 2, "3", 11, 2025);
        assertThat(sum).isEqualTo(consolidated.getCell(14).getNumericCellValue()).isEqualTo(5_000);
    }

    @Test
    void anExtractShowsTheKeyAndShareUsedForEachRegionalMeasure() {
        OpenedReport stadskanaal = extracts.get("GM0037 Stadskanaal.xlsx");
        Row byInhabitants = stadskanaal.row("GM0037 Stadskanaal", 0, REGION, 1, "1");
        assertThat(byInhabitants.getCell(4).getStringCellValue()).isEqualTo("aandeel GR Oost");
        assertThat(byInhabitants.getCell(5).getStringCellValue()).isEqualTo("Inwoners");
        assertThat(byInhabitants.getCell(6).getNumericCellValue()).isCloseTo(31_000.0 / 109_223, within(1e-12));
        assertThat(byInhabitants.getCell(7).getStringCellValue()).isEqualTo("31.000 van 109.223 inwoners");
        Row fixed = stadskanaal.row("GM0037 Stadskanaal", 0, REGION, 1, "2");
        assertThat(fixed.getCell(5).getStringCellValue()).isEqualTo("Vast");
        assertThat(fixed.getCell(6).getNumericCellValue()).isCloseTo(0.3333, within(1e-12));
        assertThat(fixed.getCell(7).getStringCellValue()).isEqualTo("aandeel 33,33%");
        // Oldambt is not in key Vast: no share of measure 2
        OpenedReport oldambt = extracts.get(OLDAMBT);
        assertThat(oldambt.workbook().getSheetAt(0)).noneMatch(r -> REGION.equals(text(r, 0)) && "2".equals(text(r, 1)));
    }

    @Test
    void anExtractHasTheMunicipalitysOwnMeasuresTargetCoverageAndTheSameFiguresAsTheReport() {
        OpenedReport groningen = extracts.get("GM0014 Groningen.xlsx");
        Sheet sheet = groningen.sheet("GM0014 Groningen");
        int y2025 = yearColumn(sheet, 2025);
        assertThat(groningen.row("GM0014 Groningen", 0, "GM0014", 1, "1").getCell(4).getStringCellValue())
                .isEqualTo("eigen maatregel");
        Row total = groningen.row("GM0014 Groningen", 2, "Totaal gepland netto");
        Row inReport = report.row("GM0014 Groningen", 2, "Totaal gepland netto");
        assertThat(groningen.evaluate(total.getCell(y2025))).isEqualTo(report.evaluate(inReport.getCell(y2025)));
        assertThat(groningen.row("GM0014 Groningen", 2, "Taakstelling").getCell(y2025).getNumericCellValue())
                .isEqualTo(100_000);
        double coverage = groningen.evaluate(groningen.row("GM0014 Groningen", 2, "Dekking %").getCell(y2025));
        assertThat(coverage * 100).isCloseTo(total("municipality_year", "GM0014", 2025).get("coverage").asDouble(),
                within(0.01));
        assertThat(groningen.row("Maatregelen", 0, "GM0014", 2, "1", 11, 2025).getCell(14).getNumericCellValue())
                .isEqualTo(40_000);
        assertThat(groningen.sheet("Monitoring").getRow(ReportLayout.FIRST_DATA_ROW).getCell(0).getStringCellValue())
                .isEqualTo("GM0014");
        // Groningen sets its own target: its extract has the coverage per domain of its own measures, as the report
        assertThat(groningen.sheetNames())
                .containsExactly("GM0014 Groningen", "Taakstelling", "Maatregelen", "Monitoring", "Over dit rapport");
        Row wmo = groningen.row("Taakstelling", 0, "GM0014", 2, "Wmo", 3, 2025);
        assertThat(wmo.getCell(4).getNumericCellValue()).isEqualTo(100_000);
        assertThat(wmo.getCell(5).getNumericCellValue()).isEqualTo(40_000);
        assertThat(groningen.evaluate(wmo.getCell(6))).isEqualTo(60_000);
        assertThat(groningen.text(groningen.sheet("Taakstelling").getRow(0).getCell(0))).isEqualTo("Taakstelling GM0014 Groningen");
        Row wmoInReport = report.row("Taakstelling", 0, "GM0014", 2, "Wmo", 3, 2025);
        assertThat(wmoInReport.getCell(5).getNumericCellValue()).isEqualTo(40_000);
        assertThat(groningen.sheet("Taakstelling").getLastRowNum()).isEqualTo(ReportLayout.FIRST_DATA_ROW);
        for (OpenedReport extract : extracts.values()) {
            extract.assertEveryFormulaEvaluatesToItsStoredFigure();
            assertThat(extract.row("Over dit rapport", 0, "Peildatum rapport").getCell(1).getStringCellValue())
                    .isEqualTo("1-4-2025");
        }
    }

    @Test
    void aMembersPartOfARegionalRealisationIsMonitoredInItsExtractAndItsSummaryRow() {
        // planned net of measure 2 in 2025 by 'Vast': 3.333 / 3.333 / 3.334; realised 9.000 by the same key
        // (3.000 each) plus the 1.000 the region's row names Stadskanaal for
        Row share = extracts.get("GM0037 Stadskanaal.xlsx").row("Monitoring", 0, REGION, 2, "2", 5, 2025);
        assertThat(share.getCell(6).getNumericCellValue()).isEqualTo(3_333);
        assertThat(share.getCell(7).getNumericCellValue()).isEqualTo(4_000);
        assertThat(share.getCell(11).getStringCellValue()).isEqualTo("voor");
        Row bosch = extracts.get("GM0796 's-Hertogenbosch.xlsx").row("Monitoring", 0, REGION, 2, "2", 5, 2025);
        assertThat(bosch.getCell(7).getNumericCellValue()).isEqualTo(3_000);
        assertThat(bosch.getCell(11).getStringCellValue()).isEqualTo("achter");
        assertThat(extracts.get(OLDAMBT).sheet("Monitoring"))
                .as("Oldambt is not in key 'Vast' and measure 1 has no realisation")
                .noneMatch(r -> REGION.equals(text(r, 0)) && "2".equals(text(r, 2)));

        // Stadskanaal's year: realised 4.000 of measure 2, but measure 1 (its share by inhabitants) has none yet
        Row summaryRow = report.row("Samenvatting", 1, "GM0037", 3, 2025);
        assertThat(summaryRow.getCell(6).getNumericCellValue()).isEqualTo(4_000);
        assertThat(summaryRow.getCell(10).getStringCellValue()).isEqualTo("onbekend");
        assertThat(total("municipality_year", "GM0037", 2025).get("realised_net").asDouble()).isEqualTo(4_000);
        OpenedReport stadskanaal = extracts.get("GM0037 Stadskanaal.xlsx");
        int y2025 = yearColumn(stadskanaal.sheet("GM0037 Stadskanaal"), 2025);
        assertThat(stadskanaal.row("GM0037 Stadskanaal", 2, "Gerealiseerd netto (eigen en aandeel regio)").getCell(y2025)
                .getNumericCellValue()).isEqualTo(4_000);
        assertThat(stadskanaal.row("GM0037 Stadskanaal", 2, "Status (eigen en aandeel regio)").getCell(y2025)
                .getStringCellValue()).isEqualTo("onbekend");
        // the region's own monitoring keeps the whole
        assertThat(report.row("Monitoring", 0, REGION, 2, "2", 5, 2025).getCell(7).getNumericCellValue()).isEqualTo(10_000);
    }

    @Test
    void everyExtractChartsItsTargetBesideItsPlanPerYear() {
        // the consolidated report's municipality sheets have none: its charts are on 'Grafieken'
        assertThat(((XSSFSheet) report.sheet("GM0014 Groningen")).getDrawingPatriarch()).isNull();
        for (OpenedReport extract : extracts.values()) {
            XSSFSheet sheet = (XSSFSheet) extract.workbook().getSheetAt(0);
            String name = sheet.getSheetName();
            assertThat(sheet.getDrawingPatriarch()).as(name).isNotNull();
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).as(name).hasSize(1);
            assertThat(charts.get(0).getTitleText().getString()).isEqualTo(TargetChart.TITLE);
            XDDFChartData data = charts.get(0).getChartSeries().get(0);
            assertThat(data.getSeriesCount()).isEqualTo(2);
            int first = yearColumn(sheet, 2025);
            int last = yearColumn(sheet, 2026);
            for (int i = 0; i < 2; i++) {
                // the target, then the plan: each series is the block's row, by reference and by its cached figures
                Row row = rowLabelled(sheet, i == 0 ? "Taakstelling" : "Gepland netto (eigen en aandeel regio)");
                XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.getSeries(i);
                assertThat(series.getCTBarSer().getTx().getStrRef().getStrCache().getPtArray(0).getV())
                        .isEqualTo(text(row, 2));
                // as Excel reads it, also for a name with an apostrophe ('s-Hertogenbosch)
                AreaReference area = new AreaReference(series.getValuesData().getDataRangeReference(),
                        SpreadsheetVersion.EXCEL2007);
                assertThat(area.getFirstCell().getSheetName()).isEqualTo(name);
                assertThat(List.of(area.getFirstCell().getRow(), area.getFirstCell().getCol(), area.getLastCell().getRow(),
                        area.getLastCell().getCol())).containsExactly(row.getRowNum(), (short) first, row.getRowNum(), (short) last);
                Map<Long, Double> inCells = new TreeMap<>();
                for (int col = first; col <= last; col++) {
                    Cell c = row.getCell(col);
                    if (c != null) {
                        inCells.put((long) (col - first), c.getNumericCellValue());
                    }
                }
                Map<Long, Double> charted = new TreeMap<>();
                series.getCTBarSer().getVal().getNumRef().getNumCache().getPtList()
                        .forEach(pt -> charted.put(pt.getIdx(), Double.valueOf(pt.getV())));
                assertThat(charted).as(name + " " + text(row, 2)).isEqualTo(inCells);
            }
        }
        // Groningen's target of 2025 is charted, 2026 has none: no bar rather than a bar of 0
        var groningen = (XSSFSheet) extracts.get("GM0014 Groningen.xlsx").workbook().getSheetAt(0);
        var target = (XDDFBarChartData.Series) groningen.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeries(0);
        assertThat(target.getCTBarSer().getVal().getNumRef().getNumCache().getPtList())
                .singleElement().satisfies(pt -> assertThat(Double.valueOf(pt.getV())).isEqualTo(100_000.0));
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (label.equals(text(row, 2))) {
                return row;
            }
        }
        throw new AssertionError("no row '" + label + "' on " + sheet.getSheetName());
    }

    @Test
    void anExtractNamesOnlyTheFilesItRestsOn() {
        List<String> texts = new ArrayList<>();
        extracts.get("GM0037 Stadskanaal.xlsx").sheet("Over dit rapport").forEach(r -> texts.add(text(r, 0)));
        assertThat(texts).contains("GR Oost - Voorstellen.xlsx", "GR Oost - Verdeelsleutels.xlsx")
                .doesNotContain("GM0014 Groningen - Voorstellen.xlsx");
        List<String> groningen = new ArrayList<>();
        extracts.get("GM0014 Groningen.xlsx").sheet("Over dit rapport").forEach(r -> groningen.add(text(r, 0)));
        assertThat(groningen).contains("GM0014 Groningen - Voorstellen.xlsx", "GR Oost - Voorstellen.xlsx");
    }

    private double plannedNet(String measure, int year) {
        for (JsonNode t : summary.get("totals")) {
            if ("organisation_measure_year".equals(t.get("level").asString()) && REGION.equals(t.get("organisation").asString())
                    && measure.equals(t.get("measure").asString()) && t.get("year").asInt() == year) {
                return t.get("planned_net").asDouble();
            }
        }
        throw new AssertionError("no total for measure " + measure + " in " + year);
    }

    private JsonNode total(String level, String municipality, int year) {
        for (JsonNode t : summary.get("totals")) {
            if (level.equals(t.get("level").asString()) && municipality.equals(t.get("municipality").asString())
                    && t.get("year").asInt() == year) {
                return t;
            }
        }
        throw new AssertionError("no " + level + " total for " + municipality);
    }

    /** The column of a year on a municipality sheet, found by its header. */
    private static int yearColumn(Sheet sheet, int year) {
        for (Cell c : sheet.getRow(ReportLayout.HEADER_ROW)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(String.valueOf(year))) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column for " + year + " on " + sheet.getSheetName());
    }

    private static String text(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }
}
