package nl.besparingsmonitor.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles are date formats: all that the reader needs from {@code styles.xml}. Read with a
 * bounded SAX handler instead of POI's StylesTable, which builds a full XMLBeans tree of the part
 * and so lets a bloated styles part fill the memory.
 */
final class CellStyles {

    /** Excel allows some 64,000 cell formats in a workbook. */
    static final int MAX_STYLES = 65_536;
    /** Excel's format codes are at most 255 characters; longer ones are no date format we know. */
    private static final int MAX_FORMAT_CODE = 1_000;

    static final CellStyles NONE = new CellStyles(new BitSet());

    private final BitSet dateStyles;

    private CellStyles(BitSet dateStyles) {
        this.dateStyles = dateStyles;
    }

    boolean isDate(int styleIndex) {
        return styleIndex >= 0 && dateStyles.get(styleIndex);
    }

    static CellStyles read(InputStream in, ReadGuard guard) throws IOException, SAXException {
        Handler handler = new Handler(guard);
        SecureXml.parse(in, handler);
        return new CellStyles(handler.dates);
    }

    private static final class Handler extends DefaultHandler {

        private final ReadGuard guard;
        private final Map<Integer, String> formats = new HashMap<>();
        private final BitSet dates = new BitSet();
        private boolean inCellXfs;
        private int xfCount;

        Handler(ReadGuard guard) {
            this.guard = guard;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            guard.tick("opmaak");
            switch (localName) {
                case "numFmt" -> {
                    Integer id = number(atts.getValue("numFmtId"));
                    String code = atts.getValue("formatCode");
                    if (id != null && code != null && formats.size() < MAX_STYLES) {
                        formats.put(id, code);
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (!inCellXfs) {
                        return;
                    }
                    if (xfCount >= MAX_STYLES) {
                        throw new WorkbookReadException("Limiet opmaakstijlen",
                                "Het bestand heeft meer dan " + Measures.count(MAX_STYLES) + " celopmaakstijlen (limiet: "
                                        + Measures.count(MAX_STYLES) + ").");
                    }
                    Integer id = number(atts.getValue("numFmtId"));
                    if (id != null && isDateFormat(id)) {
                        dates.set(xfCount);
                    }
                    xfCount++;
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("cellXfs".equals(localName)) {
                inCellXfs = false;
            }
        }

        private boolean isDateFormat(int id) {
            String code = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            if (code == null || code.length() > MAX_FORMAT_CODE) {
                return false;
            }
            return DateUtil.isADateFormat(id, code);
        }

        private static Integer number(String text) {
            if (text == null) {
                return null;
            }
            try {
                return Integer.valueOf(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
