package nl.besparingsmonitor.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The relationships of one part of a package ({@code _rels/.rels} for the package itself,
 * {@code xl/_rels/workbook.xml.rels} for the workbook), read with our guarded SAX parser. Targets are
 * resolved to part names; an external target (a web address, another file) is kept only as such and
 * never followed.
 */
final class Relationships {

    /** Far beyond a real workbook (one per sheet, plus a few); keeps a crafted part from listing millions. */
    static final int MAX_RELATIONSHIPS = 100_000;

    /** @param target the part name the target resolves to, or the target as written when external */
    record Relationship(String id, String type, String target, boolean external) {
    }

    private Relationships() {
    }

    /** The relationships of {@code sourcePart} ("" for the package); none when it has no relationship part. */
    static List<Relationship> of(ZipPackage pkg, String sourcePart, ReadGuard guard) throws IOException, SAXException {
        String relsPart = relationshipsPart(sourcePart);
        if (!pkg.has(relsPart)) {
            return List.of();
        }
        Handler handler = new Handler(sourcePart, guard);
        try (InputStream in = pkg.open(relsPart)) {
            SecureXml.parse(in, handler);
        }
        return handler.relationships;
    }

    /** {@code xl/workbook.xml} has its relationships in {@code xl/_rels/workbook.xml.rels}; the package in {@code _rels/.rels}. */
    static String relationshipsPart(String sourcePart) {
        int slash = sourcePart.lastIndexOf('/');
        return sourcePart.substring(0, slash + 1) + "_rels/" + sourcePart.substring(slash + 1) + ".rels";
    }

    /** A relative target is relative to the folder of its source part; "/" starts from the package root. */
    static String resolve(String sourcePart, String target) {
        String path = percentDecoded(target.replace('\\', '/'));
        if (!path.startsWith("/")) {
            path = sourcePart.substring(0, sourcePart.lastIndexOf('/') + 1) + path;
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast(); // never above the package root
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    /** Part names in targets are URIs: {@code %20} is a space. A malformed escape is kept as written. */
    private static String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static final class Handler extends DefaultHandler {

        private final String sourcePart;
        private final ReadGuard guard;
        private final List<Relationship> relationships = new ArrayList<>();

        Handler(String sourcePart, ReadGuard guard) {
            this.sourcePart = sourcePart;
            this.guard = guard;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            guard.tick("relaties");
            if (!"Relationship".equals(localName)) {
                return;
            }
            if (relationships.size() >= MAX_RELATIONSHIPS) {
                throw new WorkbookReadException("Limiet aantal onderdelen", "Het bestand heeft meer dan "
                        + Measures.count(MAX_RELATIONSHIPS) + " relaties tussen onderdelen.");
            }
            String target = atts.getValue("Target");
            if (target == null) {
                return;
            }
            boolean external = "External".equalsIgnoreCase(atts.getValue("TargetMode"));
            relationships.add(new Relationship(atts.getValue("Id"), atts.getValue("Type"),
                    external ? target : resolve(sourcePart, target), external));
        }
    }
}
