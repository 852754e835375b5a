package nl.besparingsmonitor.ingest.xlsx;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The only way this package creates an XML parser. On top of POI's hardened defaults (secure
 * processing, no external entities, no external DTD) a DOCTYPE is refused outright: no legitimate
 * workbook part has one, and without it no entity can be declared, expanded ("billion laughs")
 * or resolved against a file or a URL.
 */
final class SecureXml {

    static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SecureXml() {
    }

    static XMLReader newReader() {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setFeature(DISALLOW_DOCTYPE, true);
            reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
            reader.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            reader.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            // Belt and braces: should anything still try to resolve an entity, it gets nothing.
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entity refused: " + systemId);
            });
            // POI's handler logs every damaged file at ERROR level; a damaged file is an expected input here,
            // reported to its sender, so parse errors are only thrown, not logged.
            reader.setErrorHandler(new QuietErrors());
            return reader;
        } catch (SAXException | ParserConfigurationException e) {
            // The JDK's parser supports every feature above; without them we must not read at all.
            throw new IllegalStateException("Cannot create a secure XML parser", e);
        }
    }

    private static final class QuietErrors implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // not fatal, nothing to report
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /** True when a parser message says a DOCTYPE or entity was refused. */
    static boolean isDoctypeRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("doctype") || m.contains("entity") || m.contains("entiteit")) {
                return true;
            }
        }
        return false;
    }
}
