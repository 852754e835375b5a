package nl.besparingsmonitor.ingest.xlsx;

import java.util.Locale;

import org.xml.sax.SAXParseException;

/**
 * What the sender is told when reading a package failed: our own {@link WorkbookReadException} where
 * one was thrown (parsers wrap what a handler or an {@link InflateGuard} throws), else a short Dutch
 * explanation of the library's exception.
 */
final class ReadFailures {

    private ReadFailures() {
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
        return null;
    }

    /** A short Dutch explanation of a library's exception, for the feedback. */
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
        if (SecureXml.isDoctypeRefusal(e)) {
            return "het bestand bevat XML met een DOCTYPE of entiteiten; dat is niet toegestaan.";
        }
        // Duplicate parts of the package are refused earlier by PackageCheck, with a rule of their own.
        SAXParseException xml = xmlError(e);
        if (xml != null) {
            return "de XML in het bestand is ongeldig (regel " + xml.getLineNumber() + ", kolom " + xml.getColumnNumber()
                    + "); het bestand is beschadigd of buiten Excel gewijzigd. Open het in Excel en sla het opnieuw op.";
        }
        if (text.contains("truncated") || text.contains("unexpected end") || text.contains("zip")
                || text.contains("end of central directory") || text.contains("corrupt") || text.contains("premature")) {
            return "het bestand is beschadigd of onvolledig (zip-structuur ongeldig).";
        }
        return "het bestand is beschadigd of heeft een onbekende opbouw.";
    }

    private static SAXParseException xmlError(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SAXParseException p) {
                return p;
            }
        }
        return null;
    }
}
