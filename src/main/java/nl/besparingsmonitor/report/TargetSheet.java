package nl.besparingsmonitor.report;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import nl.besparingsmonitor.calculation.TargetCoverage;
import nl.besparingsmonitor.report.ReportStyles.Style;

/**
 * Sheet {@value ReportLayout#TAAKSTELLING}: domain rule 6 as the council sets it, per organisation,
 * domain and year: the target beside the planned net savings of the organisation's own adopted
 * measures in that domain, the gap and the coverage. The Samenvatting adds the domains up per year,
 * where a domain planned beyond its target hides one that falls short: in the sample, Noordoostpolder's
 * 2024 coverage of 36% is Jeugd 133% and Toegang 100% beside Voorveld and Wmo below zero.
 */
final class TargetSheet {

    private static final int CODE = 0;
    private static final int YEAR = 3;
    private static final int TARGET = 4;
    private static final int PLANNED = 5;
    private static final int GAP = 6;
    private static final int COVERAGE = 7;
    private static final int MARKER = 8;
    static final String NO_TARGETS = "Geen taakstellingen: geen geladen Voorstellen-bestand heeft een blad Taakstelling.";

    private TargetSheet() {
    }

    static void write(SheetWriter w, ReportModel model, Workbook wb) {
        w.measureHeaders(ReportLayout.TARGET_COLUMNS);
        int lastCol = ReportLayout.TARGET_COLUMNS.size() - 1;
        List<TargetCoverage> coverages = model.result().targetCoverages().stream()
                .sorted(Comparator.comparing(TargetCoverage::organisationCode)).toList();
        for (TargetCoverage t : coverages) {
            line(w, model, t);
        }
        int last = w.nextRow() - 1;
        w.autoFilter(ReportLayout.HEADER_ROW, last, lastCol);
        DefinedNames.define(wb, "Taakstelling_Dekking", w.sheet(), ReportLayout.HEADER_ROW, last, lastCol);
        if (coverages.isEmpty()) {
            w.label(w.row(), 0, NO_TARGETS, Style.SUBTITLE);
        }
        w.fitColumns(lastCol + 1);
    }

    private static void line(SheetWriter w, ReportModel model, TargetCoverage t) {
        Row row = w.row();
        int r = row.getRowNum();
        w.inert(row, CODE, t.organisationCode());
        w.inert(row, 1, model.organisationName(t.organisationCode()));
        w.label(row, 2, t.domain().label(), Style.TEXT);
        w.year(row, YEAR, t.year());
        w.money(row, TARGET, t.target(), false);
        w.money(row, PLANNED, t.planned(), false);
        String target = SheetWriter.cell(TARGET, r);
        String planned = SheetWriter.cell(PLANNED, r);
        w.formula(row, GAP, target + "-" + planned, SheetWriter.cents(t.gap()), w.styles().gap(false, t.gap().unknown()));
        w.formula(row, COVERAGE, "IF(" + target + "=0,\"\"," + planned + "/" + target + ")",
                t.coveragePct() == null ? null : SheetWriter.fraction(t.coveragePct()), w.styles().get(Style.PERCENT));
        w.marker(row, MARKER, t.target().unknown() || t.planned().unknown());
    }
}
