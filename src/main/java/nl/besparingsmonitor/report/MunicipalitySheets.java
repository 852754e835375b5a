package nl.besparingsmonitor.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.besparingsmonitor.calculation.MeasureYearFigure;
import nl.besparingsmonitor.calculation.Total;
import nl.besparingsmonitor.domain.Amount;
import nl.besparingsmonitor.domain.Measure;
import nl.besparingsmonitor.report.ReportStyles.Style;

/**
 * One sheet per municipality ({@code GM0406 Huizen}): its own adopted measures and its share of
 * every regional one (with the key and the share by which it was split), net per year with a total,
 * then its target, coverage and status per year. The same sheet opens each municipality's extract, there
 * with a chart of target and plan per year.
 *
 * <p>The sheets are cloned from the template's prototype while the workbook is still plain XSSF
 * ({@link #prepare}), and filled by streaming afterwards ({@link #write}), each flushed to disk when
 * done, so that 342 municipalities do not hold their rows in memory at once.
 */
final class MunicipalitySheets {

    private static final int KEY = ReportLayout.MUNICIPALITY_COLUMNS.indexOf("Verdeelsleutel");
    private static final int FIRST_YEAR_COL = ReportLayout.MUNICIPALITY_COLUMNS.size();

    /** The adopted figures of one measure as they land in one municipality. */
    private record Line(String organisation, String number, String name, String domain, Map<Integer, Amount> net) {
    }

    private final ReportModel model;
    private final KeyShares keyShares;
    private final List<String> codes;
    private final boolean charts;
    private final Map<String, String> sheetNames = new LinkedHashMap<>();

    /**
     * @param keyShares over all keys of the run, also when {@code model} covers one municipality only
     * @param codes the municipalities to write a sheet for, in sheet order
     */
    private MunicipalitySheets(ReportModel model, KeyShares keyShares, List<String> codes, boolean charts) {
        this.model = model;
        this.keyShares = keyShares;
        this.codes = List.copyOf(codes);
        this.charts = charts;
    }

    /**
     * The sheets of the consolidated report, without a chart each: its 'Grafieken' sheet has the charts, and
     * 342 more drawings and charts would be three or four zip entries each, more than POI-based readers open by
     * default (1,000).
     */
    static MunicipalitySheets forReport(ReportModel model, KeyShares keyShares, List<String> codes) {
        return new MunicipalitySheets(model, keyShares, codes, false);
    }

    /** The sheet that opens a municipality's extract: with a {@link TargetChart} under its target and coverage. */
    static MunicipalitySheets forExtract(ReportModel model, KeyShares keyShares, String code) {
        return new MunicipalitySheets(model, keyShares, List.of(code), true);
    }

    /** Clones the prototype per municipality, in code order, where the prototype stood; removes the prototype. */
    void prepare(XSSFWorkbook wb, ReportStyles styles) {
        int proto = wb.getSheetIndex(ReportLayout.GEMEENTE);
        List<String> existing = new ArrayList<>();
        wb.forEach(s -> existing.add(s.getSheetName()));
        SheetNames names = new SheetNames(existing);
        int position = proto;
        for (String code : codes) {
            String display = model.municipalityName(code);
            String name = names.unique(display.equals(code) ? code : code + " " + display);
            XSSFSheet sheet = wb.cloneSheet(proto, name);
            wb.setSheetOrder(name, ++position);
            sheet.getRow(0).getCell(0).setCellValue(code + " " + display
                    + ": eigen maatregelen en aandeel in regionale maatregelen");
            Row header = sheet.getRow(ReportLayout.HEADER_ROW);
            List<Integer> years = years(code);
            for (int i = 0; i < years.size(); i++) {
                headerCell(header, FIRST_YEAR_COL + i, String.valueOf(years.get(i)), styles);
            }
            headerCell(header, FIRST_YEAR_COL + years.size(), ReportLayout.MARKER_HEADER, styles);
            sheetNames.put(code, name);
        }
        wb.removeSheetAt(wb.getSheetIndex(ReportLayout.GEMEENTE));
    }

    /** Sheet name per municipality code, e.g. GM0406 → "GM0406 Huizen". */
    Map<String, String> sheetNames() {
        return sheetNames;
    }

