package nl.besparingsmonitor.excel;

import java.util.Map;

/**
 * Names the JDK's own JAXP factories as the ones to use. Without a name, every
 * {@code SAXParserFactory.newInstance()} (XMLBeans calls it for each part POI loads, so several times
 * per report workbook) first searches every jar of the application for a service entry, and there is
 * none: it always ends with these same JDK classes. In the packaged application that search went
 * through about sixty nested jars each time, a tenth of the time spent writing the municipal extracts.
 * A factory an operator names with {@code -D} on the command line is left as it is.
 */
public final class JdkXmlFactories {

    private static final Map<String, String> DEFAULTS = Map.of(
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");

    private JdkXmlFactories() {
    }

    public static void pin() {
        DEFAULTS.forEach((property, implementation) -> {
            if (System.getProperty(property) == null) {
                System.setProperty(property, implementation);
            }
        });
    }
}
