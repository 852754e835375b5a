package nl.besparingsmonitor.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The zip package of a workbook, opened once and only read. {@link PackageCheck} inspects it before
 * anything else; parts are then found by name (case-insensitive, as part names compare in a package)
 * and read through an {@link InflateGuard}. This is all of the Open Packaging Conventions that
 * reading cells needs: POI's OPCPackage parsed every relationship part with a DOM and opened the zip
 * a second time, which was a tenth of the time spent on the small workbooks that make up most runs.
 */
final class ZipPackage implements AutoCloseable {

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> parts;
    private final ReadLimits limits;
    private final PackageCheck.Contents contents;

    private ZipPackage(ZipFile zip, Map<String, ZipArchiveEntry> parts, ReadLimits limits, PackageCheck.Contents contents) {
        this.zip = zip;
        this.parts = parts;
        this.limits = limits;
        this.contents = contents;
    }

    static ZipPackage open(Path file, ReadLimits limits) {
        ZipFile zip;
        try {
            zip = ZipFile.builder().setPath(file).get();
        } catch (IOException | RuntimeException e) {
            // No readable central directory: truncated, damaged, or not a zip at all.
            throw PackageCheck.corrupt("het bestand is beschadigd of onvolledig (de inhoudsopgave van het zip-bestand is ongeldig).");
        }
        try {
            PackageCheck.Contents contents = PackageCheck.check(zip, limits);
            Map<String, ZipArchiveEntry> parts = new HashMap<>();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (!entry.isDirectory()) {
                    parts.put(PackageCheck.normalised(entry.getName()), entry);
                }
            }
            return new ZipPackage(zip, parts, limits, contents);
        } catch (RuntimeException | Error e) {
            closeQuietly(zip);
            throw e;
        }
    }

    PackageCheck.Contents contents() {
        return contents;
    }

    boolean has(String partName) {
        return parts.containsKey(PackageCheck.normalised(partName));
    }

    /** Part names as the package spells them. */
    Set<String> partNames() {
        Set<String> names = new TreeSet<>();
        parts.values().forEach(entry -> names.add(entry.getName()));
        return names;
    }

    /** A part's content, guarded while it inflates; a part that is not there is a damaged package. */
    InputStream open(String partName) throws IOException {
        ZipArchiveEntry entry = parts.get(PackageCheck.normalised(partName));
        if (entry == null) {
            throw PackageCheck.corrupt("het onderdeel '" + partName + "' ontbreekt.");
        }
        return new InflateGuard(zip.getInputStream(entry), entry.getName(), entry.getSize(), limits);
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // read-only: nothing to lose
        }
    }
}