    void write(SXSSFWorkbook wb, ReportStyles styles) throws IOException {
        Map<String, Map<String, Line>> lines = linesPerMunicipality();
        for (Map.Entry<String, String> e : sheetNames.entrySet()) {
            SXSSFSheet sheet = wb.getSheet(e.getValue());
            SheetWriter w = new SheetWriter(sheet, styles, ReportLayout.FIRST_DATA_ROW);
            fill(w, e.getKey(), new ArrayList<>(lines.getOrDefault(e.getKey(), Map.of()).values()),
                    wb.getXSSFWorkbook().getSheet(e.getValue()));
            sheet.flushRows();
        }
    }

    private void fill(SheetWriter w, String code, List<Line> lines, XSSFSheet chartSheet) {
        List<Integer> years = years(code);
        int markerCol = FIRST_YEAR_COL + years.size();
        // the year and marker headers come from prepare(), not from the template: measured here, or a marker
        // column without an incomplete line was too narrow for its own header
        List<String> headers = new ArrayList<>(ReportLayout.MUNICIPALITY_COLUMNS);
        years.forEach(y -> headers.add(String.valueOf(y)));
        headers.add(ReportLayout.MARKER_HEADER);
        w.measureHeaders(headers);
        int first = w.nextRow();
        for (Line l : lines) {
            Row row = w.row();
            w.inert(row, 0, l.organisation());
            w.inert(row, 1, l.number());
            w.inert(row, 2, l.name());
            w.label(row, 3, l.domain(), Style.TEXT);
            w.inert(row, 4, origin(code, l));
            share(w, row, code, l);
            boolean incomplete = false;
            for (int i = 0; i < years.size(); i++) {
                Amount a = l.net().get(years.get(i));
                w.money(row, FIRST_YEAR_COL + i, a, false);
                incomplete |= a != null && a.unknown();
            }
            w.marker(row, markerCol, incomplete);
        }
        int last = w.nextRow() - 1;
        if (lines.isEmpty()) {
            w.label(w.row(), 2, "Geen aangenomen maatregelen voor deze gemeente.", Style.SUBTITLE);
        }
        w.autoFilter(ReportLayout.HEADER_ROW, last, markerCol);

        Row total = w.row();
        int totalRow = total.getRowNum();
        w.label(total, 2, "Totaal gepland netto", Style.TOTAL_LABEL);
        boolean anyIncomplete = false;
        for (int i = 0; i < years.size(); i++) {
            Total t = model.municipalityYear(code, years.get(i));
            Amount planned = t == null ? Amount.ZERO : t.plannedNet();
            int col = FIRST_YEAR_COL + i;
            if (last >= first) {
                w.formula(total, col, "SUM(" + SheetWriter.column(col, first, last).replace("$", "") + ")",
                        SheetWriter.cents(planned), w.styles().euro(true, planned.unknown()));
            } else {
                w.money(total, col, planned, true);
            }
            anyIncomplete |= t != null && t.incomplete();
        }
        w.marker(total, markerCol, anyIncomplete);
        coverage(w, code, totalRow, chartSheet);
        w.fitColumns(markerCol + 1);
    }

