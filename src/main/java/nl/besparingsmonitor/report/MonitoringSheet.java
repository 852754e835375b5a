package nl.besparingsmonitor.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import nl.besparingsmonitor.calculation.MonitoringFigure;
import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.report.ReportStyles.Style;

/** Sheet {@value ReportLayout#MONITORING}: planned versus realised and expected per measure and year (rule 7). */
final class MonitoringSheet {

    private MonitoringSheet() {
    }

    static void write(SheetWriter w, ReportModel model, Workbook wb) {
        w.measureHeaders(ReportLayout.MONITORING_COLUMNS);
        int first = w.nextRow();
        for (MonitoringFigure m : model.result().monitoring()) {
            Row row = w.row();
            w.inert(row, 0, m.organisationCode());
            w.inert(row, 1, model.organisationName(m.organisationCode()));
            w.inert(row, 2, m.measureNumber());
            w.inert(row, 3, m.measureName());
            w.label(row, 4, m.domain() == null ? "" : m.domain().label(), Style.TEXT);
            w.year(row, 5, m.year());
            w.money(row, 6, m.planned(), false);
            w.money(row, 7, m.realised(), false);
            w.money(row, 8, m.expected(), false);
            w.number(row, 9, m.variance(), w.styles().get(Style.EURO));
            w.percent(row, 10, m.variancePct(), false);
            w.status(row, 11, m.status());
            w.marker(row, 12, unknown(m.planned()) || unknown(m.realised()) || unknown(m.expected()));
        }
        int last = w.nextRow() - 1;
        int lastCol = ReportLayout.MONITORING_COLUMNS.size() - 1;
        w.autoFilter(ReportLayout.HEADER_ROW, last, lastCol);
        DefinedNames.define(wb, "Monitoring_Tabel", w.sheet(), ReportLayout.HEADER_ROW, last, lastCol);
        StatusFormatting.apply(w.sheet(), 11, first, last);
        w.fitColumns(lastCol + 1);
    }

    private static boolean unknown(Amount a) {
        return a != null && a.unknown();
    }
}
