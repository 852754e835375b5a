package nl.besparingsmonitor.security;

import static nl.besparingsmonitor.security.Outcomes.acceptedWithoutErrors;
import static nl.besparingsmonitor.security.Outcomes.rejectedWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.besparingsmonitor.ingest.WorkbookParser;
import nl.besparingsmonitor.ingest.xlsx.ReadLimits;
import nl.besparingsmonitor.support.Packages;
import nl.besparingsmonitor.support.Workbooks;

/**
 * The package around the cells: [Content_Types].xml, the relationships that lead from the package to
 * the workbook and from the workbook to its sheets, and xl/workbook.xml, which names the sheets.
 */
class WorkbookStructureTest {

    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
    private static final String PACKAGE_RELS = "_rels/.rels";
    private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

    @TempDir
    Path dir;

    private final WorkbookParser parser = new WorkbookParser(ReadLimits.defaults());

    private Map<String, byte[]> validParts() throws IOException {
        return Packages.parts(Workbooks.huizenProposals(LocalDate.of(2025, 3, 1)).write(dir, "valid.xlsx"));
    }

    @Test
    void theUntouchedPackageIsAccepted() throws IOException {
        acceptedWithoutErrors(parser.parse(Packages.write(dir.resolve("zelfde.xlsx"), validParts())));
    }

    @Test
    void twoSheetsWhoseNamesDifferOnlyInCaseAreRefused() throws IOException {
        Map<String, byte[]> parts = validParts();
        Packages.put(parts, WORKBOOK, Packages.text(parts, WORKBOOK).replace("name=\"Financieel\"", "name=\"MAATREGELEN\""));

        rejectedWith(parser.parse(Packages.write(dir.resolve("dubbel.xlsx"), parts)), "Dubbele bladnaam", "MAATREGELEN");
    }

    @Test
    void aSheetPointingAtARelationshipThatDoesNotExistIsRefusedNamingTheSheet() throws IOException {
        Map<String, byte[]> parts = validParts();
        String workbook = Packages.text(parts, WORKBOOK);
        String financieel = workbook.substring(workbook.indexOf("<sheet name=\"Financieel\""));
        String id = financieel.replaceFirst("(?s).*?r:id=\"([^\"]+)\".*", "$1");
        Packages.put(parts, WORKBOOK, workbook.replace("r:id=\"" + id + "\"", "r:id=\"rIdBestaatNiet\""));

        rejectedWith(parser.parse(Packages.write(dir.resolve("zoek.xlsx"), parts)), "Onleesbaar bestand", "Financieel", "ontbreekt");
    }

    @Test
    void aWorkbookPartWithADoctypeIsRefused() throws IOException {
        Map<String, byte[]> parts = validParts();
        String workbook = Packages.text(parts, WORKBOOK);
        int root = workbook.indexOf("<workbook");
        Packages.put(parts, WORKBOOK, workbook.substring(0, root) + "<!DOCTYPE workbook [<!ENTITY x \"y\">]>" + workbook.substring(root));

        rejectedWith(parser.parse(Packages.write(dir.resolve("doctype.xlsx"), parts)), "XML met DOCTYPE");
    }

    @Test
    void aZipWithoutContentTypesIsNoWorkbook() throws IOException {
        Map<String, byte[]> parts = validParts();
        parts.remove("[Content_Types].xml");

        rejectedWith(parser.parse(Packages.write(dir.resolve("zonder.xlsx"), parts)), "Geen Excel-werkmap", "[Content_Types].xml");
    }

    @ParameterizedTest
    @CsvSource({
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/iets-anders, werkmapdeel ontbreekt",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument, Strikt Open XML"})
    void aPackageWhoseRelationshipsLeadToNoWorkbookIsRefused(String relationshipType, String explanation) throws IOException {
        Map<String, byte[]> parts = validParts();
        Packages.put(parts, PACKAGE_RELS, Packages.text(parts, PACKAGE_RELS).replace(OFFICE_DOCUMENT, relationshipType));

        rejectedWith(parser.parse(Packages.write(dir.resolve("geen werkmap.xlsx"), parts)), "Geen Excel-werkmap", explanation);
    }

    @Test
    void absoluteAndRoundaboutRelationshipTargetsLeadToTheSameSheets() throws IOException {
        Map<String, byte[]> parts = validParts();
        String rels = Packages.text(parts, WORKBOOK_RELS);
        assertThat(rels).contains("Target=\"worksheets/sheet1.xml\"", "Target=\"worksheets/sheet2.xml\"");
        Packages.put(parts, WORKBOOK_RELS, rels.replace("Target=\"worksheets/sheet1.xml\"", "Target=\"/xl/worksheets/sheet1.xml\"")
                .replace("Target=\"worksheets/sheet2.xml\"", "Target=\"./../xl/worksheets/sheet2.xml\""));

        acceptedWithoutErrors(parser.parse(Packages.write(dir.resolve("omweg.xlsx"), parts)));
    }

    @Test
    void aPartThatInflatesBeyondWhatTheZipDirectoryClaimsIsRefusedAsDamaged() throws IOException {
        Map<String, byte[]> parts = validParts();
        String sheet = Packages.sheetPart(parts, "Maatregelen");
        Random random = new Random(7);
        Path file = Packages.writeStreamed(dir.resolve("groter.xlsx"), parts, sheet, out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int i = 1; i <= 4_000; i++) {
                // text that hardly compresses: the ratio stays harmless, only the size is a lie
                byte[] noise = new byte[60];
                random.nextBytes(noise);
                out.write("<row r=\"" + i + "\"><c r=\"A" + i + "\" t=\"inlineStr\"><is><t>"
                        + Base64.getEncoder().encodeToString(noise) + "</t></is></c></row>");
            }
            out.write("</sheetData></worksheet>");
        });
        Packages.claimUncompressedSize(file, sheet, 150 * 1024);

        rejectedWith(parser.parse(file), "Beschadigd bestand", sheet, "groter uit dan de inhoudsopgave");
    }
}
