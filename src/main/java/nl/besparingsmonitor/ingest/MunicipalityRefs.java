package nl.besparingsmonitor.ingest;

import java.util.Locale;

import nl.besparingsmonitor.domain.Municipality;

/**
 * A {@code Gemeente} cell holds a CBS code or a name. Codes are normalised (gm406 and 406 become
 * GM0406); names are kept and resolved against the known municipalities when facts are combined.
 */
final class MunicipalityRefs {

    private MunicipalityRefs() {
    }

    static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace(" ", "");
        if (t.matches("(GM)?\\d{1,4}")) {
            String digits = t.startsWith("GM") ? t.substring(2) : t;
            return "GM" + "0".repeat(4 - digits.length()) + digits;
        }
        return Municipality.isMunicipalityCode(t) ? t : text.trim();
    }
}
