package nl.besparingsmonitor.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as they appear in council workbooks: Excel date cells, {@code 1-4-2026}, {@code 2026-04-01},
 * {@code 1 april 2026}, and {@code medio 2026}, which means 1 July as a start and 30 June as an end
 * (domain rule 4).
 */
public final class DutchDates {

    public static final String EXPECTED = "een datum zoals 1-4-2026, 1 april 2026 of medio 2026";

    /** Excel's day zero for the 1900 date system (serial 1 = 1900-01-01, with Excel's 1900 leap-year quirk). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Pattern MEDIO = Pattern.compile("(?i)medio\\s+(\\d{4})");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("(?i)(\\d{1,2})\\s+([a-z]+)\\.?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("augustus", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);

    /** Whether a date is a period start or end matters only for {@code medio}. */
    public enum Edge { START, END }

    private DutchDates() {
    }

    /** An Excel serial day number (fraction = time of day, ignored). */
    public static LocalDate fromExcelSerial(BigDecimal serial) {
        long days = serial.longValue();
        if (days < 61) {
            // Excel counts a non-existent 29 February 1900; serials before it are one day off.
            return EXCEL_EPOCH.plusDays(days + 1);
        }
        return EXCEL_EPOCH.plusDays(days);
    }

    /** Parses text; null when it is no date. */
    public static LocalDate parse(String text, Edge edge) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("vanaf ", "per ", "t/m ", "tot en met ", "met ingang van ")) {
            if (lower.startsWith(prefix)) {
                s = s.substring(prefix.length()).trim();
                lower = s.toLowerCase(Locale.ROOT);
            }
        }
        Matcher medio = MEDIO.matcher(s);
        if (medio.matches()) {
            int year = Integer.parseInt(medio.group(1));
            return edge == Edge.START ? LocalDate.of(year, 7, 1) : LocalDate.of(year, 6, 30);
        }
        Matcher named = DAY_MONTH_NAME.matcher(s);
        if (named.matches()) {
            Integer month = MONTHS.get(named.group(2).toLowerCase(Locale.ROOT));
            if (month == null) {
                return null;
            }
            try {
                return LocalDate.of(Integer.parseInt(named.group(3)), month, Integer.parseInt(named.group(1)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDate.parse(s, f.withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }
}
