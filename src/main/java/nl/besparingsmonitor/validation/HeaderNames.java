package nl.besparingsmonitor.validation;

import java.text.Normalizer;
import java.util.Locale;

/** Header and sheet names match case-insensitively, ignoring surrounding spaces and accents (contract). */
public final class HeaderNames {

    private HeaderNames() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replace('\u00A0', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
