package nl.besparingsmonitor.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.besparingsmonitor.support.Packages;

/**
 * Mutates valid sample workbooks into broken ones, deterministically from a seed: flipped bytes in
 * the zip and inside parts, truncated parts and files, random cell values of every type, shuffled
 * and renamed sheets and headers, damaged XML attributes and values, missing and duplicated parts.
 */
final class Fuzzer {

    /** One generated file and how to get it again. */
    record Case(long seed, String mutation, byte[] bytes) {
    }

    private static final String[] MUTATIONS = {"flip-zip-bytes", "flip-part-bytes", "truncate-part", "truncate-zip",
            "random-cell-values", "shuffle-rename", "xml-values", "drop-rename-part", "duplicate-part",
            "values-then-flip", "extreme-valid-values"};

    private final Path workDir;

    Fuzzer(Path workDir) {
        this.workDir = workDir;
    }

    static int mutations() {
        return MUTATIONS.length;
    }

    Case generate(long seed) throws IOException {
        Random rnd = new Random(seed);
        int kind = rnd.nextInt(MUTATIONS.length);
        Map<String, List<Object[]>> sheets = FuzzSamples.deepCopy(FuzzSamples.all().get(rnd.nextInt(3)));
        byte[] bytes = switch (kind) {
            case 0 -> flipBytes(rnd, write(sheets), 1 + rnd.nextInt(20));
            case 1 -> rezip(flipInPart(rnd, parts(write(sheets))));
            case 2 -> rezip(truncatePart(rnd, parts(write(sheets))));
            case 3 -> truncate(rnd, write(sheets));
            case 4 -> write(randomValues(rnd, sheets, 1 + rnd.nextInt(15)));
            case 5 -> write(shuffleAndRename(rnd, sheets));
            case 6 -> rezip(xmlValues(rnd, parts(write(sheets)), 1 + rnd.nextInt(6)));
            case 7 -> rezip(dropOrRename(rnd, parts(write(sheets))));
            case 8 -> duplicate(rnd, parts(write(sheets)));
            case 9 -> rezip(flipInPart(rnd, parts(write(shuffleAndRename(rnd, randomValues(rnd, sheets, 5))))));
            default -> write(extremeValues(rnd, sheets, 1 + rnd.nextInt(3)));
        };
        return new Case(seed, MUTATIONS[kind], bytes);
    }

    // ---- whole-file mutations

    private static byte[] flipBytes(Random rnd, byte[] zip, int flips) {
        byte[] b = zip.clone();
        for (int i = 0; i < flips; i++) {
            b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
        }
        return b;
    }

    private static byte[] truncate(Random rnd, byte[] zip) {
        return Arrays.copyOf(zip, rnd.nextInt(zip.length));
    }

    // ---- part mutations

