package nl.besparingsmonitor.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.besparingsmonitor.domain.PlanningYears;
import nl.besparingsmonitor.ingest.xlsx.SheetCell;
import nl.besparingsmonitor.ingest.xlsx.SheetRow;

/**
 * The header row of a data sheet: which column holds which contract column, and which columns are
 * year columns (a header that is a year 2021..2035). Column order is free; extra columns are kept
 * so they can be named in a warning.
 */
final class TableHeader {

    static final int FIRST_YEAR = PlanningYears.FIRST;
    static final int LAST_YEAR = PlanningYears.LAST;
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    private final SheetRow row;
    private final Map<String, Integer> columns;
    private final SortedMap<Integer, Integer> yearColumns;
    private final List<SheetCell> extraColumns;

    private TableHeader(SheetRow row, Map<String, Integer> columns, SortedMap<Integer, Integer> yearColumns,
                        List<SheetCell> extraColumns) {
        this.row = row;
        this.columns = columns;
        this.yearColumns = yearColumns;
        this.extraColumns = extraColumns;
    }

    /** Matches one row against the specs; every non-empty cell is either a known column, a year or extra. */
    static TableHeader match(SheetRow row, List<ColumnSpec> specs, boolean withYears) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        SortedMap<Integer, Integer> years = new TreeMap<>();
        List<SheetCell> extra = new ArrayList<>();
        for (SheetCell cell : row.cells()) {
            String text = cell.isNumber() ? cell.number().stripTrailingZeros().toPlainString() : cell.display();
            if (text == null || text.isBlank()) {
                continue;
            }
            ColumnSpec spec = specs.stream().filter(s -> s.matches(text)).findFirst().orElse(null);
            if (spec != null && !columns.containsKey(spec.name())) {
                columns.put(spec.name(), cell.column());
                continue;
            }
            Integer year = withYears ? year(cell) : null;
            if (year != null && !years.containsKey(year)) {
                years.put(year, cell.column());
            } else {
                extra.add(cell);
            }
        }
        return new TableHeader(row, columns, years, extra);
    }

    private static Integer year(SheetCell cell) {
        Integer year = writtenYear(cell);
        return year != null && year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
    }

    /** A header that reads as a year, in the contract's range or not; null for any other header. */
    static Integer writtenYear(SheetCell cell) {
        String text = cell.isNumber() ? cell.number().stripTrailingZeros().toPlainString() : cell.display().trim();
        return text.matches("\\d{4}") ? Integer.parseInt(text) : null;
    }

    /**
     * The year of a header that is one year of the contract's range with other text beside it
     * ({@code 2025 (raming)}, {@code Begroting 2025}); null for a plain year, for a header with two
     * years ({@code 2022-2026}, a column over several years) and for any other header.
     */
    static Integer yearWithText(SheetCell cell) {
        if (cell.isNumber() || writtenYear(cell) != null) {
            return null;
        }
        Matcher m = YEAR_IN_TEXT.matcher(cell.display());
        Integer found = null;
        while (m.find()) {
            if (found != null) {
                return null;
            }
            found = Integer.parseInt(m.group());
        }
        return found != null && found >= FIRST_YEAR && found <= LAST_YEAR ? found : null;
    }

    /** How many required columns this row has: the best candidate explains a missing header best. */
    int requiredFound(List<ColumnSpec> specs) {
        return (int) specs.stream().filter(ColumnSpec::required).filter(s -> columns.containsKey(s.name())).count();
    }

    boolean hasAllRequired(List<ColumnSpec> specs) {
        return specs.stream().filter(ColumnSpec::required).allMatch(s -> columns.containsKey(s.name()));
    }

    List<String> missingRequired(List<ColumnSpec> specs) {
        return specs.stream().filter(ColumnSpec::required).map(ColumnSpec::name)
                .filter(n -> !columns.containsKey(n)).toList();
    }

    SheetRow row() {
        return row;
    }

    Integer column(String name) {
        return columns.get(name);
    }

    boolean has(String name) {
        return columns.containsKey(name);
    }

    SortedMap<Integer, Integer> yearColumns() {
        return yearColumns;
    }

    List<SheetCell> extraColumns() {
        return extraColumns;
    }

    /** The contract column or year a column of the sheet is read as; null for a column that is not read. */
    String nameOf(int column) {
        for (Map.Entry<String, Integer> c : columns.entrySet()) {
            if (c.getValue() == column) {
                return c.getKey();
            }
        }
        for (Map.Entry<Integer, Integer> y : yearColumns.entrySet()) {
            if (y.getValue() == column) {
                return String.valueOf(y.getKey());
            }
        }
        return null;
    }

    SheetCell cell(SheetRow data, String name) {
        Integer c = columns.get(name);
        return c == null ? null : data.cell(c);
    }
}
