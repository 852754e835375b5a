package nl.besparingsmonitor.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sheets of a workbook in tab order, by name, with the package part that holds each: read from
 * {@code xl/workbook.xml} and its relationships, as POI's XSSFReader does, but with our own SAX handler
 * (guarded like every other part) and without opening every sheet on the way.
 */
final class SheetParts {

    /** The relationship types POI's XSSFReader counts as sheets. */
    private static final Set<String> SHEET_RELATIONS = Set.of(XSSFRelation.WORKSHEET.getRelation(),
            XSSFRelation.CHARTSHEET.getRelation(), XSSFRelation.MACRO_SHEET_XML.getRelation());
    /** Far beyond any real workbook; keeps a crafted workbook.xml from listing millions of sheets. */
    static final int MAX_SHEETS = 10_000;
    private static final String RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private SheetParts() {
    }

    /** Sheet name to part name, in tab order. */
    static Map<String, String> read(ZipPackage pkg, String workbook, List<Relationships.Relationship> related,
                                    ReadGuard guard) throws IOException, SAXException {
        Map<String, String> byId = new HashMap<>();
        for (Relationships.Relationship r : related) {
            if (SHEET_RELATIONS.contains(r.type()) && !r.external() && pkg.has(r.target())) {
                byId.put(r.id(), r.target());
            }
        }
        Handler handler = new Handler(guard);
        try (InputStream in = pkg.open(workbook)) {
            SecureXml.parse(in, handler);
        }
        Map<String, String> sheets = new LinkedHashMap<>();
        Set<String> lowerNames = new HashSet<>();
        for (String[] sheet : handler.sheets) {
            String name = sheet[0] == null ? "" : sheet[0];
            String id = sheet[1];
            if (id == null || id.isEmpty()) {
                continue; // as XSSFReader: a sheet without relationship id has no data to read
            }
            String part = byId.get(id);
            if (part == null) {
                throw new WorkbookReadException("Onleesbaar bestand", name, "Het bestand kon niet worden gelezen: blad '"
                        + name + "' verwijst naar een onderdeel dat in het bestand ontbreekt. Het bestand is beschadigd.", null);
            }
            if (!lowerNames.add(name.toLowerCase(Locale.ROOT))) {
                // Excel forbids this; with two sheets of one name we could not tell which one is meant.
                throw new WorkbookReadException("Dubbele bladnaam", name,
                        "Het bestand heeft meer dan één blad met de naam '" + name + "'.", null);
            }
            sheets.put(name, part);
        }
        return sheets;
    }

    /** The workbook part the package's own relationships point to, usually {@code xl/workbook.xml}. */
    static String workbookPart(ZipPackage pkg, ReadGuard guard) throws IOException, SAXException {
        boolean strict = false;
        for (Relationships.Relationship r : Relationships.of(pkg, "", guard)) {
            if (r.external()) {
                continue;
            }
            if (PackageRelationshipTypes.CORE_DOCUMENT.equals(r.type()) && pkg.has(r.target())) {
                return r.target();
            }
            strict |= PackageRelationshipTypes.STRICT_CORE_DOCUMENT.equals(r.type());
        }
        throw new WorkbookReadException("Geen Excel-werkmap", strict
                ? "Het bestand is opgeslagen als 'Strikt Open XML'. Sla het op als gewone Excel-werkmap (.xlsx)."
                : "Het bestand is geen geldige Excel-werkmap (.xlsx): het werkmapdeel ontbreekt.");
    }

    private static final class Handler extends DefaultHandler {

        private final ReadGuard guard;
        private final List<String[]> sheets = new ArrayList<>();

        Handler(ReadGuard guard) {
            this.guard = guard;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            guard.tick("werkmap");
            if ("sheet".equals(localName)) {
                if (sheets.size() >= MAX_SHEETS) {
                    throw new WorkbookReadException("Limiet aantal bladen", "Het bestand heeft meer dan "
                            + Measures.count(MAX_SHEETS) + " bladen (limiet: " + Measures.count(MAX_SHEETS) + ").");
                }
                sheets.add(new String[] {atts.getValue("name"), atts.getValue(RELATIONSHIPS_NAMESPACE, "id")});
            }
        }
    }
}
