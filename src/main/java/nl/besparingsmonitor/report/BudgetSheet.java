package nl.besparingsmonitor.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

import nl.besparingsmonitor.calculation.BudgetSaldo;
import nl.besparingsmonitor.calculation.ExpectedTotalSaving;
import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.report.ReportStyles.Style;

/**
 * Sheet {@value ReportLayout#BEGROTING}: budget versus (expected) realisation per budget line and
 * year with its saldo, then per organisation and year the total expected saving of domain rule 8:
 * budgets already include the target, so what is really saved is the sum of the saldi plus the target.
 */
final class BudgetSheet {

    private static final int CODE = 0;
    private static final int YEAR = 4;
    private static final int BUDGET = 5;
    private static final int REALISATION = 6;
    private static final int SALDO_TOTAL = 5;
    private static final int TARGET = 6;
    private static final int SALDO = 8;
    private static final int EXPECTED_TOTAL = 8;
    private static final int MARKER = 9;
    static final String UNKNOWN_TARGET = "Zonder geladen Voorstellen is de taakstelling onbekend: die cel blijft leeg en "
            + "de verwachte besparing is onvolledig.";
    static final String NO_BUDGET = "Geen begrotingsgegevens: geen geladen Realisatie-bestand heeft een blad Begroting.";

    private BudgetSheet() {
    }

    static void write(SheetWriter w, ReportModel model, Workbook wb) {
        w.measureHeaders(ReportLayout.BUDGET_COLUMNS);
        int lastCol = ReportLayout.BUDGET_COLUMNS.size() - 1;
        int first = w.nextRow();
        for (BudgetSaldo b : model.result().budgetSaldi()) {
            line(w, model, b);
        }
        int last = w.nextRow() - 1;
        w.autoFilter(ReportLayout.HEADER_ROW, last, lastCol);
        DefinedNames.define(wb, "Begroting_Saldi", w.sheet(), ReportLayout.HEADER_ROW, last, lastCol);
        if (model.result().budgetSaldi().isEmpty()) {
            // below the named range: an empty table would look as if the sheet was left unfinished
            w.label(w.row(), 0, NO_BUDGET, Style.SUBTITLE);
        }

        w.section("Verwachte totale besparing: som van de saldi plus de taakstelling (die al in de begroting is verwerkt)");
        if (model.result().expectedTotalSavings().stream().anyMatch(e -> e.target() == null)) {
            w.label(w.row(), 0, UNKNOWN_TARGET, Style.SUBTITLE);
        }
        int header = w.nextRow();
        w.header(ReportLayout.EXPECTED_SAVING_COLUMNS);
        for (ExpectedTotalSaving e : model.result().expectedTotalSavings()) {
            expected(w, model, e, first, last);
        }
        DefinedNames.define(wb, "Begroting_VerwachteBesparing", w.sheet(), header, w.nextRow() - 1, lastCol);
        w.fitColumns(lastCol + 1);
    }

    private static void line(SheetWriter w, ReportModel model, BudgetSaldo b) {
        Row row = w.row();
        w.inert(row, CODE, b.organisationCode());
        w.inert(row, 1, model.organisationName(b.organisationCode()));
        w.inert(row, 2, b.post());
        w.label(row, 3, b.domain() == null ? "" : b.domain().label(), Style.TEXT);
        w.year(row, YEAR, b.year());
        w.money(row, BUDGET, b.budget(), false);
        w.money(row, REALISATION, b.realisationOrForecast(), false);
        if (b.realisationOrForecast() != null) {
            w.label(row, 7, b.forecast() ? "Prognose" : "Realisatie", Style.TEXT);
        }
        if (b.saldo() != null && b.budget() != null) {
            int r = row.getRowNum();
            w.formula(row, SALDO, SheetWriter.cell(BUDGET, r) + "-" + SheetWriter.cell(REALISATION, r),
                    SheetWriter.cents(b.saldo()), w.styles().euro(false, b.saldo().unknown()));
        } else {
            w.money(row, SALDO, b.saldo(), false);
        }
        w.marker(row, MARKER, b.saldo() == null || b.saldo().unknown() || unknown(b.budget()));
    }

    private static void expected(SheetWriter w, ReportModel model, ExpectedTotalSaving e, int first, int last) {
        Row row = w.row();
        int r = row.getRowNum();
        w.inert(row, CODE, e.organisationCode());
        w.inert(row, 1, model.organisationName(e.organisationCode()));
        w.year(row, YEAR, e.year());
        String f = "SUMIFS(" + SheetWriter.column(SALDO, first, last) + ",$A$" + (first + 1) + ":$A$" + (last + 1)
                + ",$A" + (r + 1) + ",$E$" + (first + 1) + ":$E$" + (last + 1) + ",$E" + (r + 1) + ")";
        w.formula(row, SALDO_TOTAL, f, SheetWriter.cents(e.saldoTotal()), w.styles().euro(true, e.saldoTotal().unknown()));
        w.money(row, TARGET, e.target(), true);
        w.formula(row, EXPECTED_TOTAL, SheetWriter.cell(SALDO_TOTAL, r) + "+" + SheetWriter.cell(TARGET, r),
                SheetWriter.cents(e.expectedTotal()), w.styles().euro(true, e.expectedTotal().unknown()));
        w.marker(row, MARKER, e.expectedTotal().unknown());
    }

    private static boolean unknown(Amount a) {
        return a != null && a.unknown();
    }
}
