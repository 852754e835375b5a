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
 * Which cell styles show a number as a date, as a percentage, or divided by a thousand or a million: all that the reader
 * needs from {@code styles.xml}. Read with a bounded SAX handler instead of POI's StylesTable, which
 * builds a full XMLBeans tree of the part and so lets a bloated styles part fill the memory.
 */
final class CellStyles {

    /** Excel allows some 64,000 cell formats in a workbook. */
    static final int MAX_STYLES = 65_536;
    /** Excel's format codes are at most 255 characters; longer ones are no date format we know. */
    private static final int MAX_FORMAT_CODE = 1_000;

    static final CellStyles NONE = new CellStyles(new BitSet(), new BitSet(), new BitSet(), new BitSet());

    private final BitSet dates;
    private final BitSet percentages;
    private final BitSet thousands;
    private final BitSet millions;

    private CellStyles(BitSet dates, BitSet percentages, BitSet thousands, BitSet millions) {
        this.dates = dates;
        this.percentages = percentages;
        this.thousands = thousands;
        this.millions = millions;
    }

    SheetCell.Shown shown(int styleIndex) {
        if (styleIndex < 0) {
            return SheetCell.Shown.AS_STORED;
        }
        if (dates.get(styleIndex)) {
            return SheetCell.Shown.AS_DATE;
        }
        if (percentages.get(styleIndex)) {
            return SheetCell.Shown.AS_PERCENT;
        }
        if (thousands.get(styleIndex)) {
            return SheetCell.Shown.IN_THOUSANDS;
        }
        return millions.get(styleIndex) ? SheetCell.Shown.IN_MILLIONS : SheetCell.Shown.AS_STORED;
    }

    static CellStyles read(InputStream in, ReadGuard guard) throws IOException, SAXException {
        Handler handler = new Handler(guard);
        SecureXml.parse(in, handler);
        return new CellStyles(handler.dates, handler.percentages, handler.thousands, handler.millions);
    }

    /**
     * How many times a number format divides by a thousand for display: a comma after the last digit
     * placeholder scales ({@code #,##0,} shows 145000 as 145, {@code 0.0,,"mln"} in millions), a comma
     * between placeholders is the thousands separator. Format codes in a file are in Excel's invariant
     * notation whatever the user's language. Only the first section (positive numbers) is read.
     */
    static int scalingCommas(String code) {
        String shape = firstSectionShape(code);
        int scaling = 0;
        int run = 0;
        boolean afterDigit = false;
        for (int i = 0; i < shape.length(); i++) {
            char c = shape.charAt(i);
            if (c == '0' || c == '#' || c == '?') {
                run = 0; // commas between placeholders separate thousands
                afterDigit = true;
                continue;
            }
            if (c == ',' && afterDigit) {
                run++;
                continue;
            }
            if (run > 0) {
                scaling = run;
                run = 0;
            }
            afterDigit = c == '.' && afterDigit;
        }
        return run > 0 ? run : scaling;
    }

    /** A % sign in the first section of a format code, outside quoted text and brackets: Excel shows the number times 100. */
    static boolean percentFormat(String code) {
        return firstSectionShape(code).indexOf('%') >= 0;
    }

    /**
     * The first section of a format code (positive numbers) with each literal part, quoted text, a
     * bracketed colour or currency, an escaped character or a padding/fill pair ({@code \,}, {@code _-},
     * {@code * }), replaced by one space: what is left are the characters that format the number.
     */
    private static String firstSectionShape(String code) {
        StringBuilder shape = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == ';') {
                break;
            }
            switch (c) {
                case '"' -> i = skipTo(code, i, '"');
                case '[' -> i = skipTo(code, i, ']');
                case '\\', '_', '*' -> i++;
                default -> {
                    shape.append(c);
                    continue;
                }
            }
            shape.append(' ');
        }
        return shape.toString();
    }

    private static int skipTo(String code, int from, char end) {
        int at = code.indexOf(end, from + 1);
        return at < 0 ? code.length() : at;
    }

    private static final class Handler extends DefaultHandler {

        private final ReadGuard guard;
        private final Map<Integer, String> formats = new HashMap<>();
        private final BitSet dates = new BitSet();
        private final BitSet percentages = new BitSet();
        private final BitSet thousands = new BitSet();
        private final BitSet millions = new BitSet();
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
                    if (id != null) {
                        classify(id, xfCount);
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

        private void classify(int id, int style) {
            String code = formats.containsKey(id) ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            if (code == null || code.length() > MAX_FORMAT_CODE) {
                return;
            }
            if (DateUtil.isADateFormat(id, code)) {
                dates.set(style);
                return;
            }
            if (percentFormat(code)) {
                percentages.set(style);
                return;
            }
            int scaling = scalingCommas(code);
            if (scaling == 1) {
                thousands.set(style);
            } else if (scaling >= 2) {
                millions.set(style);
            }
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
