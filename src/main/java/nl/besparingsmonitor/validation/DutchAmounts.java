package nl.besparingsmonitor.validation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses amounts as Dutch finance staff write them: {@code 1.632.659}, {@code 1.632.659,50},
 * {@code € 1.632.659}, {@code € 91.000,-} (whole euros, as council papers write them),
 * {@code -/- 1.632.659} and {@code (1.632.659)} (both negative), and the markers for unknown amounts. A dot is only a thousands separator in groups of three, so
 * {@code 1.5} is refused rather than guessed.
 */
public final class DutchAmounts {

    public static final String EXPECTED = "een bedrag zoals 1.632.659 of 1.632.659,50, of P.M./ntb";

    private static final Set<String> UNKNOWN_MARKERS = Set.of("p.m.", "pm", "p.m", "pm.", "ntb", "n.t.b.", "n.t.b", "nader te bepalen", "nog te bepalen");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("\\d+(,\\d+)?");

    private DutchAmounts() {
    }

    /**
     * An amount written back to the sender the way this class reads it: {@code 1.632.659,5}, no
     * trailing zeros. {@code 1632659.5} would read as a mistake here, and to a Dutch reader as another number.
     */
    public static String format(BigDecimal amount) {
        return DUTCH.get().format(amount);
    }

    /** One per thread (DecimalFormat is not thread-safe): a ledger can warn about every one of a million bookings. */
    private static final ThreadLocal<DecimalFormat> DUTCH = ThreadLocal.withInitial(() ->
            new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"))));

    public static ParsedAmount parse(String text) {
        if (text == null) {
            return new ParsedAmount.Empty();
        }
        String s = text.replace('\u00A0', ' ').replace('\u2212', '-').replace('\u2013', '-').trim();
        if (s.isEmpty() || s.equals("-") || s.equals("--") || s.equals("–")) {
            return new ParsedAmount.Empty();
        }
        if (UNKNOWN_MARKERS.contains(s.toLowerCase(Locale.ROOT))) {
            return new ParsedAmount.Unknown(s);
        }
        boolean negative = false;
        if (s.startsWith("-/-")) {
            negative = true;
            s = s.substring(3).trim();
        } else if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).trim();
        }
        s = stripCurrency(s);
        if (s.startsWith("-")) {
            if (negative) {
                return new ParsedAmount.Invalid("dubbel minteken");
            }
            negative = true;
            s = s.substring(1).trim();
            if (s.startsWith("-")) {
                return new ParsedAmount.Invalid("dubbel minteken");
            }
        } else if (s.startsWith("+")) {
            s = s.substring(1).trim();
        }
        s = withoutWholeEuroDash(stripCurrency(s).replace(" ", ""));
        BigDecimal value;
        if (GROUPED.matcher(s).matches() || PLAIN.matcher(s).matches()) {
            value = new BigDecimal(s.replace(".", "").replace(',', '.'));
        } else {
            // the message already says "geen geldig bedrag"; the reason says why
            return new ParsedAmount.Invalid("geen getal herkend");
        }
        return new ParsedAmount.Value(negative ? value.negate() : value);
    }

    /** {@code 91.000,-} and {@code 91.000,--}: the dash stands for "no cents", not for a minus. */
    private static String withoutWholeEuroDash(String s) {
        if (s.endsWith(",--")) {
            return s.substring(0, s.length() - 3);
        }
        return s.endsWith(",-") ? s.substring(0, s.length() - 2) : s;
    }

    private static String stripCurrency(String s) {
        String t = s;
        if (t.startsWith("€")) {
            t = t.substring(1).trim();
        } else if (t.toUpperCase(Locale.ROOT).startsWith("EUR")) {
            t = t.substring(3).trim();
        }
        if (t.endsWith("€")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return t;
    }

    /**
     * A percentage or fraction: {@code 4,5%} gives 0.045; a plain {@code 0,35} gives 0.35.
     * Returns null when the text is no number.
     */
    public static BigDecimal parsePercentage(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace('\u00A0', ' ').trim();
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).trim();
        }
        ParsedAmount parsed = parse(s);
        if (parsed instanceof ParsedAmount.Value v) {
            return percent ? v.value().movePointLeft(2) : v.value();
        }
        return null;
    }
}
