package nl.besparingsmonitor.ingest.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Inspects the zip package of a workbook before any part is read, from the central directory and the
 * first bytes of each XML part only, so that a hostile package is refused before anything is
 * inflated in bulk: a damaged central directory, duplicate part names (CVE-2025-31672), too many
 * parts, parts that claim to inflate beyond the entry size or ratio limits, encrypted or unreadable
 * entries, and any XML part with a DOCTYPE. In case the sizes in the directory lie, {@link InflateGuard}
 * checks the same limits again while parts are read.
 */
final class PackageCheck {

    /** Same as POI's own default for {@code ZipSecureFile.setMaxFileCount}; a workbook has a few dozen. */
    static final int MAX_ENTRIES = 1_000;
    /** Parts that POI parses whole into memory (content types, relationships, workbook). */
    static final long MAX_IN_MEMORY_PART_BYTES = 32L * 1024 * 1024;
    /** Below this size the inflate ratio is not checked (same grace as POI). */
    static final long RATIO_GRACE_BYTES = 100 * 1024;
    /** How much of each XML part is inflated to see its prolog. */
    static final int PROLOG_BYTES = 64 * 1024;

    /** What the package holds besides data, for warnings. */
    record Contents(boolean macros, boolean externalData) {
    }

    private PackageCheck() {
    }

    /** Checks an opened package; the caller closes it. */
    static Contents check(ZipFile zip, ReadLimits limits) {
        try {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.isEmpty()) {
                throw corrupt("het zip-bestand bevat geen onderdelen.");
            }
            if (entries.size() > MAX_ENTRIES) {
                throw new WorkbookReadException("Limiet aantal onderdelen",
                        "Het bestand bestaat uit " + Measures.count(entries.size()) + " onderdelen; de limiet is "
                                + Measures.count(MAX_ENTRIES) + ".");
            }
            checkDuplicates(entries);
            boolean macros = false;
            boolean external = false;
            for (ZipArchiveEntry entry : entries) {
                checkEntry(zip, entry, limits);
                String name = normalised(entry.getName());
                macros |= name.endsWith("vbaproject.bin") || name.startsWith("xl/macrosheets/")
                        || name.startsWith("xl/activex/");
                external |= name.startsWith("xl/externallinks/") || name.equals("xl/connections.xml")
                        || name.startsWith("xl/querytables/");
            }
            for (ZipArchiveEntry entry : entries) {
                String name = normalised(entry.getName());
                if (!entry.isDirectory() && (name.endsWith(".xml") || name.endsWith(".rels"))) {
                    checkProlog(zip, entry);
                }
            }
            return new Contents(macros, external);
        } catch (WorkbookReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // No readable central directory: truncated, damaged, or not a zip at all.
            throw corrupt("het bestand is beschadigd of onvolledig (de inhoudsopgave van het zip-bestand is ongeldig).");
        }
    }

    private static void checkDuplicates(List<ZipArchiveEntry> entries) {
        Map<String, Integer> seen = new HashMap<>();
        for (ZipArchiveEntry entry : entries) {
            // Part names in a package compare case-insensitively, so "A.xml" and "a.xml" collide too.
            String name = normalised(entry.getName());
            int n = seen.merge(name, 1, Integer::sum);
            if (n > 1) {
                throw new WorkbookReadException("Dubbele onderdelen",
                        "Het bestand bevat het onderdeel '" + entry.getName() + "' meer dan eens. Zo'n bestand kan zo zijn "
                                + "gemaakt dat verschillende programma's verschillende gegevens zien, en wordt daarom niet gelezen.");
            }
        }
    }

    private static void checkEntry(ZipFile zip, ZipArchiveEntry entry, ReadLimits limits) {
        String name = entry.getName();
        if (entry.getGeneralPurposeBit().usesEncryption()) {
            throw new WorkbookReadException("Versleuteld bestand",
                    "Het onderdeel '" + name + "' is versleuteld. Sla het bestand op zonder wachtwoord.");
        }
        if (!zip.canReadEntryData(entry)) {
            throw corrupt("het onderdeel '" + name + "' gebruikt een onbekende compressiemethode.");
        }
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > limits.maxEntryBytes()) {
            throw new WorkbookReadException("Limiet grootte onderdeel",
                    "Het onderdeel '" + name + "' pakt uit tot " + Measures.bytes(size) + "; de limiet is "
                            + Measures.bytes(limits.maxEntryBytes()) + ".");
        }
        if (size > MAX_IN_MEMORY_PART_BYTES && isReadWhole(name)) {
            throw new WorkbookReadException("Limiet grootte onderdeel",
                    "Het onderdeel '" + name + "' pakt uit tot " + Measures.bytes(size) + "; de limiet voor dit soort onderdeel is "
                            + Measures.bytes(MAX_IN_MEMORY_PART_BYTES) + ".");
        }
        if (size > RATIO_GRACE_BYTES && compressed >= 0) {
            double ratio = (double) compressed / size;
            if (ratio < limits.minInflateRatio()) {
                throw new WorkbookReadException("Limiet uitpakverhouding",
                        "Het onderdeel '" + name + "' pakt uit van " + Measures.bytes(compressed) + " tot "
                                + Measures.bytes(size) + ", een verhouding van " + Measures.ratio(ratio)
                                + "; de limiet is " + Measures.ratio(limits.minInflateRatio())
                                + ". Zo'n bestand is vermoedelijk een zip-bom.");
            }
        }
    }

    private static boolean isReadWhole(String name) {
        String n = normalised(name);
        return n.endsWith(".rels") || n.equals("[content_types].xml") || n.endsWith("/workbook.xml");
    }

    /** Reads only the start of an XML part: a DOCTYPE, if any, comes before the first element. */
    private static void checkProlog(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        byte[] head;
        try (InputStream in = zip.getInputStream(entry)) {
            head = in.readNBytes(PROLOG_BYTES);
        }
        DefaultHandler stopAtFirstElement = new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
                throw new PrologDone();
            }
        };
        try {
            SecureXml.parse(new ByteArrayInputStream(head), stopAtFirstElement);
        } catch (PrologDone done) {
            // reached the first element without a DOCTYPE
        } catch (SAXException e) {
            if (SecureXml.isDoctypeRefusal(e)) {
                throw new WorkbookReadException("XML met DOCTYPE",
                        "Het onderdeel '" + entry.getName() + "' bevat XML met een DOCTYPE-declaratie (mogelijk met "
                                + "verwijzingen naar andere bestanden of websites). Dat komt in een gewone Excel-werkmap niet "
                                + "voor; het bestand wordt daarom niet gelezen en er wordt niets opgehaald.");
            }
            // Other damage in a part is reported by the reader of that part, if it is read at all.
        }
    }

    static WorkbookReadException corrupt(String reason) {
        return new WorkbookReadException("Beschadigd bestand", "Het bestand is geen geldige Excel-werkmap (.xlsx): " + reason);
    }

    static String normalised(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    /** Stops the prolog parse at the first element; no stack trace needed. */
    private static final class PrologDone extends SAXException {
        private static final long serialVersionUID = 1L;

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
