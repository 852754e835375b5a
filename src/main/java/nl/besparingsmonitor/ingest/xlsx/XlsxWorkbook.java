package nl.besparingsmonitor.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;

/**
 * A workbook opened read-only for streaming. Sheets are parsed part by part with our own SAX
 * handlers, never loaded as a usermodel, so memory stays flat however many rows a sheet has.
 * The file itself is never written: it is opened as a read-only zip ({@link ZipPackage}).
 *
 * <p>Before any part is read, {@link PackageCheck} has inspected the zip package; while reading,
 * an {@link InflateGuard} and a {@link ReadGuard} enforce the {@link ReadLimits}. Nothing outside
 * the package is ever fetched: external links, data connections and remote images are
 * relationships we never follow, and formulas are never evaluated (their cached value is read).
 */
public final class XlsxWorkbook implements AutoCloseable {

    /** Cells of a sheet that is read whole (all but the streamed Boekingen); a real one has thousands. */
    static final long MAX_CELLS_READ_WHOLE = 2_000_000;

    private final ZipPackage pkg;
    private final SharedTexts sharedStrings;
    private final CellStyles styles;
    private final Map<String, String> sheets;
    private final ReadGuard guard;
    private final boolean macros;
    private final boolean externalData;

    private XlsxWorkbook(ZipPackage pkg, SharedTexts sharedStrings, CellStyles styles, Map<String, String> sheets,
                         ReadGuard guard, boolean macros, boolean externalData) {
        this.pkg = pkg;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.sheets = sheets;
        this.guard = guard;
        this.macros = macros;
        this.externalData = externalData;
    }

    /**
     * Sets POI's process-wide zip limits to the configured ones, for where POI itself opens a sender's
     * file (the marked-up copy of a workbook with problems). The byte-array limits of POI
     * ({@code IOUtils.setByteArrayMaxOverride}) are deliberately left at POI's defaults.
     */
    public static synchronized void configurePoi(ReadLimits limits) {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        ZipSecureFile.setMaxFileCount(PackageCheck.MAX_ENTRIES);
    }

    /** Opens a workbook; every way in which the file is not a usable .xlsx becomes a Dutch {@link WorkbookReadException}. */
    public static XlsxWorkbook open(Path file, ReadLimits limits) {
        ReadGuard guard = new ReadGuard(limits);
        checkFile(file, limits);
        ZipPackage pkg = ZipPackage.open(file, limits);
        try {
            boolean macros = pkg.contents().macros() || ContentTypes.declareMacros(pkg, guard);
            String workbook = SheetParts.workbookPart(pkg, guard);
            List<Relationships.Relationship> related = Relationships.of(pkg, workbook, guard);
            SharedTexts strings = readPart(pkg, related, XSSFRelation.SHARED_STRINGS.getRelation(), "gedeelde teksten",
                    in -> SharedTexts.read(in, guard), SharedTexts.NONE);
            CellStyles styles = readPart(pkg, related, XSSFRelation.STYLES.getRelation(), "opmaak",
                    in -> CellStyles.read(in, guard), CellStyles.NONE);
            Map<String, String> sheets = SheetParts.read(pkg, workbook, related, guard);
            return new XlsxWorkbook(pkg, strings, styles, sheets, guard, macros, pkg.contents().externalData());
        } catch (WorkbookReadException e) {
            pkg.close();
            throw e;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            pkg.close();
            WorkbookReadException inner = ReadFailures.readException(e);
            if (inner != null) {
                throw inner;
            }
            if (e instanceof RuntimeException r && Defects.isOurs(r)) {
                throw r;
            }
            throw new WorkbookReadException("Onleesbaar bestand", null,
                    "Het bestand kon niet worden gelezen: " + ReadFailures.dutch(e), e);
        }
    }

    private interface PartReader<T> {
        T read(InputStream in) throws IOException, SAXException;
    }

    /** The first part the workbook relates to with {@code relationType}, read by {@code partReader}; {@code none} without one. */
    private static <T> T readPart(ZipPackage pkg, List<Relationships.Relationship> related, String relationType,
                                  String what, PartReader<T> partReader, T none) throws IOException {
        for (Relationships.Relationship r : related) {
            if (relationType.equals(r.type()) && !r.external() && pkg.has(r.target())) {
                try (InputStream in = pkg.open(r.target())) {
                    return partReader.read(in);
                } catch (SAXException e) {
                    WorkbookReadException inner = ReadFailures.readException(e);
                    if (inner != null) {
                        throw inner;
                    }
                    throw new WorkbookReadException("Onleesbaar onderdeel", null,
                            "Het onderdeel '" + what + "' kon niet worden gelezen: " + ReadFailures.dutch(e), e);
                }
            }
        }
        return none;
    }

