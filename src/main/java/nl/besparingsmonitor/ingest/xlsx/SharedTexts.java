package nl.besparingsmonitor.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings table, read with our own bounded SAX handler instead of POI's
 * ReadOnlySharedStringsTable: the number of strings, their total length and the time spent are all
 * checked while reading, so a huge table is refused before it fills the memory. Phonetic runs
 * ({@code rPh}, Japanese reading aids) are skipped as Excel does when showing a cell.
 */
final class SharedTexts {

    /** About 200 MB of heap at most; a million unique booking descriptions need a quarter of it. */
    static final long MAX_TOTAL_CHARS = 100_000_000;

    static final SharedTexts NONE = new SharedTexts(List.of());

    private final List<String> strings;

    private SharedTexts(List<String> strings) {
        this.strings = strings;
    }

    /** The string at an index, or null when the table has no such entry. */
    String get(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : null;
    }

    int size() {
        return strings.size();
    }

    static SharedTexts read(InputStream in, ReadGuard guard) throws IOException, SAXException {
        Handler handler = new Handler(guard);
        SecureXml.parse(in, handler);
        return new SharedTexts(handler.strings);
    }

    private static final class Handler extends DefaultHandler {

        private final ReadGuard guard;
        private final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inItem;
        private boolean inText;
        private int phoneticDepth;
        private long totalChars;

        Handler(ReadGuard guard) {
            this.guard = guard;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            guard.tick("gedeelde teksten");
            switch (localName) {
                case "si" -> {
                    inItem = true;
                    text.setLength(0);
                }
                case "rPh" -> phoneticDepth++;
                case "t" -> inText = inItem && phoneticDepth == 0;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!inText) {
                return;
            }
            if (text.length() + length > guard.maxTextLength()) {
                guard.textTooLong("gedeelde teksten", "tekst nummer " + (strings.size() + 1), text.length() + length);
            }
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "t" -> inText = false;
                case "rPh" -> phoneticDepth = Math.max(0, phoneticDepth - 1);
                case "si" -> {
                    inItem = false;
                    totalChars += text.length();
                    guard.sharedStrings(strings.size() + 1L, totalChars, MAX_TOTAL_CHARS);
                    strings.add(text.toString());
                }
                default -> {
                }
            }
        }
    }
}
