package nl.besparingsmonitor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import nl.besparingsmonitor.calculation.MeasureYearFigure;
import nl.besparingsmonitor.calculation.OrganisationFacts;
import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.report.ReportStyles.Style;

/**
 * Sheet {@value ReportLayout#MAATREGELEN}: every measure with its metadata and its planned saving,
 * cost and net per year (summed over the municipalities a regional measure is split over). Adopted
 * measures come first, with totals per year; measures that do not count (proposed, rejected,
 * withdrawn) follow in a separate block without totals.
 */
final class MeasuresSheet {

    private static final int YEAR = 11;
    private static final int SAVING = 12;
    private static final int COST = 13;
    private static final int NET = 14;
    private static final int MARKER = 15;

    private record YearFigures(Amount saving, Amount cost, Amount net) {
        YearFigures plus(YearFigures o) {
            return new YearFigures(saving.plus(o.saving), cost.plus(o.cost), net.plus(o.net));
        }
    }

    private record Listed(String organisation, Measure measure) {
    }

    private final ReportModel model;
    private final Map<String, Map<Integer, YearFigures>> figures = new LinkedHashMap<>();

    MeasuresSheet(ReportModel model) {
        this.model = model;
        for (MeasureYearFigure f : model.result().measureYearFigures()) {
            figures.computeIfAbsent(key(f.organisationCode(), f.measureNumber()), k -> new TreeMap<>())
                    .merge(f.year(), new YearFigures(f.saving(), f.cost(), f.net()), YearFigures::plus);
        }
    }

    void write(SheetWriter w, Workbook wb) {
        w.measureHeaders(ReportLayout.MEASURE_COLUMNS);
        int lastCol = ReportLayout.MEASURE_COLUMNS.size() - 1;
        List<Listed> notCounted = new ArrayList<>();
        int first = w.nextRow();
        Map<Integer, YearFigures> sums = new TreeMap<>();
        for (OrganisationFacts facts : model.context().input().organisations()) {
            for (Measure m : facts.measures()) {
                String org = facts.organisation().code();
                if (m.status() == null || !m.status().counts()) {
                    notCounted.add(new Listed(org, m));
                    continue;
                }
                Map<Integer, YearFigures> years = figures.getOrDefault(key(org, m.number()), Map.of());
                rows(w, org, m, years);
                years.forEach((y, f) -> sums.merge(y, f, YearFigures::plus));
            }
        }
        int last = w.nextRow() - 1;
        for (Map.Entry<Integer, YearFigures> e : sums.entrySet()) {
            total(w, e.getKey(), e.getValue(), first, last);
        }
        w.autoFilter(ReportLayout.HEADER_ROW, last, lastCol);
        DefinedNames.define(wb, "Maatregelen_Aangenomen", w.sheet(), ReportLayout.HEADER_ROW, last, lastCol);

        w.section("Niet meegeteld: voorgestelde, afgewezen en ingetrokken maatregelen");
        Row note = w.row();
        w.label(note, 0, "Deze maatregelen staan in geen enkel totaal, geen dekking van de taakstelling en geen monitoring.",
                Style.SUBTITLE);
        int header = w.nextRow();
        w.header(ReportLayout.MEASURE_COLUMNS);
        for (Listed l : notCounted) {
            Measure m = l.measure();
            rows(w, l.organisation(), m, figures.getOrDefault(key(l.organisation(), m.number()), Map.of()));
        }
        DefinedNames.define(wb, "Maatregelen_NietMeegeteld", w.sheet(), header, w.nextRow() - 1, lastCol);
        w.fitColumns(lastCol + 1);
    }

    /** One row per year; a measure without any figures still gets one row, without a year. */
    private void rows(SheetWriter w, String org, Measure m, Map<Integer, YearFigures> years) {
        if (years.isEmpty()) {
            metadata(w, w.row(), org, m);
            return;
        }
        years.forEach((year, f) -> {
            Row row = w.row();
            metadata(w, row, org, m);
            w.year(row, YEAR, year);
            w.money(row, SAVING, f.saving(), false);
            w.money(row, COST, f.cost(), false);
            w.money(row, NET, f.net(), false);
            w.marker(row, MARKER, f.saving().unknown() || f.cost().unknown());
        });
    }

    private void metadata(SheetWriter w, Row row, String org, Measure m) {
        w.inert(row, 0, org);
        w.inert(row, 1, model.organisationName(org));
        w.inert(row, 2, m.number());
        w.inert(row, 3, m.name());
        w.label(row, 4, m.domain() == null ? "" : m.domain().label(), Style.TEXT);
        w.inert(row, 5, m.category());
        w.label(row, 6, m.status() == null ? "" : m.status().label(), Style.TEXT);
        w.label(row, 7, m.type() == null ? "" : m.type().label(), Style.TEXT);
        w.date(row, 8, m.startDate());
        w.date(row, 9, m.endDate());
        w.inert(row, 10, m.keyName());
    }

    /** Totals per year over the adopted block: SUMIFS on the year column, traceable by a controller. */
    private static void total(SheetWriter w, int year, YearFigures sum, int first, int last) {
        Row row = w.row();
        w.label(row, 0, SummaryTable.TOTAL, Style.TOTAL_LABEL);
        w.label(row, 3, "Totaal aangenomen maatregelen", Style.TOTAL_LABEL);
        w.year(row, YEAR, year);
        String years = "$L$" + (first + 1) + ":$L$" + (last + 1);
        String criterion = "$L" + (row.getRowNum() + 1);
        int[] cols = {SAVING, COST, NET};
        Amount[] cached = {sum.saving(), sum.cost(), sum.net()};
        for (int i = 0; i < cols.length; i++) {
            String f = "SUMIFS(" + SheetWriter.column(cols[i], first, last) + "," + years + "," + criterion + ")";
            w.formula(row, cols[i], f, SheetWriter.cents(cached[i]), w.styles().euro(true, cached[i].unknown()));
        }
        w.marker(row, MARKER, sum.saving().unknown() || sum.cost().unknown());
    }

    private static String key(String org, String number) {
        return org + "\u0000" + number;
    }
}