    private static void checkFile(Path file, ReadLimits limits) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                throw new WorkbookReadException("Symbolische koppeling genegeerd",
                        "Het bestand is een symbolische koppeling naar een andere plek; die wordt niet gevolgd en niet gelezen.");
            }
            if (!attributes.isRegularFile()) {
                throw new WorkbookReadException("Geen gewoon bestand", "Dit is geen gewoon bestand en wordt niet gelezen.");
            }
            long size = attributes.size();
            if (size == 0) {
                throw new WorkbookReadException("Leeg bestand", "Het bestand is leeg (0 bytes).");
            }
            if (size > limits.maxFileBytes()) {
                throw new WorkbookReadException("Limiet bestandsgrootte",
                        "Het bestand is " + Measures.bytes(size) + "; de limiet is " + Measures.bytes(limits.maxFileBytes()) + ".");
            }
            byte[] head = new byte[8];
            int n;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                    && (head[3] & 0xFF) == 0xE0) {
                boolean encrypted = isEncrypted(file);
                throw new WorkbookReadException(encrypted ? "Versleuteld bestand" : "Oud Excel-formaat",
                        encrypted
                                ? "Het bestand is met een wachtwoord beveiligd (versleuteld). Sla het op zonder wachtwoord."
                                : "Het bestand is een oud Excel-bestand (.xls). Sla het op als Excel-werkmap (.xlsx).");
            }
            if (n < 4 || head[0] != 'P' || head[1] != 'K') {
                throw new WorkbookReadException("Geen Excel-werkmap",
                        "Het bestand is geen Excel-werkmap (.xlsx); het lijkt een ander soort bestand (bijvoorbeeld "
                                + kindOf(head, n) + ").");
            }
        } catch (IOException e) {
            throw new WorkbookReadException("Onleesbaar bestand", null,
                    "Het bestand kon niet worden geopend (" + e.getClass().getSimpleName() + ").", e);
        }
    }

    /** A hint for the sender what the file is instead, from its first bytes. */
    private static String kindOf(byte[] head, int n) {
        String start = new String(head, 0, Math.max(n, 0), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF")) {
            return "een PDF";
        }
        if (start.startsWith("{\\rtf")) {
            return "een RTF-document";
        }
        if (start.startsWith("<")) {
            return "HTML of XML";
        }
        return "CSV, PDF of tekst";
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public List<String> sheetNames() {
        return new ArrayList<>(sheets.keySet());
    }

    /** True when the package carries a VBA project, macro sheets or ActiveX; macros are never run, only reported. */
    public boolean hasMacros() {
        return macros;
    }

    /** True when the package has external links, data connections or query tables; never followed. */
    public boolean hasExternalData() {
        return externalData;
    }

    /** Streams the rows of a sheet to the handler; merged cells are not expanded here. */
    public void stream(String sheetName, RowHandler handler) {
        parse(sheetName, handler);
    }

    /** Reads a small sheet whole, repeating each merged value into every cell its range covers. */
    public SheetData read(String sheetName) {
        List<SheetRow> rows = new ArrayList<>();
        long[] cells = new long[1];
        SheetXmlHandler handler = parse(sheetName, row -> {
            cells[0] += row.cells().size();
            if (cells[0] > MAX_CELLS_READ_WHOLE) {
                throw new WorkbookReadException("Limiet cellen per blad", sheetName,
                        "Blad '" + sheetName + "' heeft meer dan " + Measures.count(MAX_CELLS_READ_WHOLE)
                                + " gevulde cellen (gemeten: " + Measures.count(cells[0]) + " toen het lezen stopte; limiet: "
                                + Measures.count(MAX_CELLS_READ_WHOLE) + "). Alleen het blad Boekingen mag zo groot zijn.",
                        null);
            }
            rows.add(row);
        });
        return new SheetData(sheetName, MergedCells.expand(sheetName, rows, handler.mergedRanges()),
                handler.hiddenColumns());
    }

    private SheetXmlHandler parse(String sheetName, RowHandler rows) {
        String part = sheets.get(sheetName);
        if (part == null) {
            throw new IllegalArgumentException("No sheet " + sheetName);
        }
        SheetXmlHandler handler = new SheetXmlHandler(sheetName, sharedStrings, styles, rows, guard);
        try (InputStream in = pkg.open(part)) {
            SecureXml.parse(in, handler);
            return handler;
        } catch (WorkbookReadException e) {
            throw e;
        } catch (SAXException | IOException | RuntimeException e) {
            WorkbookReadException inner = ReadFailures.readException(e);
            if (inner != null) {
                throw inner;
            }
            if (e instanceof RuntimeException r && Defects.isOurs(r)) {
                throw r;
            }
            throw new WorkbookReadException("Onleesbaar blad", sheetName,
                    "Blad '" + sheetName + "' kon niet worden gelezen: " + ReadFailures.dutch(e), e);
        }
    }

    public Set<String> sheetNameSet() {
        return Collections.unmodifiableSet(sheets.keySet());
    }

    @Override
    public void close() {
        pkg.close();
    }
}
