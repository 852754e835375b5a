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

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A workbook opened read-only for streaming. Sheets are parsed with POI's event API and our own SAX
 * handlers, never loaded as a usermodel, so memory stays flat however many rows a sheet has.
 * The file itself is never written: {@link PackageAccess#READ} makes closing a no-op for the file.
 *
 * <p>Before POI sees the file, {@link PackageCheck} has inspected the zip package; while reading,
 * a {@link ReadGuard} enforces the {@link ReadLimits}. Nothing outside the package is ever fetched:
 * external links, data connections and remote images are relationships we never follow, and
 * formulas are never evaluated (their cached value is read).
 */
public final class XlsxWorkbook implements AutoCloseable {

    /** Cells of a sheet that is read whole (all but the streamed Boekingen); a real one has thousands. */
    static final long MAX_CELLS_READ_WHOLE = 2_000_000;

    private final OPCPackage pkg;
    private final SharedTexts sharedStrings;
    private final CellStyles styles;
    private final Map<String, PackagePart> sheets;
    private final ReadGuard guard;
    private final boolean macros;
    private final boolean externalData;

    private XlsxWorkbook(OPCPackage pkg, SharedTexts sharedStrings, CellStyles styles, Map<String, PackagePart> sheets,
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
     * Sets POI's process-wide zip limits to the configured ones. POI checks them while inflating any
     * part, which catches a package whose directory lies about its sizes. The byte-array limits of
     * POI ({@code IOUtils.setByteArrayMaxOverride}) are deliberately left at POI's defaults.
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
        PackageCheck.Contents contents = PackageCheck.check(file, limits);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            SharedTexts strings = readPart(pkg, XSSFRelation.SHARED_STRINGS.getContentType(), "gedeelde teksten",
                    in -> SharedTexts.read(in, guard), SharedTexts.NONE);
            CellStyles styles = readPart(pkg, XSSFRelation.STYLES.getContentType(), "opmaak",
                    in -> CellStyles.read(in, guard), CellStyles.NONE);
            Map<String, PackagePart> sheets = SheetParts.read(pkg, guard);
            boolean macros = contents.macros() || isMacroEnabled(pkg);
            return new XlsxWorkbook(pkg, strings, styles, sheets, guard, macros, contents.externalData());
        } catch (WorkbookReadException e) {
            closeQuietly(pkg);
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            closeQuietly(pkg);
            throw new WorkbookReadException("Geen Excel-werkmap",
                    "Het bestand is geen geldige Excel-werkmap (.xlsx): " + PoiMessages.dutch(e));
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            closeQuietly(pkg);
            WorkbookReadException inner = PoiMessages.readException(e);
            if (inner != null) {
                throw inner;
            }
            if (e instanceof RuntimeException r && Defects.isOurs(r)) {
                throw r;
            }
            throw new WorkbookReadException("Onleesbaar bestand", null,
                    "Het bestand kon niet worden gelezen: " + PoiMessages.dutch(e), e);
        }
    }

    private static boolean isMacroEnabled(OPCPackage pkg) throws InvalidFormatException {
        for (PackagePart part : pkg.getParts()) {
            String type = part.getContentType();
            if (type != null && (type.contains("macroEnabled") || type.contains("vbaProject"))) {
                return true;
            }
        }
        return false;
    }

    private interface PartReader<T> {
        T read(InputStream in) throws IOException, SAXException;
    }

    private static <T> T readPart(OPCPackage pkg, String contentType, String what, PartReader<T> partReader, T none)
            throws IOException, SAXException, InvalidFormatException {
        List<PackagePart> parts = pkg.getPartsByContentType(contentType);
        if (parts.isEmpty()) {
            return none;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return partReader.read(in);
        } catch (SAXException e) {
            throw new WorkbookReadException("Onleesbaar onderdeel", null,
                    "Het onderdeel '" + what + "' kon niet worden gelezen: " + PoiMessages.dutch(e), e);
        }
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
        PackagePart part = sheets.get(sheetName);
        if (part == null) {
            throw new IllegalArgumentException("No sheet " + sheetName);
        }
        SheetXmlHandler handler = new SheetXmlHandler(sheetName, sharedStrings, styles, rows, guard);
        try (InputStream in = part.getInputStream()) {
            XMLReader xml = SecureXml.newReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
            return handler;
        } catch (WorkbookReadException e) {
            throw e;
        } catch (SAXException | IOException | RuntimeException e) {
            WorkbookReadException inner = PoiMessages.readException(e);
            if (inner != null) {
                throw inner;
            }
            if (e instanceof RuntimeException r && Defects.isOurs(r)) {
                throw r;
            }
            throw new WorkbookReadException("Onleesbaar blad", sheetName,
                    "Blad '" + sheetName + "' kon niet worden gelezen: " + PoiMessages.dutch(e), e);
        }
    }

    public Set<String> sheetNameSet() {
        return Collections.unmodifiableSet(sheets.keySet());
    }

    @Override
    public void close() {
        closeQuietly(pkg);
    }

    private static void closeQuietly(OPCPackage pkg) {
        if (pkg != null) {
            // READ access: revert() releases the file without ever writing to it.
            pkg.revert();
        }
    }
}
