package nl.besparingsmonitor.report;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import nl.besparingsmonitor.changes.Change;
import nl.besparingsmonitor.changes.ChangeType;
import nl.besparingsmonitor.changes.DeliveryComparison;
import nl.besparingsmonitor.report.ReportStyles.Style;

/**
 * Sheet {@value ReportLayout#WIJZIGINGEN}: per organisation and workbook kind, what changed between
 * its previous and its current delivery: the two Peildatums, new and removed measures, status
 * changes, and per measure (or target domain, budget post), kind and year the old and new amount and
 * the difference; for a distribution key each municipality's old and new share. One flat table, so that a controller can filter it; within an organisation the
 * largest change comes first, in the same order as {@code changes} in {@code run-summary.json}.
 */
final class ChangesSheet {

    static final String NO_PREVIOUS = "Geen eerdere aanlevering om mee te vergelijken: van geen enkele organisatie "
            + "is al een oudere versie van hetzelfde soort bestand geladen.";
    static final String NO_DIFFERENCES = "geen verschillen";
    static final String SHARE_CHANGED = "aandeel gewijzigd";

    private static final int CHANGE = 5;
    private static final int OLD = 12;
    private static final int NEW = 13;
    private static final int DIFFERENCE = 14;
    private static final int MARKER = 15;

    private ChangesSheet() {
    }

    static void write(SheetWriter w, ReportModel model, Workbook wb) {
        w.measureHeaders(ReportLayout.CHANGE_COLUMNS);
        int lastCol = ReportLayout.CHANGE_COLUMNS.size() - 1;
        List<DeliveryComparison> comparisons = model.context().changes();
        for (DeliveryComparison comparison : comparisons) {
            if (comparison.changes().isEmpty()) {
                // The versions were compared all the same; saying so is news to a controller too.
                w.label(versions(w, comparison), CHANGE, NO_DIFFERENCES, Style.TEXT);
            }
            for (Change c : comparison.changes()) {
                change(w, versions(w, comparison), c);
            }
        }
        int last = w.nextRow() - 1;
        w.autoFilter(ReportLayout.HEADER_ROW, last, lastCol);
        DefinedNames.define(wb, "Wijzigingen_Tabel", w.sheet(), ReportLayout.HEADER_ROW, last, lastCol);
        if (comparisons.isEmpty()) {
            w.label(w.row(), 0, NO_PREVIOUS, Style.SUBTITLE);
        }
        w.fitColumns(lastCol + 1);
    }

    /** A new row with the organisation and the two versions compared. */
    private static Row versions(SheetWriter w, DeliveryComparison c) {
        Row row = w.row();
        w.inert(row, 0, c.organisationCode());
        w.inert(row, 1, c.organisationName());
        w.label(row, 2, c.kind().label(), Style.TEXT);
        w.date(row, 3, c.oldPeildatum());
        w.date(row, 4, c.newPeildatum());
        return row;
    }

    private static void change(SheetWriter w, Row row, Change c) {
        w.label(row, CHANGE, c.share() && c.change() == ChangeType.AMOUNT ? SHARE_CHANGED : c.change().label(), Style.TEXT);
        w.label(row, 6, c.kind(), Style.TEXT);
        w.inert(row, 7, c.subject());
        w.inert(row, 8, c.subjectName());
        w.year(row, 9, c.year());
        if (c.oldStatus() != null) {
            w.label(row, 10, c.oldStatus(), Style.TEXT);
        }
        if (c.newStatus() != null) {
            w.label(row, 11, c.newStatus(), Style.TEXT);
        }
        if (c.share()) {
            // a share as the percentage it is, not as euros
            w.percent(row, OLD, c.oldAmount(), false);
            w.percent(row, NEW, c.newAmount(), false);
        } else {
            w.number(row, OLD, c.oldAmount(), w.styles().euro(false, c.incomplete()));
            w.number(row, NEW, c.newAmount(), w.styles().euro(false, c.incomplete()));
        }
        BigDecimal difference = c.difference();
        if (difference != null) {
            // New minus old as a formula: a missing amount is an empty cell, which Excel counts as nothing.
            int r = row.getRowNum();
            w.formula(row, DIFFERENCE, SheetWriter.cell(NEW, r) + "-" + SheetWriter.cell(OLD, r),
                    c.share() ? SheetWriter.fraction(difference) : SheetWriter.cents(difference),
                    c.share() ? w.styles().get(Style.PERCENT) : w.styles().euro(false, c.incomplete()));
        }
        w.marker(row, MARKER, c.incomplete());
    }
}
