package nl.besparingsmonitor.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.XMLFilterImpl;

import com.fasterxml.aalto.sax.SAXParserFactoryImpl;

/**
 * The only way this package creates an XML parser. It is Aalto's SAX parser rather than the JDK's:
 * the sheet parts are most of the ingest work, and Aalto reads them 2 to 2.5 times faster (see the
 * benchmark README). A DOCTYPE is refused outright, from the lexical handler's {@code startDTD},
 * which the parser calls before it reads a single declaration: no legitimate workbook part has one,
 * and without it no entity can be declared, expanded ("billion laughs") or resolved against a file
 * or a URL. The hostile-workbook tests hold this parser to that.
 */
final class SecureXml {

    static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";
    static final String DOCTYPE_REFUSED = "DOCTYPE refused: workbook parts never declare one";

    private static final SAXParserFactoryImpl FACTORY = newFactory();

    private SecureXml() {
    }

    static XMLReader newReader() {
        try {
            XMLReader reader = new FreshAttributes(FACTORY.newSAXParser().getXMLReader());
            reader.setProperty(LEXICAL_HANDLER, new RefuseDoctype());
            // Belt and braces: should anything still try to resolve an entity, it gets nothing.
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entity refused: " + systemId);
            });
            // A damaged file is an expected input here, reported to its sender: parse errors are thrown, not logged.
            reader.setErrorHandler(new QuietErrors());
            return reader;
        } catch (SAXException e) {
            // Without the DOCTYPE refusal we must not read at all.
            throw new IllegalStateException("Cannot create a secure XML parser", e);
        }
    }

    /** Parses one part with a fresh secure reader, events to {@code handler}. */
    static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        XMLReader reader = newReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(in));
    }

    private static SAXParserFactoryImpl newFactory() {
        SAXParserFactoryImpl factory = new SAXParserFactoryImpl();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        return factory;
    }

    /**
     * Aalto 1.3.3 answers {@code getValue("r")} on an element without attributes with the value of the
     * previous element's {@code r} (its lookup table is not cleared): a {@code <c>} without reference
     * would take its row's number as its cell reference. Elements without attributes get an empty set.
     */
    private static final class FreshAttributes extends XMLFilterImpl {
        private static final Attributes NONE = new AttributesImpl();

        FreshAttributes(XMLReader parent) {
            super(parent);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            super.startElement(uri, localName, qName, atts.getLength() == 0 ? NONE : atts);
        }
    }

    private static final class RefuseDoctype extends DefaultHandler2 {
        @Override
        public void startDTD(String name, String publicId, String systemId) throws SAXException {
            throw new SAXException(DOCTYPE_REFUSED);
        }

        @Override
        public void startEntity(String name) throws SAXException {
            // Only the five predefined entities and character references can occur without a DOCTYPE.
            throw new SAXException("Entity refused: " + name);
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