    private static List<String> xmlParts(Map<String, byte[]> parts) {
        return parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).sorted().toList();
    }

    private static String pick(Random rnd, List<String> names) {
        // Sheets and shared strings are where the data is: pick them more often.
        List<String> data = names.stream().filter(n -> n.contains("worksheets/sheet") || n.contains("sharedStrings")).toList();
        return !data.isEmpty() && rnd.nextInt(3) > 0 ? data.get(rnd.nextInt(data.size())) : names.get(rnd.nextInt(names.size()));
    }

    private static Map<String, byte[]> flipInPart(Random rnd, Map<String, byte[]> parts) {
        String name = pick(rnd, xmlParts(parts));
        parts.put(name, flipBytes(rnd, parts.get(name), 1 + rnd.nextInt(10)));
        return parts;
    }

    private static Map<String, byte[]> truncatePart(Random rnd, Map<String, byte[]> parts) {
        String name = pick(rnd, xmlParts(parts));
        byte[] b = parts.get(name);
        parts.put(name, Arrays.copyOf(b, b.length == 0 ? 0 : rnd.nextInt(b.length)));
        return parts;
    }

    private static Map<String, byte[]> dropOrRename(Random rnd, Map<String, byte[]> parts) {
        List<String> names = new ArrayList<>(parts.keySet());
        String name = names.get(rnd.nextInt(names.size()));
        byte[] content = parts.remove(name);
        if (rnd.nextBoolean()) {
            String[] targets = {name.toUpperCase(Locale.ROOT), "/" + name, name.replace('/', '\\'), name + ".bak",
                    "../" + name, name.replace("sheet", "Sheet")};
            parts.put(targets[rnd.nextInt(targets.length)], content);
        }
        return parts;
    }

    private byte[] duplicate(Random rnd, Map<String, byte[]> parts) throws IOException {
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
        parts.forEach((k, v) -> entries.add(new SimpleEntry<>(k, v)));
        List<String> names = new ArrayList<>(parts.keySet());
        String name = names.get(rnd.nextInt(names.size()));
        entries.add(rnd.nextInt(entries.size() + 1), new SimpleEntry<>(rnd.nextBoolean() ? name : name.toUpperCase(Locale.ROOT),
                flipBytes(rnd, parts.get(name), 1)));
        Path file = workDir.resolve("duplicate.zip");
        try {
            return Files.readAllBytes(Packages.writeRaw(file, entries));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static final String[] V_TOKENS = {"-1", "2147483648", "99999999999999999999", "1E999999999", "-1E-999999999",
            "NaN", "Infinity", "", " ", "abc", "0x1F", "1,5", "\u0663", "1e5", "000000000000000000000000000000001",
            "1.7976931348623157E308", "4.9E-324", "-0", "45658", "2958466", "1E+15", "&lt;x&gt;"};
    private static final String[] T_TOKENS = {"s", "n", "b", "e", "str", "inlineStr", "d", "zzz", ""};
    private static final String[] R_TOKENS = {"0", "-1", "A0", "1048577", "XFD1048576", "XFE1", "ZZZZ1", "a1", "1A", "",
            "99999999999", "A2147483648", "\u03A91", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAA1", "B3", "A1"};
    private static final String[] S_TOKENS = {"-1", "999999", "abc", "0", "1", "2147483648"};
    private static final Pattern V = Pattern.compile("<v>([^<]*)</v>");
    private static final Pattern ATTR = Pattern.compile(" (t|r|s|min|max|count|uniqueCount|numFmtId)=\"([^\"]*)\"");

    private static Map<String, byte[]> xmlValues(Random rnd, Map<String, byte[]> parts, int changes) {
        String name = pick(rnd, xmlParts(parts));
        String xml = new String(parts.get(name), StandardCharsets.UTF_8);
        for (int i = 0; i < changes; i++) {
            xml = rnd.nextBoolean() ? replaceOne(rnd, xml, V, m -> "<v>" + V_TOKENS[rnd.nextInt(V_TOKENS.length)] + "</v>")
                    : replaceOne(rnd, xml, ATTR, m -> " " + m.group(1) + "=\"" + attrToken(rnd, m.group(1)) + "\"");
        }
        parts.put(name, xml.getBytes(StandardCharsets.UTF_8));
        return parts;
    }

    private static String attrToken(Random rnd, String attr) {
        return switch (attr) {
            case "t" -> T_TOKENS[rnd.nextInt(T_TOKENS.length)];
            case "r" -> R_TOKENS[rnd.nextInt(R_TOKENS.length)];
            default -> S_TOKENS[rnd.nextInt(S_TOKENS.length)];
        };
    }

    private interface Replacement {
        String of(Matcher m);
    }

    private static String replaceOne(Random rnd, String xml, Pattern p, Replacement replacement) {
        Matcher m = p.matcher(xml);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return xml;
        }
        int[] span = spans.get(rnd.nextInt(spans.size()));
        Matcher one = p.matcher(xml.substring(span[0], span[1]));
        one.matches();
        return xml.substring(0, span[0]) + replacement.of(one) + xml.substring(span[1]);
    }

    // ---- workbook-level mutations (written by POI, so the package itself is valid)

    private static Map<String, List<Object[]>> randomValues(Random rnd, Map<String, List<Object[]>> sheets, int changes) {
        List<String> names = new ArrayList<>(sheets.keySet());
        for (int i = 0; i < changes; i++) {
            List<Object[]> rows = sheets.get(names.get(rnd.nextInt(names.size())));
            if (rows.isEmpty()) {
                continue;
            }
            int r = rnd.nextInt(rows.size());
            Object[] row = rows.get(r);
            int c = rnd.nextInt(row.length + 2);
            if (c >= row.length) {
                row = Arrays.copyOf(row, c + 1);
                rows.set(r, row);
            }
            row[c] = FuzzValues.any(rnd);
        }
        return sheets;
    }

    /**
     * Keeps the file valid but puts extreme values where they still fit the contract: very long
     * texts, huge and tiny amounts, dates at the edges of Excel's calendar. These reach the store.
     */
    private static Map<String, List<Object[]>> extremeValues(Random rnd, Map<String, List<Object[]>> sheets, int changes) {
        List<String> names = new ArrayList<>(sheets.keySet());
        for (int i = 0; i < changes; i++) {
            List<Object[]> rows = sheets.get(names.get(rnd.nextInt(names.size())));
            if (rows.size() < 2) {
                continue;
            }
            Object[] row = rows.get(1 + rnd.nextInt(rows.size() - 1));
            int c = rnd.nextInt(row.length);
            Object old = row[c];
            row[c] = old instanceof Number || (old instanceof String t && t.matches("[-0-9.,€ %P]+"))
                    ? EXTREME_NUMBERS[rnd.nextInt(EXTREME_NUMBERS.length)]
                    : old instanceof java.time.LocalDate ? EXTREME_DATES[rnd.nextInt(EXTREME_DATES.length)]
                    : longText(rnd, old == null ? "" : old.toString());
        }
        return sheets;
    }

    private static final Object[] EXTREME_NUMBERS = {1e20, -1e20, 1e300, 9.99e17, 123456789012.345678, 0.000001234567,
            1e-300, "999.999.999.999.999.999", "0,0000001", "1.000.000.000.000", 2_147_483_648d, "150%", "-5%", 1e6};
    private static final Object[] EXTREME_DATES = {1d, 2_958_465d, "1-1-9999", "31-12-1899", "1-1-0001", "medio 9999",
            java.time.LocalDate.of(1900, 1, 1), java.time.LocalDate.of(9999, 12, 31)};

    private static String longText(Random rnd, String start) {
        int[] lengths = {101, 201, 1_001, 5_000, 32_000};
        int length = lengths[rnd.nextInt(lengths.length)];
        StringBuilder sb = new StringBuilder(start);
        while (sb.length() < length) {
            sb.append(rnd.nextBoolean() ? "x" : "\u00e9");
        }
        return sb.substring(0, length);
    }

    private static final String[] SHEET_NAMES = {"info", " INFO ", "Infö", "Informatie", "Blad1", "Maatregelen",
            "Finançieel", "Financiën", "Bedragen", "Boekingen", "=cmd", "\uD83D\uDE00", "Taak stelling", "Realisatie",
            "Verdeelsleutels", "Regio", "x", "Financieel", "Begroting", "Journaal"};
    private static final String[] HEADERS = {"NUMMER", " nummer ", "Nümmer", "Number", "naam", "Domain", "Status ",
            "soort", "Kind", "2025", " 2025", "2025.0", "FY2025", "2050", "1999", "Post", "Bedrag", "Datum", "Aandeel",
            "Inwoners", "Sleutel", "Code", "Gemeente", "Jaarbedrag", "Startdatum", "Einddatum", "Stand", "", "Totaal",
            "=SUM(A1)", "Onbekend"};

    private static Map<String, List<Object[]>> shuffleAndRename(Random rnd, Map<String, List<Object[]>> sheets) {
        List<Map.Entry<String, List<Object[]>>> entries = new ArrayList<>(sheets.entrySet());
        java.util.Collections.shuffle(entries, rnd);
        Map<String, List<Object[]>> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<Object[]>> e : entries) {
            String name = e.getKey();
            if (rnd.nextInt(4) == 0) {
                name = SHEET_NAMES[rnd.nextInt(SHEET_NAMES.length)];
            }
            String unique = name;
            for (int n = 2; containsIgnoreCase(result, unique); n++) {
                unique = (name + n).trim();
            }
            result.put(unique, mutateTable(rnd, e.getValue()));
        }
        return result;
    }

    private static boolean containsIgnoreCase(Map<String, ?> map, String key) {
        return map.keySet().stream().anyMatch(k -> k.trim().equalsIgnoreCase(key.trim()));
    }

    private static List<Object[]> mutateTable(Random rnd, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        int width = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        List<Object[]> out = new ArrayList<>();
        rows.forEach(r -> out.add(Arrays.copyOf(r, width)));
        switch (rnd.nextInt(7)) {
            case 0 -> swapColumns(out, rnd.nextInt(width), rnd.nextInt(width));
            case 1 -> out.get(0)[rnd.nextInt(width)] = HEADERS[rnd.nextInt(HEADERS.length)];
            case 2 -> dropColumn(out, rnd.nextInt(width));
            case 3 -> duplicateColumn(out, rnd.nextInt(width));
            case 4 -> out.add(rnd.nextInt(out.size() + 1), new Object[] {"Totaal", null, FuzzValues.any(rnd)});
            case 5 -> {
                if (out.size() > 1) {
                    out.remove(1 + rnd.nextInt(out.size() - 1));
                }
            }
            default -> out.add(rnd.nextInt(out.size() + 1), out.get(rnd.nextInt(out.size())).clone());
        }
        return out;
    }

    private static void swapColumns(List<Object[]> rows, int a, int b) {
        for (Object[] r : rows) {
            Object t = r[a];
            r[a] = r[b];
            r[b] = t;
        }
    }

    private static void dropColumn(List<Object[]> rows, int col) {
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            Object[] n = new Object[Math.max(0, r.length - 1)];
            for (int c = 0, k = 0; c < r.length; c++) {
                if (c != col) {
                    n[k++] = r[c];
                }
            }
            rows.set(i, n);
        }
    }

    private static void duplicateColumn(List<Object[]> rows, int col) {
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            Object[] n = Arrays.copyOf(r, r.length + 1);
            n[r.length] = r[col];
            rows.set(i, n);
        }
    }

    // ---- helpers

    private byte[] write(Map<String, List<Object[]>> sheets) throws IOException {
        Path file = FuzzSamples.toWorkbook(sheets).write(workDir, "sample.xlsx");
        try {
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private Map<String, byte[]> parts(byte[] zip) throws IOException {
        Path file = Files.write(workDir.resolve("parts.xlsx"), zip);
        try {
            return Packages.parts(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static byte[] rezip(Map<String, byte[]> parts) throws IOException {
        return Packages.zipBytes(parts);
    }

}
