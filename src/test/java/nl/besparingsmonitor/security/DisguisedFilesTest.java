package nl.besparingsmonitor.security;

import static nl.besparingsmonitor.security.Outcomes.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.besparingsmonitor.ingest.ParsedWorkbook;
import nl.besparingsmonitor.ingest.ProposalFacts;
import nl.besparingsmonitor.ingest.WorkbookParser;
import nl.besparingsmonitor.ingest.xlsx.ReadLimits;
import nl.besparingsmonitor.support.Packages;
import nl.besparingsmonitor.support.Workbooks;
import nl.besparingsmonitor.validation.ValidationIssue;

/** Files that are not what their name claims: each gets a rejection that tells the sender what it is. */
class DisguisedFilesTest {

    private static final LocalDate PEILDATUM = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dir;

    private final WorkbookParser parser = new WorkbookParser(ReadLimits.defaults());

    private Path valid(String name) throws IOException {
        return Workbooks.huizenProposals(PEILDATUM).write(dir, name);
    }

    @Test
    void passwordProtectedWorkbookIsRecognisedAsEncrypted() throws Exception {
        Path plain = valid("plain.xlsx");
        Path encrypted = dir.resolve("geheim.xlsx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("wachtwoord");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }

        rejectedWith(parser.parse(encrypted), "Versleuteld bestand", "wachtwoord");
    }

    @Test
    void legacyXlsIsAskedToBeSavedAsXlsx() throws IOException {
        Path xls = dir.resolve("oud.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("Info").createRow(0).createCell(0).setCellValue("Soort bestand");
            wb.write(out);
        }

        rejectedWith(parser.parse(xls), "Oud Excel-formaat", ".xls", ".xlsx");
    }

    @Test
    void csvAndPdfRenamedToXlsxAreNamedForWhatTheyAre() throws IOException {
        Path csv = Files.writeString(dir.resolve("export.xlsx"), "Nummer;Naam;Domein\n1;Test;Wmo\n");
        Path pdf = Files.write(dir.resolve("scan.xlsx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));

        rejectedWith(parser.parse(csv), "Geen Excel-werkmap", "CSV");
        rejectedWith(parser.parse(pdf), "Geen Excel-werkmap", "PDF");
    }

    @Test
    void truncatedZipIsRefusedWithoutGuessingFromLocalHeaders() throws IOException {
        byte[] bytes = Files.readAllBytes(valid("heel.xlsx"));
        for (int cut : new int[] {bytes.length - 1, bytes.length - 30, bytes.length / 2, 100, 4}) {
            Path truncated = Files.write(dir.resolve("afgebroken-" + cut + ".xlsx"), Arrays.copyOf(bytes, cut));

            rejectedWith(parser.parse(truncated), "Beschadigd bestand", "beschadigd of onvolledig");
        }
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        rejectedWith(parser.parse(Files.write(dir.resolve("leeg.xlsx"), new byte[0])), "Leeg bestand", "0 bytes");
    }

    @Test
    void macroEnabledWorkbookIsReadButItsMacrosNeverAndTheFeedbackSaysSo() throws IOException {
        Map<String, byte[]> parts = Packages.parts(valid("basis.xlsx"));
        parts.put("xl/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4});
        Packages.put(parts, "[Content_Types].xml", Packages.text(parts, "[Content_Types].xml")
                .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"));
        Packages.put(parts, "xl/_rels/workbook.xml.rels", Packages.text(parts, "xl/_rels/workbook.xml.rels")
                .replace("</Relationships>", "<Relationship Id=\"rIdVba\" "
                        + "Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/></Relationships>"));
        Path xlsm = Packages.write(dir.resolve("met macro's.xlsm"), parts);

        ParsedWorkbook parsed = parser.parse(xlsm);

        assertThat(parsed.accepted()).isTrue();
        assertThat(((ProposalFacts) parsed.facts()).measures()).hasSize(3);
        assertThat(parsed.issues()).filteredOn(i -> "Macro's genegeerd".equals(i.rule())).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("nooit uitgevoerd"));
    }

    @Test
    void xlsxWithAVbaPartButOrdinaryContentTypeIsAlsoReported() throws IOException {
        Map<String, byte[]> parts = Packages.parts(valid("basis.xlsx"));
        parts.put("xl/vbaProject.bin", new byte[] {1, 2, 3});
        Packages.put(parts, "[Content_Types].xml", Packages.text(parts, "[Content_Types].xml")
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/></Types>"));

        ParsedWorkbook parsed = parser.parse(Packages.write(dir.resolve("stiekem.xlsx"), parts));

        assertThat(parsed.accepted()).isTrue();
        assertThat(parsed.issues()).extracting(ValidationIssue::rule).contains("Macro's genegeerd");
    }

    @Test
    void duplicateEntryNamesAreRefusedWhicheverCopyComesFirst() throws IOException {
        Map<String, byte[]> parts = Packages.parts(valid("basis.xlsx"));
        String sheet = Packages.sheetPart(parts, "Financieel");
        String other = Packages.text(parts, sheet).replace("<v>100000", "<v>999999");
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>();
        parts.forEach((k, v) -> entries.add(new SimpleEntry<>(k, v)));
        entries.add(new SimpleEntry<>(sheet, other.getBytes(StandardCharsets.UTF_8)));
        Path duplicate = Packages.writeRaw(dir.resolve("dubbel.xlsx"), entries);

        rejectedWith(parser.parse(duplicate), "Dubbele onderdelen", sheet);

        // Part names compare case-insensitively in a package, so a case variant is a duplicate too.
        entries.set(entries.size() - 1, new SimpleEntry<>(sheet.toUpperCase(), other.getBytes(StandardCharsets.UTF_8)));
        rejectedWith(parser.parse(Packages.writeRaw(dir.resolve("dubbel2.xlsx"), entries)), "Dubbele onderdelen");
    }

    @Test
    void zipLevelEncryptionAndTooManyPartsAreRefused() throws IOException {
        Map<String, byte[]> parts = Packages.parts(valid("basis.xlsx"));
        // commons-compress will not write an encrypted entry, so the flag is set in the headers afterwards.
        byte[] zip = Packages.zipBytes(parts);
        for (int i = 0; i + 8 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                zip[i + 6] |= 1; // local file header: general purpose flag at offset 6
            } else if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                zip[i + 8] |= 1; // central directory header: general purpose flag at offset 8
            }
        }
        Path zipCrypto = Files.write(dir.resolve("zipcrypto.xlsx"), zip);
        rejectedWith(parser.parse(zipCrypto), "Versleuteld bestand");

        for (int i = 0; i < 1_200; i++) {
            parts.put("customXml/item" + i + ".xml", "<a/>".getBytes(StandardCharsets.UTF_8));
        }
        rejectedWith(parser.parse(Packages.write(dir.resolve("veel-delen.xlsx"), parts)), "Limiet aantal onderdelen",
                "1.000");
    }

    @Test
    void aFileOverTheSizeLimitNamesSizeAndLimit() throws IOException {
        Path file = valid("groot.xlsx");
        long size = Files.size(file);
        WorkbookParser strict = new WorkbookParser(ReadLimits.defaults().withMaxFileBytes(1_000));
        try {
            rejectedWith(strict.parse(file), "Limiet bestandsgrootte", "1.000 bytes", String.format("%,d", size).replace(',', '.'));
        } finally {
            new WorkbookParser(ReadLimits.defaults());
        }
    }
}
