package nl.besparingsmonitor.report;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The chart under a municipality's 'Taakstelling en dekking' block: its target beside its planned net
 * saving (own measures and share of regional ones) per year, so that a shortfall shows at a glance.
 *
 * <p>The sheet is filled by streaming, so the chart cannot read its figures back from the cells: it
 * is given them, and refers to the cells they were written to, so that Excel and LibreOffice redraw it
 * from the sheet when a figure there is changed.
 */
final class TargetChart {

    static final String TITLE = "Taakstelling en gepland netto per jaar";
    private static final int TARGET_COLOUR = 0xA5A5A5;
    private static final int PLANNED_COLOUR = 0x2F5597;
    private static final int HEIGHT = 20;

    /** One row of the block: its label (in {@code labelCol}) and its figure per year, null where there is none. */
    record Series(int row, String label, Double[] euros) {
    }

    private TargetChart() {
    }

    /**
     * @param sheet the XSSF sheet behind the streamed one
     * @param years the categories, as in the header row {@code headerRow} from {@code firstYearCol} on
     * @param top the row the chart starts at; it spans the columns from {@code labelCol} to the first year's
     *            (the measure's name and data: wide enough, where the year columns can be many or few)
     */
    static void draw(XSSFSheet sheet, int headerRow, int labelCol, int firstYearCol, List<Integer> years, int top,
                     Series target, Series planned) {
        if (years.isEmpty()) {
            return;
        }
        int lastYearCol = firstYearCol + years.size() - 1;
        XSSFChart chart = ChartsSheet.chart(sheet.createDrawingPatriarch(), labelCol, top, firstYearCol - labelCol,
                HEIGHT, TITLE);
        XDDFBarChartData data = ChartsSheet.eurosPerYear(chart);
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
                years.stream().map(String::valueOf).toArray(String[]::new),
                range(sheet, headerRow, firstYearCol, lastYearCol));
        for (Series s : List.of(target, planned)) {
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories,
                    XDDFDataSourcesFactory.fromArray(s.euros(), range(sheet, s.row(), firstYearCol, lastYearCol)));
            series.setTitle(s.label(), new CellReference(sheet.getSheetName(), s.row(), labelCol, true, true));
            ChartsSheet.fill(series, s == target ? TARGET_COLOUR : PLANNED_COLOUR);
        }
        chart.plot(data);
    }

    private static String range(XSSFSheet sheet, int row, int firstCol, int lastCol) {
        return new CellRangeAddress(row, row, firstCol, lastCol).formatAsString(sheet.getSheetName(), true);
    }
}
