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

import nl.besparingsmonitor.domain.DutchTime;

/**
 * Dates as they appear in council workbooks: Excel date cells, {@code 1-4-2026}, {@code 2026-04-01},
 * {@code 1 april 2026}, and {@code medio 2026} (or {@code halverwege 2026}), which means 1 July as a start
 * and 30 June as an end (domain rule 4); {@code primo} and {@code ultimo} name the first and last day of a
 * period ({@code ultimo 2025} is 31-12-2025). Planning columns of council papers name periods rather than days ({@code 2026},
 * {@code april 2026}, {@code Q2 2026}): as a start such a period means its first day, as an end its
 * last.
 */
public final class DutchDates {

    private static final String EXPECTED = "een datum zoals 1-4-2026, 1 april 2026, april 2026, Q2 2026, 2026 of medio 2026";
    private static final String EXPECTED_DAY = "een dag zoals 30-9-2025 of 30 september 2025";

    /** Excel's day zero for the 1900 date system (serial 1 = 1900-01-01, with Excel's 1900 leap-year quirk). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Pattern MEDIO = Pattern.compile("(?i)(?:medio|halverwege|midden)\\s+(\\d{4})");
    /** {@code primo 2026}, {@code ultimo maart 2026}, {@code begin 2026}, {@code eind 2029}: an edge of a period. */
    private static final Pattern EDGE_OF_PERIOD = Pattern.compile("(?i)(primo|ultimo|begin|start|eind|einde)\\s+(?:van\\s+)?(.+)");
    private static final Pattern SEASON = Pattern.compile("(?i)(?:het\\s+)?(voorjaar|zomer|najaar|winter)\\s+(?:van\\s+)?(\\d{4})");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2})");
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("(?i)(\\d{1,2})\\s+([a-z]+)\\.?\\s+(\\d{4})");
    private static final Pattern MONTH_NAME = Pattern.compile("(?i)([a-z]+)\\.?\\s+(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(?i)(?:q|k)([1-4])\\s*-?\\s*(\\d{4})|([1-4])e\\s+kwartaal\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** Whole numbers a person types as a year; as Excel days they would be 1905 or 1906, never meant here. */
    private static final BigDecimal FIRST_YEAR = BigDecimal.valueOf(1900);
    private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(2199);
    /** 31-12-9999, the last day Excel can show. */
    private static final BigDecimal LAST_EXCEL_DAY = BigDecimal.valueOf(2_958_465);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("augustus", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final String[] MONTH_NAMES = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december"};
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);

    /**
     * Which day a period stands for: its first as a start date, its last as an end date. A
     * {@code DAY} (the Peildatum) takes no period: the day of a stand cannot be guessed from a year.
     */
    public enum Edge { START, END, DAY }

    private DutchDates() {
    }

    /** What a finance officer would be asked to write instead of an unreadable date. */
    public static String expected(Edge edge) {
        return edge == Edge.DAY ? EXPECTED_DAY : EXPECTED;
    }

    /**
     * A number in a date cell: a year typed into it ({@code 2026}), otherwise an Excel serial day.
     * Null when it is neither, or a year where a day is needed.
     */
    public static LocalDate fromNumber(BigDecimal number, Edge edge) {
        // a booking date is checked this way on every row of a ledger: the range first, it rules out real dates
        if (number.compareTo(LAST_YEAR) <= 0 && number.compareTo(FIRST_YEAR) >= 0 && number.stripTrailingZeros().scale() <= 0) {
            return Period.year(number.intValueExact()).at(edge);
        }
        return excelDay(number);
    }

    /** The day Excel shows for a serial day number; null outside Excel's dates (1-1-1900 to 31-12-9999). */
    public static LocalDate excelDay(BigDecimal serial) {
        return serial.signum() > 0 && serial.compareTo(LAST_EXCEL_DAY) <= 0 ? fromExcelSerial(serial) : null;
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
        String s = withoutPrefix(text);
        Matcher edgeOfPeriod = EDGE_OF_PERIOD.matcher(s);
        if (edgeOfPeriod.matches()) {
            Period period = period(edgeOfPeriod.group(2).trim());
            return period == null ? null : period.edge(edgeOfPeriod.group(1).toLowerCase(Locale.ROOT), edge);
        }
        Matcher medio = MEDIO.matcher(s);
        if (medio.matches()) {
            int year = Integer.parseInt(medio.group(1));
            // not a period but a moment: the middle of the year, which a start and an end each round their own way
            return new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 6, 30)).at(edge);
        }
        Period period = period(s);
        if (period != null) {
            return period.at(edge);
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

    /** {@code vanaf 2022}, {@code t/m eind 2029}: the words around a date that say which edge it is, which the column says already. */
    private static String withoutPrefix(String text) {
        String s = text.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("vanaf ", "per ", "t/m ", "tot en met ", "met ingang van ")) {
            if (lower.startsWith(prefix)) {
                s = s.substring(prefix.length()).trim();
                lower = s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    /**
     * Why a text that {@link #parse} refused is no date here, with the date to write instead, for the
     * phrases council papers use ({@code eind 2026} as a start, {@code najaar 2025}, {@code 1-4-26});
     * null for anything else.
     */
    public static String advice(String text, Edge edge) {
        if (text == null) {
            return null;
        }
        String s = withoutPrefix(text);
        Matcher edgeOfPeriod = EDGE_OF_PERIOD.matcher(s);
        Period period = edgeOfPeriod.matches() ? period(edgeOfPeriod.group(2).trim()) : null;
        if (period != null) {
            String word = edgeOfPeriod.group(1).toLowerCase(Locale.ROOT);
            boolean begin = word.equals("begin") || word.equals("start");
            String quoted = "'" + s + "'";
            return switch (edge) {
                case DAY -> "Een peildatum is een dag; noem die, bijvoorbeeld "
                        + DutchTime.date(begin ? period.first() : period.last()) + ".";
                case START -> quoted + " als begindatum is niet eenduidig; noem de dag waarop het bedrag ingaat,"
                        + " bijvoorbeeld " + DutchTime.date(period.last().withDayOfMonth(1)) + " of " + DutchTime.date(period.last().plusDays(1)) + ".";
                case END -> quoted + " als einddatum is niet eenduidig; noem de laatste dag waarover het bedrag telt,"
                        + " bijvoorbeeld " + DutchTime.date(period.first().minusDays(1)) + " of " + DutchTime.date(period.first()) + ".";
            };
        }
        Matcher season = SEASON.matcher(s);
        if (season.matches()) {
            int month = switch (season.group(1).toLowerCase(Locale.ROOT)) {
                case "voorjaar" -> 4;
                case "zomer" -> 7;
                case "najaar" -> 10;
                default -> 1;
            };
            LocalDate example = LocalDate.of(Integer.parseInt(season.group(2)), month, 1);
            return "Een seizoen is geen datum; noem " + (edge == Edge.DAY ? "de dag, bijvoorbeeld " + DutchTime.date(example)
                    : "de maand of de dag, bijvoorbeeld " + MONTH_NAMES[month - 1] + " " + example.getYear()
                            + " of " + DutchTime.date(example)) + ".";
        }
        Matcher shortYear = TWO_DIGIT_YEAR.matcher(s);
        if (shortYear.matches()) {
            return "Het jaar heeft twee cijfers; schrijf het voluit, bijvoorbeeld " + Integer.parseInt(shortYear.group(1))
                    + "-" + Integer.parseInt(shortYear.group(2)) + "-20" + shortYear.group(3) + ".";
        }
        return null;
    }

    /** The first and last day of {@code 2026}, {@code april 2026} or {@code Q2 2026}; null for anything else. */
    private static Period period(String s) {
        if (YEAR.matcher(s).matches()) {
            return Period.year(Integer.parseInt(s));
        }
        Matcher quarter = QUARTER.matcher(s);
        if (quarter.matches()) {
            boolean q = quarter.group(1) != null;
            int number = Integer.parseInt(q ? quarter.group(1) : quarter.group(3));
            LocalDate first = LocalDate.of(Integer.parseInt(q ? quarter.group(2) : quarter.group(4)), 3 * number - 2, 1);
            return new Period(first, first.plusMonths(3).minusDays(1));
        }
        Matcher month = MONTH_NAME.matcher(s);
        if (month.matches()) {
            Integer number = MONTHS.get(month.group(1).toLowerCase(Locale.ROOT));
            if (number == null) {
                return null;
            }
            LocalDate first = LocalDate.of(Integer.parseInt(month.group(2)), number, 1);
            return new Period(first, first.plusMonths(1).minusDays(1));
        }
        return null;
    }

    private record Period(LocalDate first, LocalDate last) {

        static Period year(int year) {
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }

        /**
         * {@code primo} and {@code ultimo} name a day (the first, the last) whatever the edge; {@code begin}
         * and {@code eind} only say roughly when, which is the period's first day for a start and its last
         * for an end, and nothing the other way round or for a Peildatum.
         */
        LocalDate edge(String word, Edge edge) {
            return switch (word) {
                case "primo" -> first;
                case "ultimo" -> last;
                case "begin", "start" -> edge == Edge.START ? first : null;
                default -> edge == Edge.END ? last : null;
            };
        }

        LocalDate at(Edge edge) {
            return switch (edge) {
                case START -> first;
                case END -> last;
                case DAY -> null;
            };
        }
    }
}
