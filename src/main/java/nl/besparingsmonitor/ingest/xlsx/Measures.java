package nl.besparingsmonitor.ingest.xlsx;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Writes measured values and limits the way a Dutch reader expects them: 1.100.000, 50,0 MB, 1:100. */
final class Measures {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private Measures() {
    }

    static String count(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(DUTCH)).format(n);
    }

    static String bytes(long n) {
        if (n < 1024 * 1024) {
            return count(n) + " bytes";
        }
        String mb = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(DUTCH)).format(n / (1024.0 * 1024.0));
        return mb + " MB (" + count(n) + " bytes)";
    }

    /** A compressed/uncompressed ratio as "1:k", the way zip bombs are usually described. */
    static String ratio(double compressedPerUncompressed) {
        if (compressedPerUncompressed <= 0) {
            return "1:oneindig";
        }
        return "1:" + count(Math.round(1 / compressedPerUncompressed));
    }
}
