package nl.besparingsmonitor.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import nl.besparingsmonitor.calculation.Total;
import nl.besparingsmonitor.domain.Organisation;
import nl.besparingsmonitor.report.ReportStyles.Style;

/**
 * Sheet {@value ReportLayout#GRAFIEKEN}: two native Excel bar charts (POI's XDDF chart API) over
 * small data tables on the same sheet, so that a controller can see and change what is plotted:
 * planned versus realised and expected net savings per year, and target coverage per organisation.
 * Realised and expected figures cover only the measures that have them, so the year table also gives
 * the plan of just those measures: the like-for-like bar beside them.
 *
 * <p>Charts need the XSSF object model, so this sheet is written before the workbook is wrapped
 * for streaming; SXSSF then copies it as it is.
 */
final class ChartsSheet {

    static final String YEAR_CHART_TITLE = "Netto besparing per jaar: gepland, gerealiseerd en verwacht";
    static final String COVERAGE_CHART_TITLE = "Dekking van de taakstelling per organisatie, alle jaren samen";
    private static final int CHART_COL = 6;
    private static final int CHART_WIDTH = 12;
    private static final int CHART_HEIGHT = 20;
    /** Planned dark blue, planned of the measures with a realisation or forecast light blue, realised green, expected orange. */
    private static final int[] SERIES_COLOURS = {0x2F5597, 0x9DC3E6, 0x70AD47, 0xED7D31};

    private ChartsSheet() {
    }

    static void write(XSSFSheet sheet, ReportModel model, ReportStyles styles) {
        SheetWriter w = new SheetWriter(sheet, styles, ReportLayout.FIRST_DATA_ROW);
        w.measureHeaders(ReportLayout.CHART_YEAR_COLUMNS);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();

        int first = w.nextRow();
        for (int year : model.years()) {
            Total t = model.yearTotal(year);
            Row row = w.row();
            // text, so that the chart takes the years as categories rather than as a series to plot
            w.label(row, 0, String.valueOf(year), Style.YEAR);
            if (t != null) {
                w.money(row, 1, t.plannedNet(), false);
                // realised and expected exist only for some measures: beside them the plan of those measures
                w.money(row, 2, model.plannedMonitored(year), false);
                w.money(row, 3, t.realisedNet(), false);
                w.money(row, 4, t.expectedNet(), false);
            }
        }
        int last = w.nextRow() - 1;
        if (last >= first) {
            yearChart(sheet, drawing, first, last);
        } else {
            w.label(w.row(), 0, "Geen cijfers om te tonen.", Style.SUBTITLE);
        }

        int coverageStart = Math.max(w.nextRow() + 1, ReportLayout.HEADER_ROW + CHART_HEIGHT + 2);
        while (w.nextRow() < coverageStart) {
            w.skip();
        }
        w.header(ReportLayout.CHART_COVERAGE_COLUMNS);
        int covFirst = w.nextRow();
        for (Organisation o : model.organisations()) {
            Total t = model.organisationTotal(o.code());
            if (t != null && t.coveragePct() != null) {
                Row row = w.row();
                w.inert(row, 0, o.name() == null ? o.code() : o.name());
                w.percent(row, 1, t.coveragePct(), false);
            }
        }
        int covLast = w.nextRow() - 1;
        if (covLast >= covFirst) {
            coverageChart(sheet, drawing, covFirst - 1, covFirst, covLast);
        } else {
            w.label(w.row(), 0, "Geen organisaties met een taakstelling.", Style.SUBTITLE);
        }
        w.fitColumns(ReportLayout.CHART_YEAR_COLUMNS.size());
        PageSetup.printOnly(sheet);
    }

    private static void yearChart(XSSFSheet sheet, XSSFDrawing drawing, int first, int last) {
        XSSFChart chart = chart(drawing, ReportLayout.HEADER_ROW, CHART_HEIGHT, YEAR_CHART_TITLE);
        XDDFBarChartData data = eurosPerYear(chart);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        for (int col = 1; col < ReportLayout.CHART_YEAR_COLUMNS.size(); col++) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, last, col, col));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
            series.setTitle(ReportLayout.CHART_YEAR_COLUMNS.get(col),
                    new CellReference(sheet.getSheetName(), ReportLayout.HEADER_ROW, col, true, true));
            fill(series, SERIES_COLOURS[col - 1]);
        }
        chart.plot(data);
    }

    /** Clustered columns of euros per year, the years along the bottom: to add series to and plot. */
    static XDDFBarChartData eurosPerYear(XSSFChart chart) {
        XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
        years.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis euros = chart.createValueAxis(AxisPosition.LEFT);
        euros.setCrosses(AxisCrosses.AUTO_ZERO);
        euros.setNumberFormat("#,##0");
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, years, euros);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        return data;
    }

    private static void coverageChart(XSSFSheet sheet, XSSFDrawing drawing, int header, int first, int last) {
        // One row of height per organisation keeps the bars readable for hundreds of organisations.
        XSSFChart chart = chart(drawing, header, Math.max(CHART_HEIGHT, last - first + 5), COVERAGE_CHART_TITLE);
        XDDFCategoryAxis organisations = chart.createCategoryAxis(AxisPosition.LEFT);
        organisations.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis coverage = chart.createValueAxis(AxisPosition.BOTTOM);
        coverage.setCrosses(AxisCrosses.AUTO_ZERO);
        coverage.setNumberFormat("0%");
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, organisations, coverage);
        data.setBarDirection(BarDirection.BAR);
        XDDFDataSource<String> names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, 1, 1));
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(names, values);
        series.setTitle(ReportLayout.CHART_COVERAGE_COLUMNS.get(1),
                new CellReference(sheet.getSheetName(), header, 1, true, true));
        fill(series, SERIES_COLOURS[0]);
        chart.plot(data);
    }

    /**
     * An explicit fill per series: Excel would pick theme colours itself, but LibreOffice draws
     * series without a fill as invisible bars.
     */
    static void fill(XDDFChartData.Series series, int rgb) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(
                new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb})));
        series.setShapeProperties(shape);
    }

    private static XSSFChart chart(XSSFDrawing drawing, int row, int height, String title) {
        return chart(drawing, CHART_COL, row, CHART_WIDTH, height, title);
    }

    /** An empty chart with its title and a legend below it, over {@code width} columns and {@code height} rows. */
    static XSSFChart chart(XSSFDrawing drawing, int col, int row, int width, int height, String title) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col, row, col + width, row + height);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        return chart;
    }
}