    /**
     * Target, coverage, realised, expected and status per year, the planned figure taken from the total row
     * above, and under them a chart of target and planned per year ({@code chartSheet}: the XSSF sheet behind
     * the streamed one).
     */
    private void coverage(SheetWriter w, String code, int totalRow, XSSFSheet chartSheet) {
        List<Integer> years = years(code);
        w.section("Taakstelling en dekking");
        Row target = w.row();
        Row planned = w.row();
        Row gap = w.row();
        Row coverage = w.row();
        Row realised = w.row();
        Row expected = w.row();
        Row status = w.row();
        Row marker = w.row();
        String targetLabel = "Taakstelling";
        String plannedLabel = "Gepland netto (eigen en aandeel regio)";
        w.label(target, 2, targetLabel, Style.TEXT);
        w.label(planned, 2, plannedLabel, Style.TEXT);
        w.label(gap, 2, "Tekort t.o.v. taakstelling", Style.TEXT);
        w.label(coverage, 2, "Dekking %", Style.TEXT);
        w.label(realised, 2, "Gerealiseerd netto (eigen en aandeel regio)", Style.TEXT);
        w.label(expected, 2, "Verwacht netto (eigen en aandeel regio)", Style.TEXT);
        w.label(status, 2, "Status (eigen en aandeel regio)", Style.TEXT);
        w.label(marker, 2, ReportLayout.MARKER_HEADER, Style.TEXT);
        Double[] targets = new Double[years.size()];
        Double[] plannedNets = new Double[years.size()];
        for (int i = 0; i < years.size(); i++) {
            int col = FIRST_YEAR_COL + i;
            Total t = model.municipalityYear(code, years.get(i));
            Amount plannedNet = t == null ? Amount.ZERO : t.plannedNet();
            plannedNets[i] = SheetWriter.cents(plannedNet);
            targets[i] = t == null ? null : SheetWriter.cents(t.target());
            w.formula(planned, col, SheetWriter.cell(col, totalRow), SheetWriter.cents(plannedNet),
                    w.styles().euro(false, plannedNet.unknown()));
            if (t != null && t.target() != null) {
                String targetCell = SheetWriter.cell(col, target.getRowNum());
                String plannedCell = SheetWriter.cell(col, planned.getRowNum());
                w.money(target, col, t.target(), false);
                w.formula(gap, col, targetCell + "-" + plannedCell, SheetWriter.cents(t.gap()),
                        w.styles().gap(false, t.gap().unknown()));
                w.formula(coverage, col, "IF(" + targetCell + "=0,\"\"," + plannedCell + "/" + targetCell + ")",
                        t.coveragePct() == null ? null : SheetWriter.fraction(t.coveragePct()),
                        w.styles().get(Style.PERCENT));
            }
            if (t != null) {
                w.money(realised, col, t.realisedNet(), false);
                w.money(expected, col, t.expectedNet(), false);
            }
            w.status(status, col, t == null ? null : t.status());
            w.marker(marker, col, t != null && t.incomplete());
        }
        if (!years.isEmpty()) {
            StatusFormatting.apply(w.sheet(), new CellRangeAddress(status.getRowNum(), status.getRowNum(),
                    FIRST_YEAR_COL, FIRST_YEAR_COL + years.size() - 1));
        }
        if (charts) {
            TargetChart.draw(chartSheet, ReportLayout.HEADER_ROW, 2, FIRST_YEAR_COL, years, marker.getRowNum() + 2,
                    new TargetChart.Series(target.getRowNum(), targetLabel, targets),
                    new TargetChart.Series(planned.getRowNum(), plannedLabel, plannedNets));
        }
    }

    /**
     * The report's years from this municipality's first to its last year with figures. All of the report's years
     * showed a member of a region whose measures end in 2024 with plans of zero and status 'onbekend' up to the last
     * year any other organisation plans in; a municipality without figures keeps them all.
     */
    private List<Integer> years(String code) {
        List<Integer> all = model.years();
        int first = 0;
        while (first < all.size() && model.municipalityYear(code, all.get(first)) == null) {
            first++;
        }
        int last = all.size() - 1;
        while (last > first && model.municipalityYear(code, all.get(last)) == null) {
            last--;
        }
        return first == all.size() ? all : all.subList(first, last + 1);
    }

    private String origin(String code, Line l) {
        return l.organisation().equals(code) ? "eigen maatregel" : "aandeel " + model.organisationName(l.organisation());
    }

    /** Key, share and its basis for a regional measure's line; nothing for the municipality's own measures. */
    private void share(SheetWriter w, Row row, String code, Line l) {
        if (l.organisation().equals(code)) {
            return;
        }
        Measure m = model.measure(l.organisation(), l.number());
        KeyShares.Share share = m == null ? null : keyShares.of(l.organisation(), m.keyName(), code);
        if (share == null) {
            w.inert(row, KEY, m == null ? null : m.keyName());
            return;
        }
        w.inert(row, KEY, share.keyName());
        w.percent(row, KEY + 1, share.percent(), false);
        w.label(row, KEY + 2, share.basis(), Style.TEXT);
    }

    private Map<String, Map<String, Line>> linesPerMunicipality() {
        Map<String, Map<String, Line>> result = new LinkedHashMap<>();
        for (MeasureYearFigure f : model.result().measureYearFigures()) {
            if (!f.counts() || f.municipalityCode() == null) {
                continue;
            }
            Line line = result.computeIfAbsent(f.municipalityCode(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(f.organisationCode() + "\u0000" + f.measureNumber(), k -> new Line(
                            f.organisationCode(), f.measureNumber(), f.measureName(),
                            f.domain() == null ? "" : f.domain().label(), new TreeMap<>()));
            line.net().merge(f.year(), f.net(), Amount::plus);
        }
        return result;
    }

    private static void headerCell(Row header, int col, String text, ReportStyles styles) {
        Cell cell = header.createCell(col);
        cell.setCellValue(text);
        cell.setCellStyle(styles.get(ReportLayout.headerStyle(text)));
    }
}
