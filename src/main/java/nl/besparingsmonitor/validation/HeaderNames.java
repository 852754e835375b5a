package nl.besparingsmonitor.validation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Header and sheet names match case-insensitively, ignoring surrounding spaces and accents (contract). */
public final class HeaderNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HeaderNames() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        // Called for a few cells of every booking row: most text is plain ASCII, which needs no
        // Unicode normalisation (the benchmark showed 8% of ingest time spent here).
        if (isPlainAscii(text)) {
            return text.trim().toLowerCase(Locale.ROOT);
        }
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(s.replace('\u00A0', ' ').trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Printable ASCII without two spaces in a row: normalising it only trims and lower-cases. */
    private static boolean isPlainAscii(String text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
