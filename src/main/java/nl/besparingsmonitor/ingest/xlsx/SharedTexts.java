package nl.besparingsmonitor.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings table, read with our own bounded SAX handler instead of POI's
 * ReadOnlySharedStringsTable: the number of strings, the heap they take (kept compactly, see
 * {@link CompactTexts}) and the time spent are all checked while reading, so a huge table is refused
 * with its own message before it fills the memory. Phonetic runs
 * ({@code rPh}, Japanese reading aids) are skipped as Excel does when showing a cell.
 */
final class SharedTexts {

    static final SharedTexts NONE = new SharedTexts(new CompactTexts());

    private final CompactTexts strings;

    private SharedTexts(CompactTexts strings) {
        this.strings = strings;
    }

    /** The string at an index, or null when the table has no such entry. */
    String get(int index) {
        return strings.get(index);
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
        private final CompactTexts strings = new CompactTexts();
        private final StringBuilder text = new StringBuilder();
        private boolean inItem;
        private boolean inText;
        private int phoneticDepth;

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
                    strings.add(text.toString());
                    guard.sharedStrings(strings.size(), strings.bytesHeld());
                }
                default -> {
                }
            }
        }
    }
}
