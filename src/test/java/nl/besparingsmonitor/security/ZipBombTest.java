package nl.besparingsmonitor.security;

import static nl.besparingsmonitor.security.Outcomes.acceptedWithoutErrors;
import static nl.besparingsmonitor.security.Outcomes.rejectedWith;
import static nl.besparingsmonitor.support.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.ingest.ProposalFacts;
import nl.besparingsmonitor.ingest.WorkbookParser;
import nl.besparingsmonitor.ingest.xlsx.ReadLimits;
import nl.besparingsmonitor.support.Packages;
import nl.besparingsmonitor.support.TestWorkbook;
import nl.besparingsmonitor.support.Workbooks;

/**
 * Files that would exhaust memory, disk or time if read naively. Every one must be refused by a
 * limit, fast, with the limit and the measured value in the message; none is inflated in full.
 */
class ZipBombTest {

    private static final LocalDate PEILDATUM = LocalDate.of(2025, 3, 1);
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    @TempDir
    Path dir;

    private final WorkbookParser parser = new WorkbookParser(ReadLimits.defaults());

    private Map<String, byte[]> validParts() throws IOException {
        return Packages.parts(Workbooks.huizenProposals(PEILDATUM).write(dir, "valid.xlsx"));
    }

    private ParsedWorkbook timed(WorkbookParser p, Path file, Duration atMost) {
        long start = System.nanoTime();
        ParsedWorkbook parsed = p.parse(file);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("parse time").isLessThan(atMost);
        return parsed;
    }

    @Test
    void sheetThatInflatesFarBeyondTheRatioLimitIsRefusedFromTheZipDirectory() throws IOException {
        Map<String, byte[]> parts = validParts();
        String sheet = Packages.sheetPart(parts, "Maatregelen");
        // ~120 MB of identical rows compress to ~120 KB: a ratio of about 1:1000.
        Path bomb = Packages.writeStreamed(dir.resolve("bom.xlsx"), parts, sheet, out -> {
            out.write(SHEET_START);
            String row = "<row><c t=\"inlineStr\"><is><t>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</t></is></c></row>";
            for (int i = 0; i < 1_200_000; i++) {
                out.write(row);
            }
            out.write(SHEET_END);
        });
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        ParsedWorkbook parsed = timed(parser, bomb, Duration.ofSeconds(5));

        rejectedWith(parsed, "Limiet uitpakverhouding", sheet, "1:100", "zip-bom");
    }

    @Test
    void aZipDirectoryThatLiesAboutSizesIsStillCaughtWhileInflating() throws IOException {
        Map<String, byte[]> parts = validParts();
        String sheet = Packages.sheetPart(parts, "Maatregelen");
        Path bomb = Packages.writeStreamed(dir.resolve("leugen.xlsx"), parts, sheet, out -> {
            out.write(SHEET_START);
            for (int i = 0; i < 1_000_000; i++) {
                out.write("<row><c t=\"inlineStr\"><is><t>bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb</t></is></c></row>");
            }
            out.write(SHEET_END);
        });
        // Patch the central directory: the sheet now claims to inflate to only 200 KB, a harmless ratio.
        Packages.claimUncompressedSize(bomb, sheet, 200 * 1024);

        ParsedWorkbook parsed = timed(parser, bomb, Duration.ofSeconds(5));

        // What is really inflated is counted, and reading stops at the configured ratio.
        assertThat(parsed.accepted()).isFalse();
        assertThat(Outcomes.errors(parsed)).anySatisfy(i -> {
            assertThat(i.rule()).isIn("Limiet uitpakverhouding", "Limiet grootte onderdeel");
            assertThat(i.message()).contains(sheet).contains("1:100");
        });
    }

