package nl.besparingsmonitor.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@code [Content_Types].xml}: every Office package has one, so a zip without it is no workbook. Read
 * for one thing only: whether a part that is really there has a macro content type.
 */
final class ContentTypes {

    static final String PART = "[Content_Types].xml";

    private ContentTypes() {
    }

    /** True when a part of the package is declared as a VBA project or macro-enabled workbook. */
    static boolean declareMacros(ZipPackage pkg, ReadGuard guard) throws IOException, SAXException {
        if (!pkg.has(PART)) {
            throw new WorkbookReadException("Geen Excel-werkmap",
                    "Het bestand is geen geldige Excel-werkmap (.xlsx): het is wel een zip-bestand, maar het onderdeel "
                            + "[Content_Types].xml dat elk Office-bestand heeft ontbreekt. Open het in Excel en sla het "
                            + "opnieuw op als Excel-werkmap (.xlsx).");
        }
        Handler handler = new Handler(guard);
        try (InputStream in = pkg.open(PART)) {
            SecureXml.parse(in, handler);
        }
        for (String part : pkg.partNames()) {
            String name = PackageCheck.normalised(part);
            String type = handler.overrides.get(name);
            if (type == null) {
                int dot = name.lastIndexOf('.');
                type = handler.defaults.get(dot < 0 ? "" : name.substring(dot + 1));
            }
            if (type != null && (type.contains("macroEnabled") || type.contains("vbaProject"))) {
                return true;
            }
        }
        return false;
    }

    private static final class Handler extends DefaultHandler {

        private final ReadGuard guard;
        private final Map<String, String> defaults = new HashMap<>();
        private final Map<String, String> overrides = new HashMap<>();

        Handler(ReadGuard guard) {
            this.guard = guard;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            guard.tick("inhoudstypen");
            String type = atts.getValue("ContentType");
            if (type == null || defaults.size() + overrides.size() >= Relationships.MAX_RELATIONSHIPS) {
                return;
            }
            if ("Default".equals(localName) && atts.getValue("Extension") != null) {
                defaults.put(atts.getValue("Extension").toLowerCase(Locale.ROOT), type);
            } else if ("Override".equals(localName) && atts.getValue("PartName") != null) {
                overrides.put(PackageCheck.normalised(atts.getValue("PartName")), type);
            }
        }
    }
}
