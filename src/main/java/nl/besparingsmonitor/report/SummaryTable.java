package nl.besparingsmonitor.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

import nl.besparingsmonitor.calculation.RoundingPolicy;
import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.report.ReportStyles.Style;

/**
 * A summary table grouped by region: detail rows per member and year, a total row per region and
 * year, and an overall total per year. Totals are formulas (SUMIFS over the region's rows, the
 * overall total the sum of the region totals) so that a controller can trace them; their cached
 * values are the calculated figures. A total's gap is the sum of its rows' gaps, so only rows with a
 * target take part in its gap and coverage. A total's status compares its rows' summed variance with
 * their summed plan.
 */
final class SummaryTable {

    record Member(String code, String name, List<SummaryLine> lines) {
    }

    record Group(String name, List<Member> members) {
    }

    /** Rows written: first detail row and last row (inclusive); last &lt; first when empty. */
    record Range(int first, int last) {
    }

    private static final int REGION = 0;
    private static final int CODE = 1;
    private static final int NAME = 2;
    private static final int YEAR = 3;
    private static final int TARGET = 4;
    private static final int PLANNED = 5;
    private static final int REALISED = 6;
    private static final int EXPECTED = 7;
    private static final int GAP = 8;
    private static final int COVERAGE = 9;
    private static final int STATUS = 10;
    private static final int MARKER = 11;
    static final String TOTAL = "Totaal";

    private final SheetWriter w;
    private final BigDecimal tolerance;

    /** @param tolerance of the monitoring status (domain rule 7), for the status of a total */
    SummaryTable(SheetWriter w, BigDecimal tolerance) {
        this.w = w;
        this.tolerance = tolerance;
    }

    /**
     * @param overall the calculated overall figure of a year, or null to use the sum of the groups
     */
    Range write(List<Group> groups, String overallLabel, IntFunction<SummaryLine> overall) {
        int first = w.nextRow();
        Map<Integer, List<Integer>> groupTotalRows = new TreeMap<>();
        Map<Integer, SummaryLine> groupSums = new TreeMap<>();
        for (Group g : groups) {
            int start = w.nextRow();
            Map<Integer, SummaryLine> sums = new TreeMap<>();
            for (Member m : g.members()) {
                for (SummaryLine line : m.lines()) {
                    detail(g.name(), m, line);
                    sums.merge(line.year(), line, (a, b) -> a.plus(b, tolerance));
                }
            }
            int end = w.nextRow() - 1;
            for (SummaryLine sum : sums.values()) {
                int row = w.nextRow();
                total("Totaal " + g.name(), sum, start, end);
                groupTotalRows.computeIfAbsent(sum.year(), y -> new ArrayList<>()).add(row);
                groupSums.merge(sum.year(), sum, (a, b) -> a.plus(b, tolerance));
            }
        }
        for (Map.Entry<Integer, List<Integer>> e : groupTotalRows.entrySet()) {
            SummaryLine calculated = overall == null ? null : overall.apply(e.getKey());
            overallTotal(overallLabel, calculated != null ? calculated : groupSums.get(e.getKey()), e.getValue());
        }
        return new Range(first, w.nextRow() - 1);
    }

    private void detail(String group, Member m, SummaryLine line) {
        Row row = w.row();
        w.inert(row, REGION, group);
        w.inert(row, CODE, m.code());
        w.inert(row, NAME, m.name());
        w.year(row, YEAR, line.year());
        w.money(row, TARGET, line.target(), false);
        w.money(row, PLANNED, line.planned(), false);
        w.money(row, REALISED, line.realised(), false);
        w.money(row, EXPECTED, line.expected(), false);
        w.gap(row, GAP, line.gap());
        w.percent(row, COVERAGE, line.coveragePct(), false);
        w.status(row, STATUS, line.status());
        w.marker(row, MARKER, line.incomplete());
    }

    private void total(String label, SummaryLine sum, int start, int end) {
        Row row = w.row();
        int r = row.getRowNum();
        labels(row, label, sum.year());
        String years = "$D$" + (start + 1) + ":$D$" + (end + 1);
        String criterion = "$D" + (r + 1);
        sumIfs(row, TARGET, sum.target(), start, end, years, criterion);
        sumIfs(row, PLANNED, sum.planned(), start, end, years, criterion);
        sumIfs(row, REALISED, sum.realised(), start, end, years, criterion);
        sumIfs(row, EXPECTED, sum.expected(), start, end, years, criterion);
        if (sum.target() != null) {
            sumIfs(row, GAP, sum.gap(), start, end, years, criterion);
            coverage(row, sum);
        }
        w.status(row, STATUS, sum.status());
        w.marker(row, MARKER, sum.incomplete());
    }

    private void overallTotal(String label, SummaryLine figure, List<Integer> groupRows) {
        Row row = w.row();
        labels(row, label, figure.year());
        sumOf(row, TARGET, figure.target(), groupRows);
        sumOf(row, PLANNED, figure.planned(), groupRows);
        sumOf(row, REALISED, figure.realised(), groupRows);
        sumOf(row, EXPECTED, figure.expected(), groupRows);
        if (figure.target() != null) {
            sumOf(row, GAP, figure.gap(), groupRows);
            coverage(row, figure);
        }
        w.status(row, STATUS, figure.status());
        w.marker(row, MARKER, figure.incomplete());
    }

    private void labels(Row row, String label, int year) {
        w.label(row, REGION, TOTAL, Style.TOTAL_LABEL);
        w.label(row, CODE, "", Style.TOTAL_LABEL);
        w.inert(row, NAME, label).setCellStyle(w.styles().get(Style.TOTAL_LABEL));
        w.year(row, YEAR, year);
    }

    private void sumIfs(Row row, int col, Amount cached, int start, int end, String years, String criterion) {
        if (cached != null) {
            String f = "SUMIFS(" + SheetWriter.column(col, start, end) + "," + years + "," + criterion + ")";
            w.formula(row, col, f, SheetWriter.cents(cached), totalStyle(col, cached));
        }
    }

    private void sumOf(Row row, int col, Amount cached, List<Integer> rows) {
        if (cached != null) {
            StringBuilder f = new StringBuilder("SUM(");
            for (int i = 0; i < rows.size(); i++) {
                f.append(i == 0 ? "" : ",").append(SheetWriter.cell(col, rows.get(i)));
            }
            w.formula(row, col, f.append(')').toString(), SheetWriter.cents(cached), totalStyle(col, cached));
        }
    }

    private CellStyle totalStyle(int col, Amount cached) {
        return col == GAP ? w.styles().gap(true, cached.unknown()) : w.styles().euro(true, cached.unknown());
    }

    /**
     * A total's coverage from its own target and gap cells: (target - gap) / target is the planned net of
     * the rows that have a target, as rule 6 compares it per organisation. Its gap is the sum of theirs
     * (rows without a target have none), not target - planned: a region's plan covers nobody's target.
     */
    private void coverage(Row row, SummaryLine figure) {
        int r = row.getRowNum();
        String target = SheetWriter.cell(TARGET, r);
        String gap = SheetWriter.cell(GAP, r);
        BigDecimal t = figure.target().value();
        Double coverage = t.signum() == 0 ? null
                : t.subtract(figure.gap().value()).divide(t, 10, RoundingPolicy.MODE).doubleValue();
        w.formula(row, COVERAGE, "IF(" + target + "=0,\"\",(" + target + "-" + gap + ")/" + target + ")", coverage,
                w.styles().get(Style.PERCENT_TOTAL));
    }

    static int statusColumn() {
        return STATUS;
    }
}
