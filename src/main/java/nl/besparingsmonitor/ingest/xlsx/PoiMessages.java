package nl.besparingsmonitor.ingest.xlsx;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns library exceptions into a short Dutch explanation for the sender of a file. */
final class PoiMessages {

    // The values POI's ZipSecureFile puts into its zip-bomb messages, so that ours can name them too.
    private static final Pattern SIZES = Pattern.compile("Uncompressed size: (\\d+), Raw/compressed size: (\\d+)");
    // POI formats the ratio with %f in the default locale: 0.010000 or 0,010000.
    private static final Pattern RATIO_LIMIT = Pattern.compile("MIN_INFLATE_RATIO: ([0-9]+[.,][0-9]+)");
    private static final Pattern SIZE_LIMIT = Pattern.compile("MAX_ENTRY_SIZE: (\\d+)");
    private static final Pattern FILE_COUNT_LIMIT = Pattern.compile("MAX_FILE_COUNT: (\\d+)");
    private static final Pattern ENTRY = Pattern.compile("Entry: (\\S+)");

    private PoiMessages() {
    }

    /** Our own exception when it was thrown from inside a library (a SAX handler, say) and wrapped on the way out. */
    static WorkbookReadException readException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WorkbookReadException w) {
                return w;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return zipBomb(e);
    }

    /** POI's zip bomb exceptions as ours, with the part, the measured sizes and the limit; null for others. */
    private static WorkbookReadException zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (!m.contains("Zip bomb") && !m.contains("MAX_FILE_COUNT")) {
                if (t.getCause() == t) {
                    break;
                }
                continue;
            }
            Matcher sizes = SIZES.matcher(m);
            Matcher entry = ENTRY.matcher(m);
            String part = entry.find() ? "Het onderdeel '" + entry.group(1) + "'" : "Een onderdeel";
            String measured = sizes.find() ? " pakt uit van " + Measures.bytes(Long.parseLong(sizes.group(2))) + " tot meer dan "
                    + Measures.bytes(Long.parseLong(sizes.group(1))) : " pakt te groot uit";
            Matcher ratio = RATIO_LIMIT.matcher(m);
            if (ratio.find()) {
                double limit = Double.parseDouble(ratio.group(1).replace(',', '.'));
                return new WorkbookReadException("Limiet uitpakverhouding", part + measured
                        + "; dat is meer dan de limiet voor uitpakken van " + Measures.ratio(limit)
                        + ". Zo'n bestand is vermoedelijk een zip-bom.");
            }
            Matcher size = SIZE_LIMIT.matcher(m);
            if (size.find()) {
                return new WorkbookReadException("Limiet grootte onderdeel",
                        part + measured + "; de limiet is " + Measures.bytes(Long.parseLong(size.group(1))) + ".");
            }
            Matcher count = FILE_COUNT_LIMIT.matcher(m);
            if (count.find()) {
                return new WorkbookReadException("Limiet aantal onderdelen", "Het bestand bestaat uit meer onderdelen dan de limiet van "
                        + Measures.count(Long.parseLong(count.group(1))) + ".");
            }
            return new WorkbookReadException("Limiet uitpakken", part + " pakt verdacht groot uit (mogelijke zip-bom).");
        }
        return null;
    }

    static String dutch(Throwable e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof OutOfMemoryError) {
            return "het bestand vraagt te veel geheugen.";
        }
        if (e instanceof StackOverflowError) {
            return "het bestand is te diep genest.";
        }
        if (text.contains("zip bomb") || text.contains("inflate") || text.contains("ratio")) {
            return "het bestand pakt verdacht groot uit (mogelijke zip-bom); de limiet voor uitpakken is overschreden.";
        }
        if (text.contains("max entry size") || text.contains("entry size") || text.contains("exceeds the maximum")) {
            return "een onderdeel van het bestand is groter dan de limiet.";
        }
        if (text.contains("duplicate")) {
            return "het bestand bevat dubbele onderdelen met dezelfde naam (mogelijk gemanipuleerd).";
        }
        if (SecureXml.isDoctypeRefusal(e)) {
            return "het bestand bevat XML met een DOCTYPE of entiteiten; dat is niet toegestaan.";
        }
        if (text.contains("truncated") || text.contains("unexpected end") || text.contains("zip")
                || text.contains("end of central directory") || text.contains("corrupt") || text.contains("premature")) {
            return "het bestand is beschadigd of onvolledig (zip-structuur ongeldig).";
        }
        return "het bestand is beschadigd of heeft een onbekende opbouw.";
    }
}
