package nl.besparingsmonitor.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * A workbook opened read-only for streaming. Sheets are parsed with POI's event API and our own SAX
 * handler, never loaded as a usermodel, so memory stays flat however many rows a sheet has.
 * The file itself is never written: {@link PackageAccess#READ} makes closing a no-op for the file.
 */
public final class XlsxWorkbook implements AutoCloseable {

    private final OPCPackage pkg;
    private final ReadOnlySharedStringsTable sharedStrings;
    private final StylesTable styles;
    private final Map<String, PackagePart> sheets;
    private final ReadGuard guard;
    private final boolean macros;

    private XlsxWorkbook(OPCPackage pkg, ReadOnlySharedStringsTable sharedStrings, StylesTable styles,
                         Map<String, PackagePart> sheets, ReadGuard guard, boolean macros) {
        this.pkg = pkg;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.sheets = sheets;
        this.guard = guard;
        this.macros = macros;
    }

    /** Opens a workbook; every way in which the file is not a usable .xlsx becomes a Dutch {@link WorkbookReadException}. */
    public static XlsxWorkbook open(Path file, ReadLimits limits) {
        checkFile(file, limits);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Map<String, PackagePart> sheets = new LinkedHashMap<>();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream ignored = it.next()) {
                    sheets.put(it.getSheetName(), it.getSheetPart());
                }
            }
            boolean macros = !pkg.getPartsByName(java.util.regex.Pattern.compile("(?i).*vbaProject\\.bin")).isEmpty();
            return new XlsxWorkbook(pkg, strings, styles, sheets, new ReadGuard(limits), macros);
        } catch (WorkbookReadException e) {
            closeQuietly(pkg);
            throw e;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            closeQuietly(pkg);
            throw new WorkbookReadException("Geen Excel-werkmap",
                    "Het bestand is geen geldige Excel-werkmap (.xlsx): " + PoiMessages.dutch(e));
        } catch (Exception | OutOfMemoryError e) {
            closeQuietly(pkg);
            throw new WorkbookReadException("Onleesbaar bestand", null,
                    "Het bestand kon niet worden gelezen: " + PoiMessages.dutch(e), e);
        }
    }

    private static void checkFile(Path file, ReadLimits limits) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new WorkbookReadException("Leeg bestand", "Het bestand is leeg (0 bytes).");
            }
            if (size > limits.maxFileBytes()) {
                throw new WorkbookReadException("Limiet bestandsgrootte",
                        "Het bestand is " + size + " bytes; de limiet is " + limits.maxFileBytes() + " bytes.");
            }
            byte[] head = new byte[8];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                    && (head[3] & 0xFF) == 0xE0) {
                throw new WorkbookReadException(isEncrypted(file) ? "Versleuteld bestand" : "Oud Excel-formaat",
                        isEncrypted(file)
                                ? "Het bestand is met een wachtwoord beveiligd (versleuteld). Sla het op zonder wachtwoord."
                                : "Het bestand is een oud Excel-bestand (.xls). Sla het op als Excel-werkmap (.xlsx).");
            }
            if (n < 4 || head[0] != 'P' || head[1] != 'K') {
                throw new WorkbookReadException("Geen Excel-werkmap",
                        "Het bestand is geen Excel-werkmap (.xlsx); het lijkt een ander soort bestand (bijvoorbeeld CSV, PDF of tekst).");
            }
        } catch (IOException e) {
            throw new WorkbookReadException("Onleesbaar bestand", null,
                    "Het bestand kon niet worden geopend: " + e.getClass().getSimpleName(), e);
        }
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

    /** True when the package carries a VBA project; macros are never run, only reported. */
    public boolean hasMacros() {
        return macros;
    }

    /** Streams the rows of a sheet to the handler; merged cells are not expanded here. */
    public void stream(String sheetName, RowHandler handler) {
        parse(sheetName, handler);
    }

    /** Reads a small sheet whole, repeating each merged value into every cell its range covers. */
    public SheetData read(String sheetName) {
        List<SheetRow> rows = new ArrayList<>();
        SheetXmlHandler handler = parse(sheetName, rows::add);
        return new SheetData(sheetName, MergedCells.expand(rows, handler.mergedRanges()), handler.hiddenColumns());
    }

    private SheetXmlHandler parse(String sheetName, RowHandler rows) {
        PackagePart part = sheets.get(sheetName);
        if (part == null) {
            throw new IllegalArgumentException("No sheet " + sheetName);
        }
        SheetXmlHandler handler = new SheetXmlHandler(sheetName, sharedStrings, styles, rows, guard);
        try (InputStream in = part.getInputStream()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
            return handler;
        } catch (WorkbookReadException e) {
            throw e;
        } catch (SAXException | IOException | RuntimeException e) {
            if (e.getCause() instanceof WorkbookReadException w) {
                throw w;
            }
            throw new WorkbookReadException("Onleesbaar blad", sheetName,
                    "Blad '" + sheetName + "' kon niet worden gelezen: " + PoiMessages.dutch(e), e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
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
