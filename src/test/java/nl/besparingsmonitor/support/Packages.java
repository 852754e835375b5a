package nl.besparingsmonitor.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Crafts zip packages for hostile-input tests: takes the parts of a real POI-written workbook and
 * replaces, adds or duplicates parts, or streams a huge part straight into the zip so that tests
 * never hold a bomb in memory.
 */
public final class Packages {

    private Packages() {
    }

    /** The parts of a package, in order. */
    public static Map<String, byte[]> parts(Path xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                parts.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return parts;
    }

    public static String text(Map<String, byte[]> parts, String name) {
        byte[] bytes = parts.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("No part " + name + " in " + parts.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static void put(Map<String, byte[]> parts, String name, String xml) {
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path file, Map<String, byte[]> parts) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A part whose content is produced while it is written, so it is never whole in memory. */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes the parts, with one part replaced by (or added as) streamed content, compressed as hard as possible. */
    public static Path writeStreamed(Path file, Map<String, byte[]> parts, String streamedName, Content content) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            boolean written = false;
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().equals(streamedName)) {
                    stream(zip, content);
                    written = true;
                } else {
                    zip.write(e.getValue());
                }
                zip.closeEntry();
            }
            if (!written) {
                zip.putNextEntry(new ZipEntry(streamedName));
                stream(zip, content);
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void stream(OutputStream zip, Content content) throws IOException {
        Writer w = new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
        content.writeTo(w);
        w.flush();
    }

    /** Writes entries as given, duplicates included: java.util.zip refuses them, commons-compress does not. */
    public static Path writeRaw(Path file, List<Map.Entry<String, byte[]>> entries) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    public static byte[] zipBytes(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Makes the central directory of {@code zipFile} claim that {@code part} inflates to {@code claimed} bytes. */
    public static void claimUncompressedSize(Path zipFile, String part, int claimed) throws IOException {
        byte[] zip = Files.readAllBytes(zipFile);
        byte[] name = part.getBytes(StandardCharsets.UTF_8);
        boolean patched = false;
        for (int i = 0; i + 46 + name.length <= zip.length; i++) {
            // a central directory header ("PK\1\2") with this file name at offset 46
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
                    && java.util.Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length)) {
                for (int b = 0; b < 4; b++) {
                    zip[i + 24 + b] = (byte) (claimed >>> (8 * b)); // uncompressed size, little-endian
                }
                patched = true;
            }
        }
        if (!patched) {
            throw new IllegalArgumentException("No central directory entry for " + part);
        }
        Files.write(zipFile, zip);
    }

    /** The sheet part that holds the named sheet, found through workbook.xml and its relationships. */
    public static String sheetPart(Map<String, byte[]> parts, String sheetName) {
        String workbook = text(parts, "xl/workbook.xml");
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("<sheet [^>]*name=\"" + java.util.regex.Pattern.quote(sheetName) + "\"[^>]*r:id=\"([^\"]+)\"")
                .matcher(workbook);
        if (!m.find()) {
            throw new IllegalArgumentException("No sheet " + sheetName);
        }
        String rels = text(parts, "xl/_rels/workbook.xml.rels");
        java.util.regex.Matcher t = java.util.regex.Pattern
                .compile("<Relationship [^>]*Id=\"" + m.group(1) + "\"[^>]*Target=\"([^\"]+)\"").matcher(rels);
        if (!t.find()) {
            t = java.util.regex.Pattern.compile("<Relationship [^>]*Target=\"([^\"]+)\"[^>]*Id=\"" + m.group(1) + "\"")
                    .matcher(rels);
            t.find();
        }
        String target = t.group(1);
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
