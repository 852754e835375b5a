package nl.besparingsmonitor.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Collects warnings of one run; the same warning is reported once. */
final class Warnings {

    private final Set<CalculationWarning> warnings = new LinkedHashSet<>();

    void add(String organisationCode, String measureNumber, String message) {
        warnings.add(new CalculationWarning(organisationCode, measureNumber, message));
    }

    List<CalculationWarning> list() {
        return new ArrayList<>(warnings);
    }

    /** An amount as a controller reads it in a message: € 28.000, or € 1.234,50 when it has cents. */
    static String euros(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return "€ " + dutch(whole ? "#,##0" : "#,##0.00").format(amount);
    }

    /** A percentage as typed in Dutch: 99,5%. */
    static String percent(BigDecimal percentage) {
        return dutch("#,##0.##").format(percentage) + "%";
    }

    private static DecimalFormat dutch(String pattern) {
        // a new one each time: DecimalFormat is not thread-safe, and a run has few warnings
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