    @Test
    void partLargerThanTheEntryLimitIsRefusedWithBothSizes() throws IOException {
        Map<String, byte[]> parts = validParts();
        String sheet = Packages.sheetPart(parts, "Financieel");
        Random random = new Random(7);
        // Random numbers compress poorly, so only the entry size limit (here 1 MB) can stop this part.
        Path big = Packages.writeStreamed(dir.resolve("groot.xlsx"), parts, sheet, out -> {
            out.write(SHEET_START);
            for (int r = 1; r <= 40_000; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + random.nextLong() + "</v></c></row>");
            }
            out.write(SHEET_END);
        });
        WorkbookParser strict = new WorkbookParser(ReadLimits.defaults().withMaxEntryBytes(1024 * 1024));
        try {
            rejectedWith(timed(strict, big, Duration.ofSeconds(5)), "Limiet grootte onderdeel", sheet, "1,0 MB");
        } finally {
            new WorkbookParser(ReadLimits.defaults());
        }
    }

    @Test
    void hugeSharedStringsTableIsRefusedBeforeItIsRead() throws IOException {
        Map<String, byte[]> parts = validParts();
        Path bomb = Packages.writeStreamed(dir.resolve("strings.xlsx"), parts, "xl/sharedStrings.xml", out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (int i = 0; i < 3_000_000; i++) {
                out.write("<si><t>Soort bestand</t></si>");
            }
            out.write("</sst>");
        });

        rejectedWith(timed(parser, bomb, Duration.ofSeconds(5)), "Limiet uitpakverhouding", "sharedStrings.xml");
    }

    @Test
    void sharedStringsTableWithMoreStringsThanTheCellLimitIsStoppedWhileReading() throws IOException {
        Map<String, byte[]> parts = validParts();
        Random random = new Random(11);
        Path file = Packages.writeStreamed(dir.resolve("veel-teksten.xlsx"), parts, "xl/sharedStrings.xml", out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (int i = 0; i < 30_000; i++) {
                out.write("<si><t>" + Long.toHexString(random.nextLong()) + "</t></si>");
            }
            out.write("</sst>");
        });
        WorkbookParser strict = new WorkbookParser(ReadLimits.defaults().withMaxCellsPerFile(20_000));
        try {
            rejectedWith(strict.parse(file), "Limiet gedeelde teksten", "20.000", "20.001");
        } finally {
            new WorkbookParser(ReadLimits.defaults());
        }
    }

    @Test
    void sharedStringsTableOverItsMemoryLimitIsStoppedWhileReadingWithItsOwnMessage() throws IOException {
        Map<String, byte[]> parts = validParts();
        String original = Packages.text(parts, "xl/sharedStrings.xml");
        // 200,000 extra texts after the workbook's own, which no cell uses: about 4 MB held.
        Path file = Packages.writeStreamed(dir.resolve("veel-facturen.xlsx"), parts, "xl/sharedStrings.xml", out -> {
            out.write(original, 0, original.lastIndexOf("</sst>"));
            for (int i = 0; i < 200_000; i++) {
                out.write("<si><t>Factuur " + (2_025_000_000L + i) + "</t></si>");
            }
            out.write("</sst>");
        });
        WorkbookParser strict = new WorkbookParser(ReadLimits.defaults().withMaxSharedTextBytes(2 * 1024 * 1024));
        try {
            rejectedWith(strict.parse(file), "Limiet gedeelde teksten", "meer dan 2,0 MB (2.097.152 bytes) geheugen");
        } finally {
            new WorkbookParser(ReadLimits.defaults());
        }
        ParsedWorkbook withinDefaults = parser.parse(file);
        acceptedWithoutErrors(withinDefaults);
        assertThat(((ProposalFacts) withinDefaults.facts()).measures()).hasSize(3);
    }

    @Test
    void dimensionClaimingTheWholeGridCostsNothing() throws IOException {
        Map<String, byte[]> parts = validParts();
        for (String name : parts.keySet()) {
            if (name.startsWith("xl/worksheets/sheet")) {
                String xml = Packages.text(parts, name);
                xml = xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "").replaceFirst("<sheetViews>",
                        "<dimension ref=\"A1:XFD1048576\"/><sheetViews>");
                Packages.put(parts, name, xml);
            }
        }
        Path file = Packages.write(dir.resolve("dimension.xlsx"), parts);

        ParsedWorkbook parsed = timed(parser, file, Duration.ofSeconds(3));

        acceptedWithoutErrors(parsed);
        assertThat(((ProposalFacts) parsed.facts()).measures()).hasSize(3);
    }

    @Test
    void aMillionFormattedEmptyRowsAreReadInBoundedTimeAndMemory() throws IOException {
        Map<String, byte[]> parts = validParts();
        String sheet = Packages.sheetPart(parts, "Maatregelen");
        String original = Packages.text(parts, sheet);
        int dataEnd = original.indexOf("</sheetData>");
        Path file = Packages.writeStreamed(dir.resolve("lege-rijen.xlsx"), parts, sheet, out -> {
            out.write(original.substring(0, dataEnd));
            for (int r = 10; r < 1_000_010; r++) {
                out.write("<row r=\"" + r + "\" s=\"1\" customFormat=\"1\" ht=\"15\" customHeight=\"1\"/>");
            }
            out.write(original.substring(dataEnd));
        });
        long heapBefore = usedHeap();

        ParsedWorkbook parsed = timed(parser, file, Duration.ofSeconds(30));

        acceptedWithoutErrors(parsed);
        assertThat(((ProposalFacts) parsed.facts()).measures()).hasSize(3);
        // Empty rows are not kept: what stays reachable afterwards is far below a row object per row.
        assertThat(usedHeap() - heapBefore).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void moreRowsThanTheLimitIsRefusedNamingLimitAndCount() throws IOException {
        Map<String, byte[]> parts = validParts();
        String sheet = Packages.sheetPart(parts, "Maatregelen");
        Path file = Packages.writeStreamed(dir.resolve("te-veel-rijen.xlsx"), parts, sheet, out -> {
            out.write(SHEET_START);
            for (int r = 1; r <= 30_000; r++) {
                out.write("<row r=\"" + r + "\"/>");
            }
            out.write(SHEET_END);
        });
        WorkbookParser strict = new WorkbookParser(ReadLimits.defaults().withMaxRowsPerSheet(20_000));

        rejectedWith(strict.parse(file), "Limiet rijen per blad", "20.000", "20.001", "Maatregelen");
    }

    @Test
    void oneTextCellOfExcelsMaximumLengthIsAcceptedAndOneCharacterMoreIsRefused() throws IOException {
        String longest = "x".repeat(32_767);
        Path ok = TestWorkbook.withInfo("Voorstellen", "Gemeente Huizen", "GM0406", PEILDATUM)
                .sheet("Maatregelen", row("Nummer", "Naam", "Domein", "Status", "Toelichting"),
                        row("1", "Lang", "Wmo", "Aangenomen", longest))
                .sheet("Financieel", row("Nummer", "Soort", 2025), row("1", "Besparing", 10))
                .write(dir, "lang.xlsx");

        ParsedWorkbook parsed = timed(parser, ok, Duration.ofSeconds(5));
        acceptedWithoutErrors(parsed);
        assertThat(((ProposalFacts) parsed.facts()).measures().get(0).explanation()).hasSize(32_767);

        // POI itself refuses to write more, so the longer cell is put into the XML directly.
        Map<String, byte[]> parts = Packages.parts(ok);
        String sheet = Packages.sheetPart(parts, "Maatregelen");
        String xml = Packages.text(parts, sheet).replace("<row r=\"2\"",
                "<row r=\"2\"><c r=\"F2\" t=\"inlineStr\"><is><t>" + "y".repeat(32_768) + "</t></is></c></row><row r=\"3\"");
        Packages.put(parts, sheet, xml);
        Path tooLong = Packages.write(dir.resolve("te-lang.xlsx"), parts);

        rejectedWith(parser.parse(tooLong), "Limiet tekstlengte", "32.767", "F2");
    }

    @Test
    void aFileThatTakesLongerThanTheTimeLimitIsStopped() throws IOException {
        Map<String, byte[]> parts = validParts();
        String sheet = Packages.sheetPart(parts, "Maatregelen");
        Path file = Packages.writeStreamed(dir.resolve("traag.xlsx"), parts, sheet, out -> {
            out.write(SHEET_START);
            for (int r = 1; r <= 300_000; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
            out.write(SHEET_END);
        });
        WorkbookParser hurried = new WorkbookParser(ReadLimits.defaults().withMaxTimePerFile(Duration.ofMillis(50)));

        ParsedWorkbook parsed = timed(hurried, file, Duration.ofSeconds(3));

        rejectedWith(parsed, "Limiet verwerkingstijd", "0,05 seconden", "gemeten");
    }

    @Test
    void oneRowWithMoreCellsThanExcelAllowsIsRefused() throws IOException {
        Map<String, byte[]> parts = validParts();
        String sheet = Packages.sheetPart(parts, "Maatregelen");
        Random random = new Random(3);
        Path file = Packages.writeStreamed(dir.resolve("brede-rij.xlsx"), parts, sheet, out -> {
            out.write(SHEET_START + "<row r=\"1\">");
            // random values, so that the ratio limit does not stop it first
            for (int c = 0; c < 20_000; c++) {
                out.write("<c><v>" + random.nextInt() + "</v></c>");
            }
            out.write("</row>" + SHEET_END);
        });

        ParsedWorkbook parsed = timed(parser, file, Duration.ofSeconds(3));

        rejectedWith(parsed, "Limiet cellen per rij", "16.384", "16.385");
    }

    @Test
    void mergedRangesCannotMultiplyASmallSheetIntoMillionsOfCells() throws IOException {
        Map<String, byte[]> parts = validParts();
        String sheet = Packages.sheetPart(parts, "Maatregelen");
        StringBuilder merges = new StringBuilder("<mergeCells count=\"2000\">");
        for (int i = 0; i < 2000; i++) {
            // every range starts at the text cell B2 and covers 100 x 100 cells
            merges.append("<mergeCell ref=\"B2:CW101\"/>");
        }
        merges.append("</mergeCells>");
        String xml = Packages.text(parts, sheet).replace("</sheetData>", "</sheetData>" + merges);
        Packages.put(parts, sheet, xml);
        Path file = Packages.write(dir.resolve("samengevoegd.xlsx"), parts);

        ParsedWorkbook parsed = timed(parser, file, Duration.ofSeconds(5));

        rejectedWith(parsed, "Limiet samengevoegde cellen", "1.000.000");
    }

    @Test
    void aCellBeyondExcelsLastColumnIsRefusedNamingIt() throws IOException {
        Map<String, byte[]> parts = validParts();
        String sheet = Packages.sheetPart(parts, "Maatregelen");
        Packages.put(parts, sheet, Packages.text(parts, sheet).replace("</row>", "<c r=\"XFE1\"><v>1</v></c></row>"));

        rejectedWith(parser.parse(Packages.write(dir.resolve("kolom.xlsx"), parts)), "Ongeldige celverwijzing", "XFE1");
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }
}
